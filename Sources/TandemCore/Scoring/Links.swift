/// The links read backwards, built once per load: which initiatives move a KPI and which carry a
/// risk. The files name each link on the initiative's side only; a detail asks from the other.
public struct Links: Sendable {
    private let movingKPI: [String: [Int]]
    private let carryingRisk: [String: [Int]]

    init(_ initiatives: [InitiativeAssessment]) {
        var moving: [String: [Int]] = [:]
        var carrying: [String: [Int]] = [:]
        for (index, item) in initiatives.enumerated() {
            // An id named twice on one row still lists the initiative once.
            for id in Set(item.initiative.kpis) { moving[id, default: []].append(index) }
            for id in Set(item.initiative.risks) { carrying[id, default: []].append(index) }
        }
        movingKPI = moving
        carryingRisk = carrying
    }

    /// Indices of the initiatives that name the KPI, in file order.
    public func initiatives(moving kpiID: String) -> [Int] { movingKPI[kpiID] ?? [] }

    /// Indices of the initiatives that name the risk, in file order.
    public func initiatives(carrying riskID: String) -> [Int] { carryingRisk[riskID] ?? [] }
}
