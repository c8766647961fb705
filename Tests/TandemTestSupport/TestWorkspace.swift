import TandemCore

/// The fixed workspace every pane snapshot renders: "Harbor Logistics", as of 20 Nov 2026.
///
/// Small on purpose, yet it holds every status the screen can show: KPIs in green, amber, red,
/// stale and no data (one with a gap in its history, a pair that diverges); risks in every band,
/// one closed, one never reviewed, one overdue; initiatives active, proposed, paused and done, with
/// milestones met, missed and upcoming, reported ratings (one better than measured) and one
/// unscheduled (no progress); and at least one finding of every kind.
///
/// The text fields go through `text`, so a property test can fill names, titles, notes and
/// descriptions with hostile or wide text and keep every number, date and link the same.
public struct TestWorkspace: Sendable {
    /// Applied to every free-text field (names, titles, leads, notes, descriptions, milestones).
    public var text: @Sendable (String) -> String = { $0 }
    /// Written into the manifest as the organisation and leader names (TOML basic strings, so
    /// `\u001B`-style escapes are allowed).
    public var organizationTOML = "Harbor Logistics"
    public var cioTOML = "Dana Reyes"
    public var cooTOML = "Sam Okafor"
    /// Rows appended to `kpis.csv`, e.g. a broken one to bring up the banner.
    public var extraKPIRows: [[String]] = []

    public init(
        text: @escaping @Sendable (String) -> String = { $0 }, organizationTOML: String = "Harbor Logistics",
        cioTOML: String = "Dana Reyes", cooTOML: String = "Sam Okafor", extraKPIRows: [[String]] = []
    ) {
        self.text = text
        self.organizationTOML = organizationTOML
        self.cioTOML = cioTOML
        self.cooTOML = cooTOML
        self.extraKPIRows = extraKPIRows
    }

    public static let asOf = "2026-11-20"

    // MARK: - Files

    public var manifest: String {
        """
        [organization]
        name = "\(organizationTOML)"
        as_of = \(Self.asOf)

        [leaders]
        cio = "\(cioTOML)"
        coo = "\(cooTOML)"
        """
    }

    public var kpis: [[String]] {
        [
            DataSet.kpis.columns,
            [
                "UPTIME", text("Platform uptime"), "cio", "higher", "99.5", "99", "", "%", "systems", "monthly",
                "ONTIME",
                text("Share of shift hours the order platform was up.\nPlanned maintenance counts as down."),
            ],
            [
                "MTTR", text("Incident response time"), "cio", "lower", "30", "45", "60", "minutes", "systems",
                "monthly", "",
                text("P1 incidents, open to service restored"),
            ],
            ["CLOUD", text("Cloud cost per order"), "cio", "lower", "0.8", "", "", "$", "systems", "monthly", "", ""],
            [
                "ONTIME", text("Orders shipped on time"), "coo", "higher", "95", "90", "", "%", "operations", "monthly",
                "UPTIME",
                text("Orders leaving the dock on the promised day"),
            ],
            [
                "PICKCOST", text("Pick cost per order"), "coo", "lower", "4.5", "", "", "$", "operations", "monthly",
                "", "",
            ],
            [
                "FEED", text("Supplier feed freshness"), "cio", "higher", "98", "95", "", "%", "operations", "weekly",
                "",
                text("Supplier stock feeds received on time"),
            ],
            [
                "CSAT", text("Customer satisfaction"), "joint", "higher", "80", "", "70", "points", "service",
                "quarterly", "",
                text("Quarterly survey of shippers"),
            ],
            [
                "TRAIN", text("Staff training completion"), "coo", "higher", "90", "", "", "%", "people", "monthly", "",
                "",
            ],
        ] + extraKPIRows
    }

    public var measurements: [[String]] {
        [DataSet.measurements.columns]
            + series(
                "UPTIME",
                [
                    "2026-05": "99.7", "2026-06": "99.8", "2026-07": "99.6", "2026-08": "99.9", "2026-09": "99.8",
                    "2026-10": "99.85",
                ],
                notes: ["2026-07": text("Storage firmware fault")])
            + series(
                "MTTR",
                [
                    "2025-11": "58", "2025-12": "55", "2026-01": "60", "2026-02": "52", "2026-03": "50",
                    "2026-04": "49",
                    "2026-05": "52", "2026-06": "47", "2026-07": "44", "2026-08": "40", "2026-09": "38",
                    "2026-10": "41",
                ],
                notes: ["2026-01": text("Storage outage, 3 P1s")])
            + series(
                "CLOUD",
                [
                    "2026-05": "1.1", "2026-06": "", "2026-07": "1.05", "2026-08": "1", "2026-09": "0.98",
                    "2026-10": "0.97",
                ],
                notes: ["2026-06": text("Billing export failed")])
            + series(
                "ONTIME",
                ["2026-05": "93", "2026-06": "92", "2026-07": "90", "2026-08": "88", "2026-09": "86", "2026-10": "84"],
                notes: ["2026-10": text("Carrier strike week 42")])
            + series(
                "PICKCOST",
                [
                    "2026-05": "4.9", "2026-06": "4.8", "2026-07": "4.7", "2026-08": "4.6", "2026-09": "4.5",
                    "2026-10": "4.4",
                ])
            + series(
                "FEED",
                ["2026-08-31": "97", "2026-09-07": "96", "2026-09-14": "97", "2026-09-21": "97", "2026-09-30": "97"])
            + series("CSAT", ["2026-Q1": "72", "2026-Q2": "75", "2026-Q3": "78"])
            + [["TRAIN", "2026-10", "", "", "", text("Survey not run yet")]]
    }

    public var risks: [[String]] {
        [
            DataSet.risks.columns,
            [
                "R1", text("Ransomware on warehouse systems"), "cyber", "cio", "4", "5", "4", "4", "mitigating",
                text("EDR on every server; offline backups"), "", "2026-10-01",
                text("Encrypted WMS would stop picking in every depot."),
            ],
            [
                "R2", text("Single carrier dependency"), "vendor", "coo", "4", "4", "3", "4", "open",
                "", text("Second carrier contract in negotiation"), "2026-06-01", "",
            ],
            [
                "R3", text("Customer data exposure"), "privacy", "joint", "3", "5", "2", "4", "mitigating",
                text("Tokenised addresses"), text("Quarterly access review"), "2026-09-15", "",
            ],
            [
                "R4", text("ERP migration slips"), "change", "joint", "3", "3", "", "", "open",
                text("Parallel run"), text("Weekly steering"), "", "",
            ],
            [
                "R5", text("Warehouse fire"), "operational", "coo", "2", "5", "1", "3", "accepted",
                text("Sprinklers"), text("Fire drills"), "2026-03-01", "",
            ],
            [
                "R6", text("Legacy fax gateway breach"), "compliance", "cio", "2", "2", "", "", "closed",
                text("Gateway switched off"), "", "2026-06-30", "",
            ],
        ]
    }

    public var initiatives: [[String]] {
        [
            DataSet.initiatives.columns,
            [
                "I1", text("Warehouse automation"), "coo", text("Priya Nair"), "active", "2026-01-01", "2027-06-30",
                "40", "amber",
                "2400000", "1100000", "", "", "ONTIME;PICKCOST", "R2", "", "robotics;wms",
                text("Goods-to-person robots in the three largest depots."),
            ],
            [
                "I2", text("Cloud migration"), "cio", text("Tom Becker"), "active", "2026-03-01", "2027-03-31", "65",
                "amber-green",
                "900000", "600000", "950000", "", "UPTIME;CLOUD", "R1", "", "hosting", "",
            ],
            [
                "I3", text("Order tracking portal"), "joint", text("Lea Martin"), "active", "2026-02-01", "2026-10-31",
                "85", "red",
                "300000", "320000", "", "35", "ONTIME", "R3", "", "wms", "",
            ],
            [
                "I4", text("Zero trust network"), "cio", text("Tom Becker"), "active", "2026-06-01", "2027-05-31", "",
                "",
                "500000", "100000", "", "", "", "R1", "I2", "", "",
            ],
            [
                "I5", text("Robotics phase 2"), "coo", text("Priya Nair"), "proposed", "2027-01-01", "2027-12-31", "0",
                "",
                "1500000", "", "", "", "PICKCOST", "", "I1", "robotics", "",
            ],
            [
                "I6", text("Fax gateway retirement"), "cio", "", "done", "2025-09-01", "2026-05-31", "100", "green",
                "80000", "76000", "", "40", "", "R6", "", "", "",
            ],
            [
                "I7", text("Driver app refresh"), "coo", text("Lea Martin"), "paused", "2026-04-01", "2026-12-31", "20",
                "",
                "", "", "", "", "CSAT", "", "", "", "",
            ],
        ]
    }

    public var milestones: [[String]] {
        [
            DataSet.milestones.columns,
            ["I1", text("Depot 1 robots live"), "2026-06-30", "2026-07-10", "yes"],
            ["I1", text("Depot 2 robots live"), "2026-10-31", "", "yes"],
            ["I1", text("Depot 3 robots live"), "2027-04-30", "", "yes"],
            ["I2", text("Landing zone ready"), "2026-04-30", "2026-04-28", "no"],
            ["I2", text("First 50 apps moved"), "2026-09-30", "2026-09-29", "no"],
            ["I2", text("Data centre exit"), "2027-03-31", "", "yes"],
            ["I3", text("Portal beta"), "2026-07-31", "2026-08-04", "no"],
            ["I4", text("Pilot site"), "2026-09-30", "", "no"],
            ["I4", text("All depots"), "2027-05-15", "", "yes"],
        ]
    }

    public var files: [String: String] {
        [
            "tandem.toml": manifest,
            "kpis.csv": Self.csv(kpis),
            "measurements.csv": Self.csv(measurements),
            "risks.csv": Self.csv(risks),
            "initiatives.csv": Self.csv(initiatives),
            "milestones.csv": Self.csv(milestones),
        ]
    }

    // MARK: - CSV

    private func series(_ id: String, _ values: KeyValuePairs<String, String>, notes: [String: String] = [:])
        -> [[String]]
    {
        values.map { period, value in [id, period, value, "", "", notes[period] ?? ""] }
    }

    /// RFC 4180: fields holding a comma, quote, line break or surrounding space are quoted.
    public static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                let needsQuotes =
                    field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                    || field.first == " " || field.last == " "
                return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Without Foundation: every `target` replaced by `replacement`.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
