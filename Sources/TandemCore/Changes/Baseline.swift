import Foundation

/// The computed workspace as it stood at an earlier meeting: what changes are measured against.
/// Saved as the export JSON (`tandem baseline save`), so a baseline is also a plain record a
/// person or another tool can read; only the fields compared are read back.
public struct Baseline: Sendable {
    public struct KPI: Sendable, Decodable {
        public let id: String
        public let name: String
        public let owner: Owner
        public let status: KPIStatus
    }

    public struct Risk: Sendable, Decodable {
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

    public struct Initiative: Sendable, Decodable {
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
    }

    public struct Finding: Sendable, Decodable {
        public let kind: FindingKind
        public let ids: [String]
    }

    public struct Action: Sendable, Decodable {
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

    /// What a baseline file holds, in the export's field names.
    private struct File: Decodable {
        let asOf: String
        /// Null where the workspace lacked the data set: then nothing of it is compared.
        let kpis: [KPI]?
        let risks: [Risk]?
        let initiatives: [Initiative]?
        let findings: [Finding]
        let actions: [Action]?
    }

    /// Reads a baseline from export JSON.
    /// - Throws: `LoadFailure` naming the file and the field or position that is wrong.
    public init(name: String, json: Data, file: String) throws(LoadFailure) {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded: File
        do {
            decoded = try decoder.decode(File.self, from: json)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let (line, column) = Self.syntaxError(in: json)
            {
                throw LoadFailure(
                    file: file, line: line,
                    "column \(column): not valid JSON; expected the JSON that `tandem export` writes")
            }
            throw LoadFailure(file: file, Self.explain(error))
        } catch {
            throw LoadFailure(file: file, "is not a baseline: \(error.localizedDescription)")
        }
        guard let asOf = Day(iso: decoded.asOf) else {
            throw LoadFailure(
                file: file,
                "as_of \"\(TextSanitizer.visible(String(decoded.asOf.prefix(40))))\" is not a date; expected YYYY-MM-DD"
            )
        }
        self.init(
            name: TextSanitizer.clean(name), asOf: asOf, kpis: (decoded.kpis ?? []).map { $0.cleaned() },
            risks: (decoded.risks ?? []).map { $0.cleaned() },
            initiatives: (decoded.initiatives ?? []).map { $0.cleaned() },
            findings: decoded.findings.map { $0.cleaned() }, actions: decoded.actions?.map { $0.cleaned() })
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
                    kpis: $0.initiative.kpis)
            },
            findings: card.findings.map { Finding(kind: $0.kind, ids: $0.ids) },
            actions: card.actions?.map {
                Action(
                    id: $0.action.id, title: $0.action.title, owner: $0.action.owner, status: $0.action.status,
                    due: $0.action.due?.description)
            })
    }

    private init(
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

    /// Where the JSON stops being JSON, as line and column: the decoder does not say, and
    /// JSONSerialization says only "around character N".
    private static func syntaxError(in json: Data) -> (line: Int, column: Int)? {
        do {
            _ = try JSONSerialization.jsonObject(with: json)
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            guard let range = text.range(of: "character "),
                let offset = Int(text[range.upperBound...].prefix { $0.isNumber })
            else { return nil }
            let before = json.prefix(offset)
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            return (line, column)
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        // Keys as the file writes them (snake_case), e.g. `kpis[2].residual_score`.
        func path(_ keys: [CodingKey]) -> String {
            keys.map { key in
                key.intValue.map { "[\($0)]" } ?? "."
                    + key.stringValue.reduce(into: "") { name, c in
                        if c.isUppercase { name += "_" + c.lowercased() } else { name.append(c) }
                    }
            }.joined().drop { $0 == "." }.description
        }
        func sentence(_ text: String) -> String { text.hasSuffix(".") ? String(text.dropLast()) : text }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath + [key])
            return "has no \(at); expected the JSON that `tandem export` writes"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return
                "\(path(context.codingPath)): \(sentence(context.debugDescription)); expected the JSON that `tandem "
                + "export` writes"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let at = context.codingPath.isEmpty ? "" : "\(path(context.codingPath)): "
            return
                "\(at)\(sentence(underlying ?? context.debugDescription)); expected the JSON that `tandem export` "
                + "writes"
        @unknown default:
            return "is not a baseline: \(error)"
        }
    }
}

extension KPIStatus: Decodable {}
extension RiskBand: Decodable {}
extension RiskStatus: Decodable {}
extension Stage: Decodable {}
extension RAG: Decodable {}
extension FindingKind: Decodable {}
extension ActionStatus: Decodable {}
