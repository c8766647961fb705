import Testing

@testable import TandemCore

/// Every value form of SPEC-SOURCES.md "Values as people write them", read by the parsers alone.
@Suite struct ValueFormsTests {
    @Test(arguments: ["", "  ", "n/a", "N/A", "na", "-", "–", "—", "TBC", "tbd", "None", "NULL", " n/a "])
    func emptyWords(_ text: String) {
        #expect(EmptyWords.isEmpty(text))
        #expect(NumberForms.parse(text) == .empty)
        #expect(DateForms.parse(text) == .empty)
    }

    @Test(arguments: ["nan", "no", "0", "none yet", "--"])
    func wordsThatAreNotEmpty(_ text: String) { #expect(!EmptyWords.isEmpty(text)) }

    @Test(arguments: [
        ("1,200", 1200.0), ("\"1,200\"", .nan), ("$1,200", 1200), ("-$1,200.50", -1200.5), ("$-5", -5),
        ("(1,200)", -1200), ("($350)", -350), ("$(350)", -350), ("£ 12", 12), ("12 €", 12), ("¥1,000,000", 1e6),
        ("USD 1,250", 1250), ("1250 GBP", 1250), ("eur5", 5), ("95%", 95), ("95 %", 95), ("-2.5%", -2.5),
        ("+7", 7), ("1,234,567.891", 1_234_567.891), (".5", 0.5), ("−3", -3), ("US$10", 10),
    ])
    func numbers(_ text: String, _ value: Double) {
        if value.isNaN {
            #expect(NumberForms.parse(text).value == nil)
        } else {
            #expect(NumberForms.parse(text) == .value(value))
        }
    }

    @Test(arguments: [
        ("1.234,5", 1234.5), ("1 234,5", 1234.5), ("1\u{A0}234,5", 1234.5), ("1\u{202F}234", 1234), ("12,75 €", 12.75),
        ("(1.200,00)", -1200), ("€ 3,5", 3.5), ("1.234.567", 1_234_567),
    ])
    func numbersWithADecimalComma(_ text: String, _ value: Double) {
        #expect(NumberForms.parse(text, options: ValueOptions(decimal: ",")) == .value(value))
    }

    @Test(arguments: ["1,25", "1,2345", "12,34,567", "1.2.3", "1,,000"])
    func misplacedCommasAreNotNumbers(_ text: String) {
        guard case .notAValue(let expected) = NumberForms.parse(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(expected.hasPrefix("a number"))
    }

    @Test func aCommaThatGroupsNoThousandsNamesTheDecimalSetting() {
        #expect(
            NumberForms.parse("1,25")
                == .notAValue(
                    expected: #"a number, with "," only between groups of three digits (1,250); a decimal comma "#
                        + #"needs decimal = ",""#))
        #expect(NumberForms.parse("1.5", options: ValueOptions(decimal: ",")).value == nil)
    }

    @Test(arguments: [
        ("1.2m", 1.2e6), ("1.2M", 1.2e6), ("3mn", 3e6), ("2bn", 2e9), ("640k", 640_000), ("640 K", 640_000),
        ("£1.2m", 1.2e6), ("$2.5bn", 2.5e9),
    ])
    func scalesInMoneyColumns(_ text: String, _ value: Double) {
        #expect(NumberForms.parse(text, kind: .money) == .value(value))
    }

    @Test func scalesOutsideMoneyColumnsNeedACurrency() {
        #expect(NumberForms.parse("£1.2m") == .value(1.2e6))
        guard case .notAValue(let expected) = NumberForms.parse("1.2m") else {
            Issue.record("1.2m was read outside a money column")
            return
        }
        #expect(expected.contains("k, m and bn"))
        #expect(NumberForms.parse("95%m", kind: .money).value == nil)
    }

    @Test func percentAsFractionMultipliesPercentColumnsWithoutASign() {
        let fraction = ValueOptions(percent: .fraction)
        #expect(NumberForms.parse("0.95", kind: .percent, options: fraction) == .value(95))
        #expect(NumberForms.parse("95%", kind: .percent, options: fraction) == .value(95))
        #expect(NumberForms.parse("0.95", kind: .plain, options: fraction) == .value(0.95))
        #expect(NumberForms.scaled(0.5, kind: .percent, options: fraction) == 50)
    }

    @Test func moneyScaleMultipliesMoneyWithoutASuffix() {
        let millions = ValueOptions(moneyScale: 1_000_000)
        #expect(NumberForms.parse("£1.5", kind: .money, options: millions) == .value(1.5e6))
        #expect(NumberForms.parse("£1.5m", kind: .money, options: millions) == .value(1.5e6))
        #expect(NumberForms.scaled(2, kind: .money, options: millions) == 2e6)
    }

    @Test(arguments: [
        ("2026-03-31", "2026-03-31"), ("2026/03/31", "2026-03-31"), ("2026-03-31T09:30:00Z", "2026-03-31"),
        ("2026-03-31 09:30", "2026-03-31"), ("31 Mar 2026", "2026-03-31"), ("31-Mar-2026", "2026-03-31"),
        ("31-Mar-26", "2026-03-31"), ("31 March 2026", "2026-03-31"), ("March 31, 2026", "2026-03-31"),
        ("31-Mar- 2022", "2022-03-31"), ("1 sept 2026", "2026-09-01"), ("5-JAN-99", "1999-01-05"),
        ("2026-1-5", "2026-01-05"), (" 31 Mar 2026 ", "2026-03-31"),
    ])
    func dates(_ text: String, _ day: String) {
        #expect(DateForms.parse(text).value?.description == day)
    }

    @Test(arguments: ["31 Feb 2026", "31 Foo 2026", "2026-03-31T", "March 2026", "Exempt", "31.5.2026x", "2026"])
    func notDates(_ text: String) {
        #expect(DateForms.parse(text) == .notAValue(expected: DateForms.expected))
    }

    @Test(arguments: [
        ("03/04/2026", DateOrder.dmy, "2026-04-03"), ("03/04/2026", .mdy, "2026-03-04"),
        ("03.04.2026", .dmy, "2026-04-03"), ("3-4-26", .dmy, "2026-04-03"), ("26/04/03", .ymd, "2026-04-03"),
        ("20.05.2020", .dmy, "2020-05-20"),
    ])
    func numericDatesWithDateFormat(_ text: String, _ order: DateOrder, _ day: String) {
        #expect(DateForms.parse(text, order: order).value?.description == day)
    }

    @Test(arguments: ["03/04/2026", "03.04.2026", "3-4-26"])
    func numericDatesWithoutDateFormatNameTheSetting(_ text: String) {
        guard case .needsSetting(let setting, _) = DateForms.parse(text) else {
            Issue.record("\(text) was read without date_format")
            return
        }
        #expect(setting == "date_format")
        #expect(DateForms.parse("13/13/2026", order: .dmy) == .notAValue(expected: DateForms.expected))
    }

    @Test(arguments: [
        ("2026-03-15", "2026-03-15"), ("2026-03", "2026-03-31"), ("2026-Q1", "2026-03-31"),
        ("Mar 2026", "2026-03-31"), ("March 2026", "2026-03-31"), ("Mar-26", "2026-03-31"), ("Jun-24", "2024-06-30"),
        ("Q1 2026", "2026-03-31"), ("2026 Q4", "2026-12-31"), ("q2 2026", "2026-06-30"),
        ("2026-W14", "2026-04-05"), ("2026-W01", "2026-01-04"), ("2020-W53", "2021-01-03"),
        ("2026/02", "2026-02-28"), ("31 Mar 2026", "2026-03-31"), ("feb 2024", "2024-02-29"),
    ])
    func periods(_ text: String, _ end: String) {
        #expect(PeriodForms.parse(text).value?.description == end)
    }

    @Test(arguments: [
        ("2025/26 Q1", 4, "2025-06-30"), ("FY2025/26 Q1", 4, "2025-06-30"), ("FY2025/26 Q4", 4, "2026-03-31"),
        ("2025/2026 Q3", 7, "2026-03-31"), ("2025/26 Q2", 1, "2025-06-30"), ("Q2 FY2025/26", 4, "2025-09-30"),
    ])
    func fiscalQuarters(_ text: String, _ start: Int, _ end: String) {
        #expect(PeriodForms.parse(text, options: ValueOptions(fiscalYearStart: start)).value?.description == end)
    }

    @Test func fiscalQuartersWithoutAStartNameTheSetting() {
        guard case .needsSetting(let setting, _) = PeriodForms.parse("2025/26 Q1") else {
            Issue.record("read without fiscal_year_start")
            return
        }
        #expect(setting == "fiscal_year_start")
        #expect(PeriodForms.parse("2025/27 Q1", options: ValueOptions(fiscalYearStart: 4)).value == nil)
    }

    @Test(arguments: ["2026-W54", "2026-W00", "2021-W53", "Q5 2026", "Octo 2026", "2026 Q", "W14"])
    func notPeriods(_ text: String) {
        #expect(PeriodForms.parse(text) == .notAValue(expected: PeriodForms.expected))
    }

    @Test func wordsMatchInAnyCaseWithSpacesUnderscoresAndDashesAlike() {
        let likelihood = WordForms.likelihood
        #expect(WordForms.match("Almost certain", builtIn: likelihood) == "5")
        #expect(WordForms.match("ALMOST_CERTAIN", builtIn: likelihood) == "5")
        #expect(WordForms.match(" almost-  certain ", builtIn: likelihood) == "5")
        #expect(WordForms.match("Very High", builtIn: WordForms.impact) == "5")
        #expect(WordForms.match("negligible", builtIn: WordForms.impact) == "1")
        #expect(WordForms.match("rare", builtIn: WordForms.impact) == nil)
        #expect(WordForms.match("Higher is better", builtIn: WordForms.direction) == "higher")
        #expect(WordForms.match("On hold", builtIn: WordForms.stage) == "paused")
        #expect(WordForms.match("in progress", builtIn: WordForms.riskStatus) == "mitigating")
        #expect(WordForms.match("Ops", builtIn: WordForms.owner) == "coo")
    }

    @Test func aDataSetsOwnWordsAddToTheBuiltInOnesAndWin() {
        let extra = ["IT Director": "cio", "Ops": "joint", "*": "coo"]
        let own: Set = ["cio", "coo", "joint"]
        #expect(WordForms.match("it director", builtIn: WordForms.owner, extra: extra, own: own) == "cio")
        #expect(WordForms.match("ops", builtIn: WordForms.owner, extra: extra, own: own) == "joint")
        #expect(WordForms.match("technology", builtIn: WordForms.owner, extra: extra, own: own) == "cio")
        #expect(WordForms.match("joint", builtIn: WordForms.owner, extra: extra, own: own) == "joint")
        #expect(WordForms.match("Facilities", builtIn: WordForms.owner, extra: extra, own: own) == "coo")
        #expect(WordForms.match("  ", builtIn: WordForms.owner, extra: extra, own: own) == nil)
    }

    @Test func windows1252BecomesUTF8() {
        let bytes: [UInt8] = [0x43, 0x6F, 0xFB, 0x74, 0x20, 0x80, 0xA3, 0xE9, 0x96, 0x81]
        #expect(String(decoding: Windows1252.utf8(from: bytes), as: UTF8.self) == "Coût €£é–\u{FFFD}")
    }

    @Test(arguments: [
        ("id,name\n", ","), ("id;name;owner\n", ";"), ("id\tname\n", "\t"), ("id|name\n", "|"), ("id\n", ","),
        ("\"a;b\",c\n", ","), ("a,b;c;d\nx,y,z,w,v", ";"), ("\u{FEFF}a;b", ";"),
    ])
    func delimiterFromTheHeaderLine(_ text: String, _ delimiter: Character) {
        #expect(Delimiter.detect(Array(text.utf8)) == delimiter.asciiValue)
    }

    @Test func aSemicolonFileKeepsCommasInsideFields() {
        var fields: [[String]] = []
        CSVReader(bytes: Array("a;b\n1,5;\"x;y\"\n".utf8), delimiter: UInt8(ascii: ";")).forEachRecord { record in
            fields.append((0..<record.count).map { record.text($0) })
            return true
        }
        #expect(fields == [["a", "b"], ["1,5", "x;y"]])
    }
}
