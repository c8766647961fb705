import Foundation
import TandemApp
import TandemUI
import Testing

/// A terminal that plays a script to the real app loop and keeps every screen it is given, so a
/// test reads what the user would have seen. When the script runs out, input ends and the loop
/// returns.
final class ScriptedTerminal: TerminalScreen {
    enum Step {
        case key(Key)
        /// Keys as `--keys` writes them, e.g. `"2 j j"`.
        case keys(String)
        case resize(Size)
        /// A click on the first place the screen shows `text`.
        case click(on: String)
        /// Something the test does between two events, e.g. editing a file.
        case run(() throws -> Void)
        /// Idle ticks until the screen shows `text`; the test fails if it does not within a few
        /// seconds. Each tick waits a little, so a load on the other thread can finish.
        case waitFor(String)
        /// One idle tick: the loop polls the files and collects a finished load.
        case idle
    }

    private var steps: [Step]
    private var waitingSince: Date?
    private(set) var size: Size
    let unicode = true
    let depth: ColorDepth
    /// Every screen drawn, in order.
    private(set) var screens: [CellBuffer] = []
    /// The names of the themes the loop switched to, in order.
    private(set) var themes: [String] = []

    init(size: Size = Size(columns: 120, rows: 40), depth: ColorDepth = .trueColor, _ steps: [Step]) {
        self.size = size
        self.depth = depth
        self.steps = steps.flatMap { step -> [Step] in
            if case .keys(let text) = step { return Key.sequence(text).map(Step.key) }
            return [step]
        }
    }

    /// The last screen drawn, as plain text.
    var screen: String { screens.last.map(TextRenderer.plain) ?? "" }

    /// The line of the last screen that shows `text`.
    func line(with text: String) -> String? {
        screens.last.flatMap { TextRenderer.lines($0).first { $0.contains(text) } }
    }

    func read(timeout milliseconds: Int) -> InputEvent {
        while let step = steps.first {
            switch step {
            case .run(let work):
                steps.removeFirst()
                do {
                    try work()
                } catch {
                    Issue.record(error, "a step of the script failed")
                    return .endOfInput
                }
            case .waitFor(let text):
                if screen.contains(text) {
                    steps.removeFirst()
                    waitingSince = nil
                    continue
                }
                let started = waitingSince ?? Date()
                waitingSince = started
                guard Date().timeIntervalSince(started) < 10 else {
                    Issue.record("the screen never showed \"\(text)\"; it shows:\n\(screen)")
                    return .endOfInput
                }
                Thread.sleep(forTimeInterval: 0.005)
                return .idle
            case .idle:
                steps.removeFirst()
                return .idle
            case .key(let key):
                steps.removeFirst()
                return .key(key)
            case .keys:
                preconditionFailure("expanded into keys by init")
            case .resize(let size):
                steps.removeFirst()
                self.size = size
                return .resize(size)
            case .click(let text):
                steps.removeFirst()
                guard let (x, y) = position(of: text) else {
                    Issue.record("nothing to click: the screen does not show \"\(text)\"; it shows:\n\(screen)")
                    return .endOfInput
                }
                return .click(x: x, y: y)
            }
        }
        return .endOfInput
    }

    func draw(_ buffer: CellBuffer) { screens.append(buffer) }

    func setTheme(_ theme: Theme) { themes.append(theme.name) }

    /// The column and row where the last screen first shows `text`.
    private func position(of text: String) -> (x: Int, y: Int)? {
        guard let buffer = screens.last else { return nil }
        for (y, line) in TextRenderer.lines(buffer).enumerated() {
            if let range = line.range(of: text) { return (DisplayWidth.of(line[..<range.lowerBound]), y) }
        }
        return nil
    }
}
