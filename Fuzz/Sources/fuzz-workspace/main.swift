// The whole path a workspace takes: load, compute, show and export.
//
// The input holds the six files in the loader's order (tandem.toml, kpis.csv, measurements.csv,
// risks.csv, initiatives.csv, milestones.csv), each ended by a line holding only `%%%`. A file the
// input does not reach is the demo's, so a mutation of one file still goes through everything
// after it; an empty part is a missing file. The loaded workspace is scored, drawn at 20x5, 61x17
// and 120x40 (every pane and details; at 120x40 also sorts, help, a filter, a leader's lens), and
// exported as JSON, which must parse.
import Foundation
import FuzzSupport
import TandemCore
import TandemUI

let fileOrder = ["tandem.toml", "kpis.csv", "measurements.csv", "risks.csv", "initiatives.csv", "milestones.csv"]
let demoFiles: [String: [UInt8]] = DemoWorkspace.files.mapValues { Array($0.utf8) }
let separator = Array("%%%\n".utf8)

/// Raw bytes, read as the loader reads a folder: invalid UTF-8 included.
struct FuzzFiles: WorkspaceFiles {
    let files: [String: [UInt8]]
    var origin: WorkspaceOrigin { .folder("fuzz") }
    func read(_ name: String) throws(LoadFailure) -> [UInt8]? { files[name] }
}

/// The input cut at each `%%%` line into the workspace's files.
func split(_ input: [UInt8]) -> [String: [UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= input.count, parts.count < fileOrder.count {
        if index == 0 || input[index - 1] == UInt8(ascii: "\n"),
            input[index..<(index + separator.count)].elementsEqual(separator)
        {
            parts.append(Array(input[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    if parts.count < fileOrder.count { parts.append(Array(input[start...])) }
    var files = demoFiles
    for (name, part) in zip(fileOrder, parts) { files[name] = part.isEmpty ? nil : part }
    return files
}

/// The properties every screen keeps, whatever the data: each row is exactly as wide as the
/// screen, a wide character has its continuation, and no cell holds a control character.
func checkScreen(_ buffer: CellBuffer, _ name: String) {
    for y in 0..<buffer.size.rows {
        var total = 0
        for x in 0..<buffer.size.columns {
            let cell = buffer[x, y]
            total += cell.width
            if cell.isContinuation {
                require(x > 0 && buffer[x - 1, y].width == 2, "\(name): stray continuation at \(x),\(y)")
                continue
            }
            require(cell.width == 1 || cell.width == 2, "\(name): width \(cell.width) at \(x),\(y)")
            require(
                cell.width == 1 || (x + 1 < buffer.size.columns && buffer[x + 1, y].isContinuation),
                "\(name): wide \(cell.text.debugDescription) at \(x),\(y) without its continuation")
            require(
                cell.text.displayWidth == cell.width,
                "\(name): \(cell.text.debugDescription) at \(x),\(y) is not \(cell.width) wide")
            TerminalSafe.check(cell.text, "\(name): the cell at \(x),\(y)")
        }
        require(total == buffer.size.columns, "\(name): row \(y) adds up to \(total) columns")
    }
    _ = TextRenderer.plain(buffer)
}

/// Each pane and the detail of its first row; on a `full` tour also the last row's detail, the
/// next sort order, help, a filter and a leader's lens.
func tour(_ model: ViewModel, size: Size, full: Bool) {
    func show(_ state: AppState, _ name: String) {
        checkScreen(DashboardView.render(state, model: model), "\(name) at \(size.columns)x\(size.rows)")
    }
    let start = AppState(size: size)
    for pane in Pane.allCases {
        let onPane = update(start, .focus(pane), model: model).0
        show(onPane, pane.name)
        let first = update(onPane, .openDetail, model: model).0
        if first.detail != nil { show(first, "\(pane.name) first detail") }
        guard full else { continue }
        let last = update(update(onPane, .bottom, model: model).0, .openDetail, model: model).0
        if last.detail != nil { show(update(last, .pageDown, model: model).0, "\(pane.name) last detail scrolled") }
        show(update(onPane, .cycleSort, model: model).0, "\(pane.name) sorted")
    }
    guard full else { return }
    show(update(start, .toggleHelp, model: model).0, "help")
    var filtered = update(update(start, .focus(.kpis), model: model).0, .startFilter, model: model).0
    for character in "e 1" { filtered = update(filtered, .filterType(character), model: model).0 }
    show(filtered, "filter")
    show(update(update(start, .cycleLens, model: model).0, .cycleLens, model: model).0, "lens")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ model: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let files = FuzzFiles(files: split(Array(UnsafeBufferPointer(start: model, count: size))))
    let loaded: LoadedWorkspace
    do {
        loaded = try WorkspaceLoader.load(files)
    } catch {
        TerminalSafe.check(error.description, "a load failure")
        return 0
    }
    for diagnostic in loaded.diagnostics { TerminalSafe.check(diagnostic.description, "a diagnostic") }

    let card = Scorecard(loaded, asOf: loaded.workspace.settings.asOf ?? Day(year: 2026, month: 11, day: 20)!)
    let model = ViewModel(card)
    tour(model, size: Size(columns: 20, rows: 5), full: false)  // too small: the notice
    tour(model, size: Size(columns: 61, rows: 17), full: false)  // just above the minimum
    tour(model, size: Size(columns: 120, rows: 40), full: true)

    let json = ExportDocument.json(card).rendered()
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
        fatalError("the export is not a JSON object:\n\(json)")
    }
    // Every item of a data set the workspace has is exported; one it lacks is null.
    for (key, set, count) in [
        ("kpis", DataSet.kpis, card.kpis.count), ("risks", .risks, card.risks.count),
        ("initiatives", .initiatives, card.initiatives.count),
    ] {
        if card.workspace.missing.contains(set) {
            require(object[key] is NSNull, "an absent data set is exported as null")
        } else {
            require((object[key] as? [Any])?.count == count, "every item is exported")
        }
    }
    require(object["organization"] as? String == card.workspace.settings.organization, "the name survives the export")
    return 0
}
