import Foundation
import KPIEvaluation
import KPIPolicy
import ZIPFoundation

/// Writes tables as an Office Open XML workbook (`.xlsx`), one worksheet per table, that Excel,
/// LibreOffice and openpyxl open with typed cells:
/// - numbers are numeric cells at full precision; scores use the `0.00` format and fractions the
///   `0.0%` format; quantities show their unit (`General" ms"`, `General"%"`), and changes their
///   sign and unit, percentage points for a `%` KPI (`+General" pp"`);
/// - dates and times are real date serials (1900 date system, days since 1899-12-30, UTC) with
///   `yyyy-mm-dd` and `yyyy-mm-dd hh:mm` formats, so they sort and filter as dates;
/// - flags are boolean cells, text is inline strings;
/// - every sheet has a bold header row that is frozen, an autofilter on it, and column widths.
///
/// The bytes depend on the tables only: parts are written in a fixed order with a fixed
/// modification time (1980-01-01 00:00, the earliest a ZIP entry can carry), and the document
/// properties carry no dates.
struct XLSXWorkbook {
    struct Sheet {
        /// The tab's name; characters a sheet name may not hold are replaced, and it is cut to 31.
        var name: String
        var table: DataTable
    }

    var title: String
    var sheets: [Sheet]

    /// The time stamped on every part of the package.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The package, zipped in memory.
    func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts() {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.entryDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Every part of the package, in the order they are zipped.
    func parts() -> [(path: String, text: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRelationships()),
            ("docProps/core.xml", coreProperties()),
            ("docProps/app.xml", appProperties()),
            ("xl/workbook.xml", workbook()),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", styles()),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.table)))
        }
        return parts
    }

    // MARK: Package

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    private func contentTypes() -> String {
        var output = Self.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        output += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        output += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        output += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in sheets.indices {
            output += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        output += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        output += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        output += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return output + "</Types>\n"
    }

    private func rootRelationships() -> String {
        Self.header + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(Self.packageRelationships)/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Self.relationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>\n"
    }

    /// Title and creator only: no creation or modification time, so the bytes stay the same.
    private func coreProperties() -> String {
        Self.header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.content(title))</dc:title><dc:creator>kpi</dc:creator>"
            + "</cp:coreProperties>\n"
    }

    private func appProperties() -> String {
        Self.header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>kpi</Application></Properties>\n"
    }

    private func workbook() -> String {
        var output = Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        output += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        let names = sheetNames()
        for (index, name) in names.enumerated() {
            output += "<sheet name=\"\(XMLText.attribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        output += "</sheets><definedNames>"
        // The autofilter ranges, as Excel names them; LibreOffice restores filters from them.
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            let last = Self.column(max(0, sheet.table.columns.count - 1))
            output += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
            output += XMLText.content("\(quoted)!$A$1:$\(last)$\(sheet.table.rows.count + 1)") + "</definedName>"
        }
        return output + "</definedNames></workbook>\n"
    }

    private func workbookRelationships() -> String {
        var output = Self.header + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
        for index in sheets.indices {
            output += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        output += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
        return output + "</Relationships>\n"
    }

    /// Sheet names as spreadsheets accept them: no `[]:*?/\`, not empty, at most 31 characters,
    /// unique (a repeated name gets ` (2)`, ` (3)`, …).
    func sheetNames() -> [String] {
        var used = Set<String>()
        return sheets.map { sheet in
            var base = String(sheet.name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
            if base.isEmpty { base = "Sheet" }
            var name = String(base.prefix(31))
            var number = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(number))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    // MARK: Styles

    /// Cell formats, by index: 0 default, 1 header, 2 score (`0.00`), 3 percent (`0.0%`),
    /// 4 date (`yyyy-mm-dd`), 5 date and time (`yyyy-mm-dd hh:mm`), then one per unit format the
    /// sheets use (`unitFormats`, in order).
    private func styles() -> String {
        let units = unitFormats
        var output = Self.header + "<styleSheet xmlns=\"\(Self.main)\">"
        output += "<numFmts count=\"\(3 + units.count)\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/>"
        output += "<numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
        for (index, code) in units.enumerated() {
            output += "<numFmt numFmtId=\"\(Self.firstUnitFormatID + index)\" formatCode=\"\(XMLText.attribute(code))\"/>"
        }
        output += "</numFmts>"
        output += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        output += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        output += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        output += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8ECF0\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        output += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        output += "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF8C959F\"/></bottom><diagonal/></border></borders>"
        output += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        output += "<cellXfs count=\"\(Self.firstUnitStyle + units.count)\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        output += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
        for id in [2, 164, 165, 166] + units.indices.map({ Self.firstUnitFormatID + $0 }) {
            output += "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        output += "</cellXfs>"
        output += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return output + "</styleSheet>\n"
    }

    /// The number format of the first unit format; 164 to 166 are the fixed ones.
    private static let firstUnitFormatID = 167
    /// The cell style of the first unit format; 0 to 5 are the fixed ones.
    private static let firstUnitStyle = 6

    /// The unit formats the sheets use, in the order they first appear, so the bytes depend on the
    /// tables only.
    var unitFormats: [String] {
        var codes: [String] = []
        for sheet in sheets {
            for row in sheet.table.rows {
                for case .number(_, let style) in row {
                    if let code = Self.formatCode(style), !codes.contains(code) { codes.append(code) }
                }
            }
        }
        return codes
    }

    /// The format code of a unit style; nil for the fixed styles. The unit is a literal in quotes,
    /// so `%` is shown, not applied (the number is already a percentage).
    static func formatCode(_ style: TableCell.NumberStyle) -> String? {
        switch style {
        case .plain, .score, .percent:
            return nil
        case .quantity(let unit):
            return unit.isEmpty ? nil : "General" + literal(unit)
        case .change(let unit):
            let suffix = unit == "%" ? literal("pp") : literal(unit)
            return "+General\(suffix);-General\(suffix);0\(suffix)"
        }
    }

    /// A unit as a format-code literal: `"%"`, `" ms"`; quotes cannot be escaped inside one, so they are dropped.
    private static func literal(_ unit: String) -> String {
        let clean = unit.replacingOccurrences(of: "\"", with: "")
        guard !clean.isEmpty else { return "" }
        return "\"" + (clean == "%" || clean.hasPrefix("/") ? "" : " ") + clean + "\""
    }

    // MARK: Worksheets

    private func worksheet(_ table: DataTable) -> String {
        let unitStyles = Dictionary(uniqueKeysWithValues: unitFormats.enumerated().map { ($1, Self.firstUnitStyle + $0) })
        let last = Self.column(max(0, table.columns.count - 1))
        let range = "A1:\(last)\(table.rows.count + 1)"
        var output = Self.header + "<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        output += "<dimension ref=\"\(range)\"/>"
        output += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        output += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        output += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, column) in table.columns.enumerated() {
            output += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(ExactNumber.text(column.width) ?? "10")\" customWidth=\"1\"/>"
        }
        output += "</cols>\n<sheetData>\n<row r=\"1\">"
        for (index, column) in table.columns.enumerated() {
            output += cell(.text(column.title), reference: "\(Self.column(index))1", style: 1, unitStyles: unitStyles)
        }
        output += "</row>\n"
        for (rowIndex, row) in table.rows.enumerated() {
            output += "<row r=\"\(rowIndex + 2)\">"
            for (index, value) in row.enumerated() {
                output += cell(value, reference: "\(Self.column(index))\(rowIndex + 2)", style: nil, unitStyles: unitStyles)
            }
            output += "</row>\n"
        }
        output += "</sheetData>\n<autoFilter ref=\"\(range)\"/>"
        output += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        output += "<pageSetup orientation=\"landscape\"/>"
        return output + "</worksheet>\n"
    }

    private func cell(_ value: TableCell, reference: String, style: Int?, unitStyles: [String: Int]) -> String {
        func attributes(_ defaultStyle: Int) -> String {
            let s = style ?? defaultStyle
            return "r=\"\(reference)\"" + (s == 0 ? "" : " s=\"\(s)\"")
        }
        switch value {
        case .empty:
            return style.map { "<c r=\"\(reference)\" s=\"\($0)\"/>" } ?? ""
        case .text(let text):
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
            return "<c \(attributes(0)) t=\"inlineStr\"><is><t\(space)>\(XMLText.content(text))</t></is></c>"
        case .number(let number, let numberStyle):
            // NaN and the infinities have no cell value: the cell is empty, as TableCell.number makes it.
            guard let text = ExactNumber.text(number) else { return cell(.empty, reference: reference, style: style, unitStyles: unitStyles) }
            let s = switch numberStyle {
            case .plain: 0
            case .score: 2
            case .percent: 3
            case .quantity, .change: Self.formatCode(numberStyle).flatMap { unitStyles[$0] } ?? 0
            }
            return "<c \(attributes(s))><v>\(text)</v></c>"
        case .flag(let flag):
            return "<c \(attributes(0)) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .date(let date):
            return "<c \(attributes(4))><v>\(date.daysSinceEpoch + Self.serialOfEpoch)</v></c>"
        case .time(let time):
            let day = CalendarDate(time)
            let secondOfDay = time.seconds(since: day.startOfDay)
            let serial = Double(day.daysSinceEpoch + Self.serialOfEpoch) + secondOfDay / 86_400
            return "<c \(attributes(5))><v>\(ExactNumber.text(serial) ?? "")</v></c>"
        }
    }

    /// The date serial of 1970-01-01 in the 1900 date system.
    static let serialOfEpoch = 25_569

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func column(_ index: Int) -> String {
        var letters = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
