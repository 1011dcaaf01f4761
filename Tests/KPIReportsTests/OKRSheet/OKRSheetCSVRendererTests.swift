import Foundation
import KPIEvaluation
import Testing
@testable import KPIReports

@Suite("OKR sheet as CSV")
struct OKRSheetCSVRendererTests {
    static let csv = OKRSheetCSVRenderer().render(OKRSheetHTMLRendererTests.sheet)

    /// RFC 4180 records, read independently of the writer.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    @Test("golden file, byte-identical across renders") func golden() {
        Golden.check(Self.csv, against: "okr.csv")
        #expect(OKRSheetCSVRenderer().render(OKRSheetHTMLRendererTests.sheet) == Self.csv)
    }

    @Test("a header, then one row per key result; CRLF line ends") func shape() throws {
        let records = Self.parse(Self.csv)
        #expect(records.count == 8)
        #expect(records.allSatisfy { $0.count == 34 })
        #expect(records[0].prefix(4) == ["quarter", "as_of", "team", "objective"])
        #expect(Self.csv.hasSuffix("\r\n"))
        #expect(!Self.csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("numbers at full precision, dates ISO, flags true/false") func values() throws {
        let records = Self.parse(Self.csv)
        let header = records[0]
        let row = Dictionary(uniqueKeysWithValues: zip(header, records[1]))
        #expect(row["objective_score"] == "0.5691351657689196")
        #expect(row["progress"] == "0.652777777777778")
        #expect(row["current"] == "25.833333333333336")
        #expect(row["weight"] == "2")
        #expect(row["baseline_from"] == "2026-09-07")
        #expect(row["current_as_of"] == "2026-11-16T03:00:00Z")
        #expect(row["as_of"] == "2026-11-20T00:00:00Z")
        #expect(row["objective_flagged"] == "true")
        #expect(row["target"] == ">= 30%")
        // Every number parses back to the model's value.
        let keyResults = OKRSheetHTMLRendererTests.sheet.objectives.flatMap(\.keyResults)
        for (record, keyResult) in zip(records.dropFirst(), keyResults) {
            let fields = Dictionary(uniqueKeysWithValues: zip(header, record))
            #expect(fields["score"].flatMap(Double.init) == keyResult.score)
            #expect(fields["current"].flatMap(Double.init) == keyResult.current)
            #expect(fields["change"].flatMap(Double.init) == keyResult.change)
        }
    }

    @Test("quoting: commas, quotes and line breaks; plain fields as they are") func quoting() {
        #expect(CSVWriter.field(.text("plain")) == "plain")
        #expect(CSVWriter.field(.text("Cost per 1,000")) == "\"Cost per 1,000\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVWriter.field(.text("crlf\r\nend")) == "\"crlf\r\nend\"")
        #expect(Self.csv.contains(",\"Cost per 1,000 inferences\","))
    }

    @Test("formula injection: text that a spreadsheet would run gets a leading quote (OWASP); numbers stay numbers",
          arguments: [
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
            ("-5", "-5"), ("+0.25", "+0.25"), ("1e3", "1e3"), ("a=b", "a=b"), ("< 2 s", "< 2 s"),
          ])
    func formulaInjection(text: String, field: String) {
        #expect(CSVWriter.field(.text(text)) == field)
    }

    @Test("number cells are never neutralised") func numbersStayNumbers() {
        #expect(CSVWriter.field(.number(-0.04129, .plain)) == "-0.04129")
        #expect(CSVWriter.field(.number(-1e19, .plain)) == "-1e+19")
    }

    @Test("an objective without key results keeps one row; escaping round-trips") func edges() {
        let csv = OKRSheetCSVRenderer().render(SyntheticReports.sheet)
        let records = Self.parse(csv)
        #expect(records.count == 5)
        let header = records[0]
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(rows.map { $0["kpi"] } == ["latency", "throughput", "adoption", ""])
        #expect(rows[3]["objective"] == "empty")
        #expect(rows[3]["score"] == "")
        #expect(rows[2]["objective_title"] == "Adopted, \"widely\"")
        #expect(rows[0]["kpi_name"] == "Latency <p99> & \"tail\"")
        #expect(rows[1]["current"] == "")
        #expect(rows[1]["target"] == "")
        #expect(rows[2]["baseline"] == "")
    }
}
