#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The computed workspace as it stood at an earlier meeting: what changes are measured against.
/// Saved as the export JSON (`tandem baseline save`), so a baseline is also a plain record a
/// person or another tool can read; only the fields compared are read back.
public struct Baseline: Sendable {
    public struct KPI: Sendable {
        public let id: String
        public let name: String
        public let owner: Owner
        public let status: KPIStatus
    }

    public struct Risk: Sendable {
        public let id: String
        public let title: String
        public let owner: Owner
        public let band: RiskBand
        public let residualScore: Int
        public let aboveAppetite: Bool
        public let status: RiskStatus
        /// Null without a target; absent from exports written before targets were exported.
        public let targetMissed: Bool?
    }

    public struct Initiative: Sendable {
        public let id: String
        public let name: String
        public let sponsor: Owner
        public let stage: Stage
        public let health: RAG?
        /// Absent from exports written before due dates were exported; null when not given.
        public let due: String?
        public let missedMilestones: [String]?
        /// The KPIs it names; absent from older exports.
        public let kpis: [String]?
        /// The rating its sponsor reported; nil when not rated, or absent from older exports.
        public let rating: Rating?
    }

    public struct Finding: Sendable {
        public let kind: FindingKind
        public let ids: [String]
    }

    public struct Action: Sendable {
        public let id: String
        public let title: String
        public let owner: Owner
        public let status: ActionStatus
        public let due: String?
    }

    /// The file's name without `.json`; for the built-in demo, a description.
    public let name: String
    public let asOf: Day
    public let kpis: [KPI]
    public let risks: [Risk]
    public let initiatives: [Initiative]
    public let findings: [Finding]
    /// Nil when the workspace had no actions data set, or the baseline was saved before actions
    /// were exported: then no action counts as added.
    public let actions: [Action]?

    /// Reads a baseline from export JSON.
    /// - Throws: `LoadFailure` naming the file and the field or position that is wrong.
    public init(name: String, json: Data, file: String) throws(LoadFailure) {
        try self.init(name: name, bytes: [UInt8](json), file: file)
    }

    /// Reads a baseline from the bytes of export JSON: only the fields compared are built.
    /// - Throws: `LoadFailure` naming the file and the field or position that is wrong.
    public init(name: String, bytes: [UInt8], file: String) throws(LoadFailure) {
        let read: BaselineReader.Contents
        do {
            read = try BaselineReader.read(bytes)
        } catch {
            throw Self.failure(error, in: bytes, file: file)
        }
        guard let asOf = Day(iso: read.asOf) else {
            throw LoadFailure(
                file: file,
                "as_of \"\(TextSanitizer.visible(String(read.asOf.prefix(40))))\" is not a date; expected YYYY-MM-DD"
            )
        }
        self.init(
            name: TextSanitizer.clean(name), asOf: asOf, kpis: (read.kpis ?? []).map { $0.cleaned() },
            risks: (read.risks ?? []).map { $0.cleaned() },
            initiatives: (read.initiatives ?? []).map { $0.cleaned() },
            findings: read.findings.map { $0.cleaned() }, actions: read.actions?.map { $0.cleaned() })
    }

    /// The baseline a computed workspace would save, without the round trip through JSON (which
    /// cost the demo's start-up 4 ms). A test holds the two ways to the same result.
    public init(name: String, card: Scorecard) {
        self.init(
            name: name, asOf: card.asOf,
            kpis: card.kpis.map {
                KPI(id: $0.kpi.id, name: $0.kpi.name, owner: $0.kpi.owner, status: $0.status)
            },
            risks: card.risks.map {
                Risk(
                    id: $0.risk.id, title: $0.risk.title, owner: $0.risk.owner, band: $0.band,
                    residualScore: $0.residualScore,
                    aboveAppetite: $0.aboveAppetite, status: $0.risk.status, targetMissed: $0.targetMissed)
            },
            initiatives: card.initiatives.map {
                Initiative(
                    id: $0.initiative.id, name: $0.initiative.name, sponsor: $0.initiative.sponsor,
                    stage: $0.initiative.stage,
                    health: $0.health, due: $0.initiative.due?.description,
                    missedMilestones: $0.missedMilestones.map(\.name),
                    kpis: $0.initiative.kpis, rating: $0.initiative.rating)
            },
            findings: card.findings.map { Finding(kind: $0.kind, ids: $0.ids) },
            actions: card.actions?.map {
                Action(
                    id: $0.action.id, title: $0.action.title, owner: $0.action.owner, status: $0.action.status,
                    due: $0.action.due?.description)
            })
    }

    init(
        name: String, asOf: Day, kpis: [KPI], risks: [Risk], initiatives: [Initiative], findings: [Finding],
        actions: [Action]?
    ) {
        self.name = name
        self.asOf = asOf
        self.kpis = kpis
        self.risks = risks
        self.initiatives = initiatives
        self.findings = findings
        self.actions = actions
    }

    /// How the title bar and the brief name it: the name, with the date when the name is not it.
    public var label: String { name == asOf.description ? name : "\(name) (\(asOf))" }

    /// The message for a file that is not a baseline: where it stops being JSON, as line and
    /// column, or which field is wrong, in the file's own names (`kpis[2].residual_score`).
    private static func failure(_ problem: BaselineReader.Problem, in bytes: [UInt8], file: String) -> LoadFailure {
        let expected = "expected the JSON that `tandem export` writes"
        func path(_ steps: [BaselineReader.Step]) -> String {
            steps.map { step in
                switch step {
                case .key(let key): "." + key
                case .index(let index): "[\(index)]"
                }
            }.joined().drop { $0 == "." }.description
        }
        func at(_ steps: [BaselineReader.Step]) -> String { steps.isEmpty ? "" : path(steps) + ": " }
        switch problem {
        case .syntax(let failure):
            let before = bytes.prefix(failure.offset)
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            let what =
                failure.tooDeep ? "not valid JSON (nested more than \(JSONScanner.maxDepth) deep)" : "not valid JSON"
            return LoadFailure(file: file, line: line, "column \(column): \(what); \(expected)")
        case .missing(let steps):
            return LoadFailure(file: file, "has no \(path(steps)); \(expected)")
        case .mismatch(let steps, let type, let found):
            return LoadFailure(
                file: file, "\(at(steps))Expected to decode \(type) but found \(found.found) instead; \(expected)")
        case .null(let steps, let type):
            let what =
                switch type {
                case "Dictionary<String, Any>": "keyed decoding container"
                case "Array<Any>": "unkeyed decoding container"
                default: "value of type \(type)"
                }
            return LoadFailure(file: file, "\(at(steps))Cannot get \(what) -- found null value instead; \(expected)")
        case .invalid(let steps, let text):
            return LoadFailure(
                file: file, "\(at(steps))\(text.hasSuffix(".") ? String(text.dropLast()) : text); \(expected)")
        }
    }
}
