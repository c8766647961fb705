// Feeds the input to the baseline reader as a saved baseline (`.tandem/baselines/*.json`, as
// untrusted as any data file), and checks that what it reads holds no control characters and that
// a refusal names a line the file has. The same bytes are read as a baseline's compact copy
// (`.tandem/cache/*.baseline`, as untrusted), and what the JSON gave is written as a copy and
// must read back the same.
import FuzzSupport
@_spi(Fuzzing) import TandemCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let identity = BaselineCoding.identity(in: bytes),
        let copy = try? BaselineCoding.decode(bytes, name: "b", madeFrom: identity)
    {
        checkTexts(copy)
    }
    let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
    let baseline: Baseline
    do {
        baseline = try Baseline(name: "b", bytes: bytes, file: "b.json")
    } catch {
        if let line = error.line { require((1...lineCount).contains(line), "line \(line) of \(lineCount): \(error)") }
        TerminalSafe.check(error.description, "a load failure")
        return 0
    }
    checkTexts(baseline)
    let identity = FileIdentity(words: [1, 2, 3, 4, 5, 6, 7])!
    let copy = try? BaselineCoding.decode(BaselineCoding.encode(baseline, of: identity), name: "b", madeFrom: identity)
    require(String(describing: copy) == String(describing: Optional(baseline)), "a copy reads back as written")
    return 0
}

func checkTexts(_ baseline: Baseline) {
    TerminalSafe.check(baseline.label, "the label")
    for kpi in baseline.kpis { TerminalSafe.check(kpi.id + kpi.name, "a KPI") }
    for risk in baseline.risks { TerminalSafe.check(risk.id + risk.title, "a risk") }
    for item in baseline.initiatives {
        let texts = [item.id, item.name, item.due ?? ""] + (item.missedMilestones ?? []) + (item.kpis ?? [])
        TerminalSafe.check(texts.joined(), "an initiative")
    }
    for finding in baseline.findings { TerminalSafe.check(finding.ids.joined(), "a finding") }
    for action in baseline.actions ?? [] {
        TerminalSafe.check(action.id + action.title + (action.due ?? ""), "an action")
    }
}
