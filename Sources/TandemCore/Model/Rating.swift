/// The status an initiative's sponsor reports, on the five-point scale many PMOs use: amber-green
/// is amber leaning to green, amber-red amber leaning to red.
public enum Rating: String, Sendable, CaseIterable {
    case green, amber, red
    case amberGreen = "amber-green"
    case amberRed = "amber-red"

    /// On the three-point scale of health: amber-green counts as amber, amber-red as red.
    public var rag: RAG {
        switch self {
        case .green: .green
        case .amber, .amberGreen: .amber
        case .red, .amberRed: .red
        }
    }

    /// From green (0) to red (4), amber-green and amber-red between: which way a rating moved.
    public var rank: Int {
        switch self {
        case .green: 0
        case .amberGreen: 1
        case .amber: 2
        case .amberRed: 3
        case .red: 4
        }
    }

    /// As people write it: `Green`, `Amber/Green`.
    public var label: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        case .amberGreen: "Amber/Green"
        case .amberRed: "Amber/Red"
        }
    }

    /// For a narrow column: `G`, `A`, `R`, `AG`, `AR`.
    public var letters: String {
        switch self {
        case .green: "G"
        case .amber: "A"
        case .red: "R"
        case .amberGreen: "AG"
        case .amberRed: "AR"
        }
    }
}
