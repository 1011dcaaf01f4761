import Testing
@testable import KPIReports

@Suite("kpi diff escaping")
struct DiffEscapingTests {
    @Test("Markdown: backtick spans become code spans; everything else is escaped", arguments: [
        ("plain text", "plain text"),
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*bold* _em_ [link](x) ~~s~~", "\\*bold\\* \\_em\\_ \\[link\\](x) \\~\\~s\\~\\~"),
        ("KPI `a|b`: ok", "KPI `a\\|b`: ok"),
        ("one ` stray", "one \\` stray"),
        ("line\nbreak", "line break"),
        ("a `b` and `c<d`", "a `b` and `c<d`"),
        ("ask @acme/everyone, not `@kofi`", "ask @\u{2060}acme/everyone, not `@kofi`"),
    ])
    func markdown(input: String, expected: String) {
        #expect(DiffEscaping.markdown(input) == expected)
    }

    @Test("a code span holds any text literally, in a table cell too")
    func code() {
        #expect(DiffEscaping.code("< 2 s") == "`< 2 s`")
        #expect(DiffEscaping.code("a`b") == "``a`b``")
        #expect(DiffEscaping.code("`a") == "`` `a ``")
        #expect(DiffEscaping.code("a|b") == "`a\\|b`")
        #expect(DiffEscaping.code("") == "` `")
    }

    @Test("terminal: control characters, escape sequences included, become visible")
    func terminal() {
        #expect(DiffEscaping.terminal("ok") == "ok")
        #expect(DiffEscaping.terminal("a\u{1B}[31mred") == "a\\u{1b}[31mred")
        #expect(DiffEscaping.terminal("bell\u{07}\u{9B}") == "bell\\u{7}\\u{9b}")
    }
}
