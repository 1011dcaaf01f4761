import Foundation
import Testing

/// The same hostile text in every free-text field, through every output format kpi writes: each
/// format shows it as text and lets it do nothing (no formula, no HTML, no link, no heading, no
/// extra table column, no workflow command, no terminal control sequence).
@Suite("Hostile text is inert in every format", .serialized)
struct HostileTextTests {
    /// A spreadsheet formula, a table pipe, HTML, a javascript: link, emphasis, a code tick, a line
    /// that starts a heading and one that starts a GitHub workflow command, an OSC title change with
    /// BEL, a colour change, and a right-to-left override.
    static let hostile = "=HYPERLINK(\"http://evil.example\",\"x\") | <script>alert(1)</script> [click](javascript:alert(1)) **bold** _em_ `tick` #5\n# Injected heading\n::error file=a.yaml::pwned \u{1B}]0;title\u{07}\u{1B}[31mred\u{202E}end"

    /// `hostile` as a YAML double-quoted scalar.
    static var yaml: String {
        var text = "\""
        for scalar in hostile.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\u{1B}": text += "\\e"
            case "\u{07}": text += "\\a"
            case "\u{202E}": text += "\\u202E"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// The start-with-three example with the hostile text as the team's, a person's, a role's, a
    /// KPI's, a band's, an audience's and an objective's name.
    static func workspace() throws -> URL {
        let folder = try KPIProcess.temporaryFolder()
        var policy = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three/team.yaml"), encoding: .utf8)
        for (from, to) in [
            ("name: Support Assistant\n", "name: \(yaml)\n"),
            ("{ name: Mei Chen,", "{ name: \(yaml),"),
            ("roles: [ai-engineer] }", "roles: [ai-engineer, \(yaml)] }"),
            ("name: Support assistant latency (P99)", "name: \(yaml)"),
            ("label: elite,", "label: \(yaml),"),
            ("audience: product and leadership }", "audience: \(yaml) }"),
        ] {
            #expect(policy.contains(from), "\(from)")
            policy = policy.replacingOccurrences(of: from, with: to)
        }
        policy += """

            objectives:
              hostile-objective:
                quarter: 2026-Q4
                title: \(yaml)
                owner: mei
                type: committed
                key-results:
                  - { kpi: support-latency-p99 }
                  - { kpi: support-deployment-frequency }

            """
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try Data(policy.utf8).write(to: folder.appendingPathComponent("policies/team.yaml"))
        try FileManager.default.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("observations/start-with-three"), to: folder.appendingPathComponent("observations"))
        // For lint: the hostile text as an unknown key and as an owner nobody is.
        let broken = policy.replacingOccurrences(of: "    owner: tomas\n", with: "    owner: \(yaml)\n    \(yaml): 1\n")
        try Data(broken.utf8).write(to: folder.appendingPathComponent("broken.yaml"))
        return folder
    }

    static let inputs = ["policies", "--metrics", "observations", "--as-of", "2026-11-20", "--quarter", "2026-Q4"]

    @Test("lint: text, github, json, sarif and junit")
    func lintFormats() throws {
        let folder = try Self.workspace()
        let outputs = try ["text", "github", "json", "sarif", "junit"].map { format in
            (format, try KPIProcess.run(["lint", "broken.yaml", "--as-of", "2026-11-20", "--format", format], in: folder))
        }
        for (format, run) in outputs {
            #expect(run.status == 1, "\(format): \(run.stderr)")
            // JSON and XML carry the text as their specs allow: a right-to-left override is a character like any other.
            Self.expectNoRawControls(run.stdout, format, bidirectional: format == "text" || format == "github")
        }
        let text = try #require(outputs.first { $0.0 == "text" }?.1.stdout)
        #expect(text.contains("\\u{1B}]0;title\\u{7}\\u{1B}[31mred\\u{202E}end"), "control characters are shown as escapes")
        #expect(text.contains("\\u{A}::error file=a.yaml::pwned"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("::") || $0.hasPrefix("# Injected") })
        let github = try #require(outputs.first { $0.0 == "github" }?.1.stdout)
        for line in github.split(separator: "\n") {
            #expect(line.hasPrefix("::notice ") || line.hasPrefix("::error ") || line.hasPrefix("::warning "), "\(line)")
        }
        #expect(github.contains("%0A::error file=a.yaml::pwned \\u{1B}]0;title\\u{7}"))
        for format in ["json", "sarif"] {
            let json = try #require(outputs.first { $0.0 == format }?.1.stdout)
            #expect(Self.strings(in: try JSONSerialization.jsonObject(with: Data(json.utf8))).contains { $0.contains(Self.hostile) },
                    "\(format) carries the text exactly, escaped as JSON")
        }
        let junit = try #require(outputs.first { $0.0 == "junit" }?.1.stdout)
        #expect(!junit.contains("<script>"))
    }

    @Test("evaluate, okr, owners and review: text, Markdown, HTML, CSV, JSON and XLSX")
    func reportFormats() throws {
        let folder = try Self.workspace()
        var outputs: [(String, String)] = []
        for (command, formats) in [("evaluate", ["text", "md", "json"]), ("okr", ["md", "html", "csv", "json"]), ("owners", ["md", "html", "json"])] {
            for format in formats {
                let run = try KPIProcess.run([command, "--format", format] + (command == "evaluate" ? ["--explain"] + Self.inputs.dropLast(2) : Self.inputs), in: folder)
                #expect(run.status == 0, "\(command) \(format): \(run.stderr)")
                #expect(!run.crashed)
                outputs.append(("\(command).\(format)", run.stdout))
            }
        }
        let review = try KPIProcess.run(["review", "--out", "review"] + Self.inputs, in: folder)
        #expect(review.status == 0, "\(review.stderr)")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("review").path) where !name.hasSuffix(".xlsx") {
            outputs.append((name, try String(contentsOf: folder.appendingPathComponent("review/\(name)"), encoding: .utf8)))
        }
        #expect(outputs.count > 20)
        for (name, text) in outputs {
            // JSON, HTML and CSV carry a right-to-left override as the character it is; the rest show it.
            let data = name.hasSuffix(".json") || name.hasSuffix(".csv")
            Self.expectNoRawControls(text, name, bidirectional: !data && !name.hasSuffix(".html"))
            if name.hasSuffix(".json") {
                // lint.json has no finding here, and manifest.json holds only file names and digests.
                if name != "lint.json" && name != "manifest.json" {
                    #expect(Self.strings(in: try JSONSerialization.jsonObject(with: Data(text.utf8))).contains { $0.contains(Self.hostile) }, "\(name)")
                }
            } else if !data {
                #expect(!text.contains("<script>"), "\(name) has raw HTML")
                #expect(!text.contains(Self.hostile), "\(name) has the text unescaped")
            }
            if name.hasSuffix(".md") { Self.expectInertMarkdown(text, name) }
            if name.hasSuffix(".csv") { Self.expectNoFormulas(text, name) }
            if name.hasSuffix(".txt") || name.hasSuffix(".text") {
                #expect(!text.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(name)")
            }
        }
    }

    /// No raw control character but line feeds (and CR in CSV line ends), and with `bidirectional`
    /// no right-to-left override either.
    static func expectNoRawControls(_ text: String, _ name: String, bidirectional: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || $0.value == 0x7F || (bidirectional && $0 == "\u{202E}") }
        #expect(bad.isEmpty, "\(name) holds raw control characters \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    /// Markdown: no heading, link or extra table column comes from the text.
    static func expectInertMarkdown(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("# Injected") || $0.hasPrefix("::") }, "\(name)", sourceLocation: sourceLocation)
        #expect(!text.replacingOccurrences(of: "\\[click](", with: "").contains("[click]("), "\(name) has a live link", sourceLocation: sourceLocation)
        #expect(!text.contains("**bold**"), "\(name) has live emphasis", sourceLocation: sourceLocation)
        #expect(text.contains("\\[click](javascript:alert(1)) \\*\\*bold\\*\\*"), "\(name) shows the text escaped", sourceLocation: sourceLocation)
        // Table rows have as many unescaped pipes as their header.
        var columns: Int?
        for line in lines {
            guard line.hasPrefix("|") else { columns = nil; continue }
            var pipes = 0, previous: Character = " "
            for character in line {
                if character == "|", previous != "\\" { pipes += 1 }
                previous = character
            }
            if let columns { #expect(pipes == columns, "\(name): \(line)", sourceLocation: sourceLocation) } else { columns = pipes }
        }
    }

    /// CSV: no field a spreadsheet would run as a formula.
    static func expectNoFormulas(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var fields: [String] = [], field = "", quoted = false, atStart = true
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if quoted {
                if scalar == "\"" { quoted = false } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" {
                quoted = !atStart || true
                if !atStart { field += "\"" }
            } else if scalar == "," || scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && field.isEmpty && atStart) { fields.append(field) }
                field = ""
                atStart = true
                continue
            } else {
                field.unicodeScalars.append(scalar)
            }
            atStart = false
        }
        for field in fields {
            guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { continue }
            #expect(Double(field) != nil, "\(name): a formula field \(field)", sourceLocation: sourceLocation)
        }
        #expect(fields.contains { $0.hasPrefix("'=HYPERLINK(") }, "\(name) keeps the text, neutralised", sourceLocation: sourceLocation)
    }

    static func strings(in json: Any) -> [String] {
        switch json {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings)
        case let object as [String: Any]: object.values.flatMap(strings) + object.keys.map { $0 }
        default: []
        }
    }
}
