import Foundation
import KPIEvaluation
import Testing
import ZIPFoundation
@testable import KPIReports

@Suite("OKR sheet as XLSX")
struct OKRSheetXLSXWriterTests {
    static let workbook = OKRSheetXLSXWriter().workbook(OKRSheetHTMLRendererTests.sheet)

    /// The package's parts as one text, for the golden file.
    static func text(_ parts: [(path: String, text: String)]) -> String {
        parts.map { "=== \($0.path)\n\($0.text)" }.joined()
    }

    @Test("golden parts; byte-identical across writes") func golden() throws {
        Golden.check(Self.text(Self.workbook.parts()), against: "okr.xlsx.txt")
        let first = try OKRSheetXLSXWriter().data(OKRSheetHTMLRendererTests.sheet)
        let second = try OKRSheetXLSXWriter().data(OKRSheetHTMLRendererTests.sheet)
        #expect(first == second)
        #expect(first.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("the ZIP holds exactly the parts, in order, with a fixed time") func archive() throws {
        let data = try OKRSheetXLSXWriter().data(OKRSheetHTMLRendererTests.sheet)
        let archive = try Archive(data: data, accessMode: .read)
        let parts = Self.workbook.parts()
        let entries = Array(archive)
        #expect(entries.map(\.path) == parts.map(\.path))
        for (entry, part) in zip(entries, parts) {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            #expect(String(decoding: bytes, as: UTF8.self) == part.text, "\(part.path)")
            #expect(entry.fileAttributes[.modificationDate] as? Date == XLSXWorkbook.entryDate, "\(part.path)")
        }
    }

    @Test("typed cells, number formats, frozen header, autofilter, widths") func worksheet() throws {
        let sheet = try #require(Self.workbook.parts().first { $0.path == "xl/worksheets/sheet1.xml" }?.text)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:AH8\"/>"))
        #expect(sheet.contains("<col min=\"5\" max=\"5\" width=\"44\" customWidth=\"1\"/>"))
        // Header: bold style 1, inline strings.
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Quarter</t></is></c>"))
        // As of: a date serial with the date-time format; 2026-11-20 is day 46346.
        #expect(sheet.contains("<c r=\"B2\" s=\"5\"><v>46346</v></c>"))
        // Objective score: a number with the 0.00 format; flagged: a boolean.
        #expect(sheet.contains("<c r=\"I2\" s=\"2\"><v>0.5691351657689196</v></c>"))
        #expect(sheet.contains("<c r=\"K2\" t=\"b\"><v>1</v></c>"))
        // Weight, a plain number; baseline dates; progress with the percent format.
        #expect(sheet.contains("<c r=\"R2\"><v>2</v></c>"))
        #expect(sheet.contains("<c r=\"T2\" s=\"4\"><v>46272</v></c>"))
        #expect(sheet.contains("<c r=\"AB2\" s=\"3\"><v>0.652777777777778</v></c>"))
        let styles = try #require(Self.workbook.parts().first { $0.path == "xl/styles.xml" }?.text)
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"))
        // Quantities show their unit; a % KPI's change is in percentage points, never a relative %.
        #expect(Self.workbook.unitFormats.prefix(2) == ["General\"%\"", "+General\" pp\";-General\" pp\";0\" pp\""])
        #expect(Self.workbook.unitFormats.contains("General\" ms\""))
        #expect(Self.workbook.unitFormats.contains("+General\" ms\";-General\" ms\";0\" ms\""))
        #expect(styles.contains("<numFmt numFmtId=\"167\" formatCode=\"General&quot;%&quot;\"/>"))
        #expect(sheet.contains("<c r=\"S2\" s=\"6\"><v>18</v></c>"), "the baseline of a % KPI: 18 shown as 18%")
        #expect(sheet.contains("<c r=\"AF2\" s=\"7\"><v>5.0000000000000036</v></c>"), "the change of a % KPI, in pp")
        #expect(styles.contains("<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"))
    }

    @Test("every part is well-formed XML; no dates in the document properties") func wellFormed() {
        for part in Self.workbook.parts() {
            #expect(HTMLChecks.xmlError(part.text) == nil, "\(part.path)")
        }
        let core = Self.workbook.parts().first { $0.path == "docProps/core.xml" }?.text ?? ""
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
    }

    @Test("empty cells, escaping, an objective without key results") func edges() throws {
        let workbook = OKRSheetXLSXWriter().workbook(SyntheticReports.sheet)
        let sheet = try #require(workbook.parts().first { $0.path == "xl/worksheets/sheet1.xml" }?.text)
        #expect(sheet.contains("<t>Latency &lt;p99&gt; &amp; \"tail\"</t>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:AH5\"/>"))
        // The objective without key results: its row stops after the objective's columns.
        #expect(sheet.contains("<c r=\"K5\" t=\"b\"><v>1</v></c></row>"))
        // 09:30 UTC is 0.3958333… of a day.
        #expect(sheet.contains("<c r=\"B2\" s=\"5\"><v>46346.395833333336</v></c>"))
        let objectives = try #require(workbook.parts().first { $0.path == "xl/worksheets/sheet2.xml" }?.text)
        #expect(objectives.contains("<autoFilter ref=\"A1:L4\"/>"))
        #expect(try OKRSheetXLSXWriter().data(SyntheticReports.sheet).count > 0)
    }

    @Test("column letters and sheet names") func names() {
        #expect([0, 25, 26, 51, 52, 701, 702].map(XLSXWorkbook.column) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"])
        let table = DataTable(columns: [], rows: [])
        let workbook = XLSXWorkbook(title: "t", sheets: [
            .init(name: "Q4 [draft]: a/b", table: table), .init(name: "", table: table),
            .init(name: String(repeating: "x", count: 40), table: table), .init(name: String(repeating: "X", count: 40), table: table),
        ])
        #expect(workbook.sheetNames() == ["Q4 -draft-- a-b", "Sheet", String(repeating: "x", count: 31), String(repeating: "X", count: 27) + " (2)"])
    }
}
