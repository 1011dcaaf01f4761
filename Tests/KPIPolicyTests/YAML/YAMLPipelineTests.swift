import Testing
@testable import KPIPolicy

@Suite("YAML parsed on one thread and built on another")
struct YAMLPipelineTests {
    /// Every node with its position, style and tag, in document order.
    static func dump(_ node: YAMLNode, into lines: inout [String], depth: Int = 0) {
        let head = "\(String(repeating: " ", count: depth))\(node.start.line):\(node.start.column)-\(node.end.line):\(node.end.column) \(node.tag ?? "")"
        switch node.content {
        case .scalar(let text, let style): lines.append("\(head) scalar \(style.rawValue) \(text)")
        case .sequence(let items):
            lines.append("\(head) sequence")
            for item in items { dump(item, into: &lines, depth: depth + 1) }
        case .mapping(let pairs):
            lines.append("\(head) mapping")
            for pair in pairs {
                dump(pair.key, into: &lines, depth: depth + 1)
                dump(pair.value, into: &lines, depth: depth + 1)
            }
        }
    }

    static func load(_ text: String, pipelined: Bool, limits: YAMLLimits = YAMLLimits(maxDepth: 64, maxAliases: 5)) -> (documents: [String], diagnostics: [Diagnostic], failed: Bool) {
        var loader = YAMLLoader(limits: limits)
        loader.pipelineBytes = pipelined ? 0 : Int.max
        let result = loader.load(Array(text.utf8), file: "p.yaml")
        var lines: [String] = []
        for document in result.documents {
            lines.append("---")
            dump(document.root, into: &lines)
        }
        return (lines, result.diagnostics, result.failed)
    }

    /// Large enough to cross many batches of events, with duplicate keys, flow and block styles,
    /// anchors and tags along the way.
    static func large(_ kpis: Int) -> String {
        var text = "apiVersion: kpi/v1\nbase: &base { unit: ms, better: lower }\nkpis:\n"
        for index in 0..<kpis {
            text += "  kpi-\(index):\n    name: \"KPI \(index)\"\n    tags: [a, b, 'c']\n    unit: ms\n"
            if index % 97 == 0 { text += "    unit: s\n" }
            if index % 400 == 0 { text += "    defaults: *base\n    note: !!str 012\n    text: |\n      line one\n      line two\n" }
        }
        return text
    }

    @Test("the same nodes and findings either way", arguments: [
        large(3000),
        large(3000) + "broken: [unclosed\n",
        "key: [unclosed\n" + large(200),
        large(1500) + "---\n" + large(1500),
        large(2000) + "deep: " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "\n" + large(10),
        large(3000) + "aliases: [" + Array(repeating: "*base", count: 10).joined(separator: ", ") + "]\n",
        large(1000) + "missing: *nowhere\n" + large(1000),
        "", "just a scalar", "a: 1\n\tb: 2\n",
    ])
    func same(text: String) {
        let sequential = Self.load(text, pipelined: false)
        let pipelined = Self.load(text, pipelined: true)
        #expect(pipelined.documents == sequential.documents)
        #expect(pipelined.diagnostics == sequential.diagnostics)
        #expect(pipelined.failed == sequential.failed)
    }

    @Test("a large file loads the same way from its start to its end")
    func largeFile() {
        let result = Self.load(Self.large(5000), pipelined: true, limits: .default)
        #expect(!result.failed)
        #expect(result.diagnostics.count == 52)  // the repeated `unit` of every 97th KPI
        #expect(result.documents.count > 5000 * 10)  // lines of the dump: nodes of every KPI
    }
}
