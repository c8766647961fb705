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
        // By index: a loop over the items copied each one. An id named twice on one row still
        // lists the item once: the last index listed is this one then.
        func list(_ index: Int, in indices: inout [Int]) { if indices.last != index { indices.append(index) } }
        for index in initiatives.indices {
            for id in initiatives[index].initiative.kpis { list(index, in: &moving[id, default: []]) }
            for id in initiatives[index].initiative.risks { list(index, in: &carrying[id, default: []]) }
        }
        movingKPI = moving
        carryingRisk = carrying
        var naming: [String: [Int]] = [:]
        for index in actions.indices {
            for id in actions[index].action.links { list(index, in: &naming[id, default: []]) }
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
