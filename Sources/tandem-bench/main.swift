import Foundation
import TandemCore

// tandem-bench: measures Tandem on generated workspaces of three sizes (see BENCHMARKS.md);
// with --xlsx FILE [--sheet-xml FILE], its .xlsx reader instead (scripts/bench-xlsx); with
// --visidata PATH, also Tandem beside VisiData on 100,000 risks (scripts/bench-peers).
//   swift run -c release tandem-bench [--runs N] [--json FILE] [--sizes demo,10k,100k,1m,pathological]
//     [--tandem PATH] [--visidata PATH]
// The whole-program rows run PATH (default: the tandem built next to this binary).

struct Options {
    var runs = 7
    var json: String?
    var sizes = ["demo", "10k", "100k", "1m", "pathological"]
    var child: (size: String, folder: String)?
    var tandem: String?
    var xlsx: (file: String, sheetXML: String?)?
    var visidata: String?

    init(_ arguments: [String]) throws {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--json": json = rest.popFirst()
            case "--sizes": sizes = (rest.popFirst() ?? "").split(separator: ",").map(String.init)
            case "--tandem": tandem = rest.popFirst()
            case "--visidata": visidata = rest.popFirst()
            case "--xlsx": xlsx = (rest.popFirst() ?? "", xlsx?.sheetXML)
            case "--sheet-xml": xlsx = (xlsx?.file ?? "", rest.popFirst())
            case "--child":
                guard let size = rest.popFirst(), let folder = rest.popFirst() else {
                    throw BenchError("--child SIZE DIR")
                }
                child = (size, folder)
            case "-h", "--help":
                print(
                    "usage: tandem-bench [--runs N] [--json FILE] [--sizes demo,10k,100k,1m,pathological] "
                        + "[--tandem PATH] [--visidata PATH]")
                exit(0)
            default: throw BenchError("unknown argument \(argument)")
            }
        }
    }
}

func generator(for size: String) -> WorkspaceGenerator? {
    var generator = WorkspaceGenerator()
    switch size {
    case "10k":
        (generator.kpis, generator.periods, generator.risks, generator.initiatives) = (20, 500, 100, 50)
    case "100k":
        (generator.kpis, generator.periods, generator.risks, generator.initiatives) = (200, 500, 1000, 500)
    case "risks":  // text-heavy rows: the workspace of the VisiData comparison
        generator.risks = PeerBenchmark.risks
        return generator
    case "1m":
        (generator.kpis, generator.periods, generator.risks, generator.initiatives) = (2000, 500, 10_000, 5000)
    default: return nil
    }
    generator.milestonesPerInitiative = 4
    return generator
}

func writeWorkspace(_ files: [String: String], size: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-bench-\(size)-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
    return folder
}

let options = try Options(CommandLine.arguments)

// The .xlsx reader on one workbook (scripts/bench-xlsx runs it beside openpyxl and calamine).
if let xlsx = options.xlsx {
    for timing in try WorkbookBenchmark.run(file: xlsx.file, sheetXML: xlsx.sheetXML, runs: options.runs) {
        print(timing.name + String(format: "\t%.1f\t%.1f\t%.1f", timing.median, timing.min, timing.max))
    }
    exit(0)
}
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()

if let child = options.child {
    let report = try SizeBenchmark.run(size: child.size, folder: child.folder, runs: options.runs)
    FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    exit(0)
}

var reports: [SizeReport] = []
var wholeProcess: [Timing] = []
var pathological: [Timing] = []
for size in options.sizes {
    if size == "pathological" {
        FileHandle.standardError.write(Data("measuring pathological inputs…\n".utf8))
        pathological = try PathologicalBenchmark.run(runs: options.runs)
        continue
    }
    let files = generator(for: size)?.files() ?? DemoWorkspace.files
    let folder = try writeWorkspace(files, size: size)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    FileHandle.standardError.write(Data("measuring \(size)…\n".utf8))
    let process = Process()
    process.executableURL = executable
    process.arguments = ["--child", size, folder, "--runs", String(options.runs)]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    reports.append(try JSONDecoder().decode(SizeReport.self, from: output))

    // The whole program, as a user starts it, on this workspace.
    let tandem = options.tandem ?? executable.deletingLastPathComponent().appendingPathComponent("tandem").path
    if FileManager.default.isExecutableFile(atPath: tandem) {
        wholeProcess.append(
            Timing.measure("\(size): tandem snapshot, whole process", runs: options.runs, warmUp: 1) {
                Spawn.run([tandem, "snapshot", folder, "--size", "120x40", "--color", "never"])
            })
        var samples: [Double] = []
        for _ in 0..<(options.runs + 1) {
            samples.append(try PTYLaunch.timeToFirstFrame(binary: tandem, arguments: [folder]))
        }
        samples.removeFirst()
        samples.sort()
        wholeProcess.append(Timing(samples: samples, name: "\(size): interactive start to first frame (pty, 120x40)"))
    }
}

// Tandem beside VisiData on one file of 100,000 risks.
var peers: [Timing] = []
if let visidata = options.visidata {
    FileHandle.standardError.write(Data("measuring Tandem beside VisiData…\n".utf8))
    let tandem = options.tandem ?? executable.deletingLastPathComponent().appendingPathComponent("tandem").path
    peers = try PeerBenchmark.run(tandem: tandem, visidata: visidata, runs: options.runs)
}

// One table: a row per measurement, a column per size (median, and min–max).
func cell(_ timing: Timing?) -> String {
    guard let timing else { return "" }
    return String(format: "%9.3f (%.3f–%.3f)", timing.median, timing.min, timing.max)
}
let names = reports.first?.timings.map(\.name) ?? []
let nameWidth = (names + ["peak memory (MB)"]).map(\.count).max()! + 2
var table = "all times in ms: median (min–max)\n"
if !reports.isEmpty {
    table +=
        "measurement".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        + reports.map { "\($0.size) (\($0.measurements) rows)".padding(toLength: 30, withPad: " ", startingAt: 0) }
        .joined() + "\n"
    for name in names {
        table +=
            name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + reports.map {
                cell($0.timings.first { $0.name == name }).padding(toLength: 30, withPad: " ", startingAt: 0)
            }.joined() + "\n"
    }
    table +=
        "peak memory (MB)".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        + reports.map { String(format: "%9.1f", $0.peakMemoryMB).padding(toLength: 30, withPad: " ", startingAt: 0) }
        .joined() + "\n"
}
if !wholeProcess.isEmpty {
    table += "\nwhole program (\(options.tandem ?? "the tandem next to this binary")):\n"
    for timing in wholeProcess {
        table += timing.name.padding(toLength: 60, withPad: " ", startingAt: 0) + cell(timing) + "\n"
    }
}
if let tandem = peers.first {
    table += "\nbeside VisiData (median; how many times Tandem's time each one takes):\n"
    for timing in peers {
        table +=
            timing.name.padding(toLength: 70, withPad: " ", startingAt: 0) + cell(timing)
            + String(format: "  %.1f×", timing.median / tandem.median) + "\n"
    }
}
if !pathological.isEmpty {
    table += "\npathological inputs (each once super-linear):\n"
    for timing in pathological {
        table += timing.name.padding(toLength: 70, withPad: " ", startingAt: 0) + cell(timing) + "\n"
    }
}
print(table, terminator: "")

if let json = options.json {
    struct Document: Codable {
        let sizes: [SizeReport]
        let wholeProcess: [Timing]
        let pathological: [Timing]
        let peers: [Timing]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(Document(sizes: reports, wholeProcess: wholeProcess, pathological: pathological, peers: peers))
        .write(
            to: URL(fileURLWithPath: json))
}
