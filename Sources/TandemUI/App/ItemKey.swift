import TandemCore

/// An item any pane can show and open: found by kind and id, so it survives a reload.
public enum ItemKey: Hashable, Sendable {
    case kpi(String)
    case risk(String)
    case initiative(String)
    case finding(String)
    case action(String)

    var area: ChangeArea {
        switch self {
        case .kpi: .kpi
        case .risk: .risk
        case .initiative: .initiative
        case .finding: .finding
        case .action: .action
        }
    }

    var id: String {
        switch self {
        case .kpi(let id), .risk(let id), .initiative(let id), .finding(let id), .action(let id): id
        }
    }

    init(_ area: ChangeArea, _ id: String) {
        switch area {
        case .kpi: self = .kpi(id)
        case .risk: self = .risk(id)
        case .initiative: self = .initiative(id)
        case .finding: self = .finding(id)
        case .action: self = .action(id)
        }
    }
}
