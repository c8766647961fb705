/// The links read backwards, built once per load: which initiatives move a KPI and which carry a
/// risk, which actions name an item. The files name each link on the initiative's or the action's
/// side only; a detail asks from the other.
public struct Links: Sendable {
    private let movingKPI: [String: [Int]]
    private let carryingRisk: [String: [Int]]
    private let actionsNaming: [String: [Int]]

    init(_ initiatives: [InitiativeAssessment], actions: [ActionAssessment]) {
        var moving: [String: [Int]] = [:]
        var carrying: [String: [Int]] = [:]
        for (index, item) in initiatives.enumerated() {
            // An id named twice on one row still lists the initiative once.
            for id in Set(item.initiative.kpis) { moving[id, default: []].append(index) }
            for id in Set(item.initiative.risks) { carrying[id, default: []].append(index) }
        }
        movingKPI = moving
        carryingRisk = carrying
        var naming: [String: [Int]] = [:]
        for (index, item) in actions.enumerated() {
            for id in Set(item.action.links) { naming[id, default: []].append(index) }
        }
        actionsNaming = naming
    }

    /// Indices of the actions that link the item (a KPI, risk, initiative or action), in file order.
    public func actions(linking id: String) -> [Int] { actionsNaming[id] ?? [] }

    /// Indices of the actions that link any of the ids, once each, in file order.
    public func actions(linkingAny ids: [String]) -> [Int] {
        Array(Set(ids.flatMap { actions(linking: $0) })).sorted()
    }

    /// Indices of the initiatives that name the KPI, in file order.
    public func initiatives(moving kpiID: String) -> [Int] { movingKPI[kpiID] ?? [] }

    /// Indices of the initiatives that name the risk, in file order.
    public func initiatives(carrying riskID: String) -> [Int] { carryingRisk[riskID] ?? [] }
}
