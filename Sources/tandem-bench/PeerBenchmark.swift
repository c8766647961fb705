import Foundation
import TandemCore

/// Tandem beside a tool a user would pick instead, on the same file, in one run: the first frame
/// of a workspace of 100,000 risks (11 MB of text-heavy CSV, `tandem generate --risks 100000`)
/// against VisiData opening its `risks.csv`. The runs alternate, so both see the same machine.
///
/// VisiData draws the first rows while it is still reading, then counts the rest in its status
/// line. Both moments are timed: "first rows" (the first risk's title on screen) and "whole file"
/// (the status line saying "100000 rows"); Tandem's first frame always shows the whole file.
enum PeerBenchmark {
    static let risks = 100_000

    static func run(tandem: String, visidata: String, runs: Int) throws -> [Timing] {
        var generator = WorkspaceGenerator()
        generator.risks = risks
        let folder = try writeWorkspace(generator.files(), size: "peers")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let home = folder + "/home"  // VisiData writes its history there, not in the user's home
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

        let cases: [(name: String, binary: String, arguments: [String], marker: String, quit: String?)] = [
            ("Tandem: first frame (whole file)", tandem, [folder], "q quit", "q"),
            ("VisiData: first rows", visidata, ["-N", folder + "/risks.csv"], "Generated risk 0", nil),
            ("VisiData: whole file read", visidata, ["-N", folder + "/risks.csv"], "\(risks) rows", nil),
        ]
        var samples = Array(repeating: [Double](), count: cases.count)
        for run in 0...runs {  // the first round warms the file cache and is not counted
            for (index, peer) in cases.enumerated() {
                let time = try PTYLaunch.timeToFirstFrame(
                    binary: peer.binary, arguments: peer.arguments, marker: peer.marker, quit: peer.quit,
                    environment: ["HOME": home])
                if run > 0 { samples[index].append(time) }
            }
        }
        return zip(cases, samples).map { peer, times in
            Timing(samples: times.sorted(), name: "100,000 risks, pty 120x40: \(peer.name)")
        }
    }
}
