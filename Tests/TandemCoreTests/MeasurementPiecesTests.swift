import Testing

@testable import TandemCore

/// A large `measurements.csv` read on two cores gives every KPI the same history, the same values
/// left out and the same diagnostics as a read on one: with rows the careful path must read (a
/// row's own target, a bad period, an unknown KPI, a repeated period) in pieces apart.
@Suite struct MeasurementPiecesTests {
    static let kpis = """
        id,name,owner,direction,target,warn,unit,frequency
        K1,Uptime,cio,higher,99,98,%,daily
        K2,Backlog,coo,lower,100,120,count,daily
        K3,Spend,joint,lower,50,60,k,daily

        """

    static func measurements() -> String {
        var lines = ["kpi,period,value,target,warn,note"]
        var day = Day(year: 2000, month: 1, day: 1)!
        for row in 0..<54_000 {
            let kpi = ["K1", "K2", "K3"][row % 3]
            if row % 3 == 0 && row > 0 { day = day.adding(days: 1) }
            let note = row % 1_000 == 0 ? "Note \(row)" : ""
            lines.append("\(kpi),\(day),\(Double(row % 97) / 2),,,\(note)")
            switch row {
            case 9_000, 40_000: lines.append("\(kpi),2100-01-01,5,90,80,interim")  // careful: its own target
            case 9_001, 40_001: lines.append("\(kpi),not a date,5,,,")
            case 9_002, 40_002: lines.append("K9,2000-01-01,5,,,")  // unknown KPI
            case 40_003: lines.append("\(kpi),\(day),6,,,")  // a second value for the period
            default: break
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(twoCores: Bool) throws -> String {
        var diagnostics: [Diagnostic] = []
        let kpiFile = try #require(try DataFile(.kpis, source: .own(.kpis), bytes: Array(kpis.utf8)))
        var (kpis, ids) = KPIRows.load(kpiFile, into: &diagnostics)
        let bytes = Array(measurements().utf8)
        #expect(bytes.count > CSVReader.twoCoresFrom)
        let file = try #require(try DataFile(.measurements, source: .own(.measurements), bytes: bytes))
        try MeasurementRows.load(file, into: &kpis, ids: ids, diagnostics: &diagnostics, twoCores: twoCores)
        let histories = kpis.map { kpi in
            let values = kpi.history.map {
                "\($0.period) \($0.value as Any) \($0.note) \($0.target as Any) \($0.warn as Any)"
            }
            return "\(kpi.id) \(values) \(kpi.valuesLeftOut)"
        }
        return histories.joined(separator: "\n") + "\n\(diagnostics)"
    }

    @Test func twoCoresReadAsOneDoes() throws {
        let one = try Self.read(twoCores: false)
        #expect(try Self.read(twoCores: true) == one)
        #expect(one.contains("interim") && one.contains("not a date") && one.contains("K9"))
    }
}
