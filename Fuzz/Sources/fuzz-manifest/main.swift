// Feeds the input to the manifest parser as tandem.toml (Tandem's TOML reader, then every
// setting), and checks that what it accepts stays in the documented ranges.
import FuzzSupport
@_spi(Fuzzing) import TandemCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ model: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: model, count: size), as: UTF8.self)
    let lineCount = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
    let settings: Settings
    let diagnostics: [Diagnostic]
    do {
        (settings, diagnostics) = try ManifestParser.parse(text)
    } catch {
        if let line = error.line { require((1...lineCount).contains(line), "line \(line) of \(lineCount): \(error)") }
        TerminalSafe.check(error.description, "a load failure")
        return 0
    }
    for diagnostic in diagnostics {
        if let line = diagnostic.line {
            require((1...lineCount).contains(line), "line \(line) of \(lineCount): \(diagnostic)")
        }
        TerminalSafe.check(diagnostic.description, "a diagnostic")
    }
    require(!settings.organization.isEmpty, "an organisation name, given or the fallback")
    require((0...100).contains(settings.warnBandPct))
    require((0...3650).contains(settings.staleGraceDays))
    require((2...10).contains(settings.likelihoodLevels) && (2...10).contains(settings.impactLevels))
    require((0...settings.maxRiskScore).contains(settings.appetite))
    for appetite in settings.appetiteByCategory.values { require((0...settings.maxRiskScore).contains(appetite)) }
    let floors = [settings.bandFloors[.medium], settings.bandFloors[.high], settings.bandFloors[.critical]]
    if let medium = floors[0], let high = floors[1], let critical = floors[2] {
        require(medium < high && high < critical, "band floors increase")
    }
    for days in settings.reviewDays.values { require((1...3650).contains(days)) }
    require((0...100).contains(settings.behindAmberPoints) && (0...100).contains(settings.behindRedPoints))
    require((0...1000).contains(settings.costAmberPct) && (0...1000).contains(settings.costRedPct))
    if let asOf = settings.asOf { _ = asOf.description }
    return 0
}
