import Testing
@testable import KPIReports

/// The escaping functions, one per format, on the cases each exists for.
@Suite("Safe text: one escaping function per format")
struct SafeTextTests {
    @Test("terminal text: control and bidirectional characters become visible escapes", arguments: [
        ("plain text, ünïcødé, 😀", "plain text, ünïcødé, 😀"),
        ("key\n::error file=x::pwned", "key\\u{A}::error file=x::pwned"),
        ("\u{1B}]0;title\u{07}", "\\u{1B}]0;title\\u{7}"),
        ("tab\there\r", "tab\\u{9}here\\u{D}"),
        ("\u{9B}31m \u{7F}", "\\u{9B}31m \\u{7F}"),
        ("abc\u{202E}fed", "abc\\u{202E}fed"),
        ("\u{2028}\u{2066}", "\\u{2028}\\u{2066}"),
    ])
    func terminal(text: String, shown: String) {
        #expect(TerminalText.visible(text) == shown)
    }

    @Test("Markdown: markup in names is escaped, ordinary text unchanged", arguments: [
        ("Inference latency (P99)", "Inference latency (P99)"),
        ("p99_latency_ms and 2.5 deploys/week", "p99_latency_ms and 2.5 deploys/week"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("[click](javascript:alert(1))", "\\[click](javascript:alert(1))"),
        ("![img](x)", "!\\[img](x)"),
        ("**bold** _em_ ~~s~~ `code`", "\\*\\*bold\\*\\* \\_em\\_ \\~\\~s\\~\\~ \\`code\\`"),
        ("a | b", "a \\| b"),
        ("x\n# Heading\r\nnext", "x \\# Heading next"),
        ("Title #", "Title \\#"),
        ("&lt; &#60; & ok", "&amp;lt; &amp;\\#60; & ok"),
        ("back\\slash", "back\\\\slash"),
        ("bell\u{07}", "bell\\u{7}"),
        (">= 30%", ">= 30%"),
        ("1. not a list", "1. not a list"),
    ])
    func markdown(text: String, escaped: String) {
        #expect(MarkdownText.inline(text) == escaped)
    }

    @Test("Markdown at the start of a line: list, quote and ordered-list markers are escaped", arguments: [
        ("- item", "\\- item"), ("+ item", "\\+ item"), ("> quote", "\\> quote"), ("12. item", "12\\. item"),
        ("3) item", "3\\) item"), ("-5%", "-5%"), ("2.5 s", "2.5 s"),
    ])
    func markdownLineStart(text: String, escaped: String) {
        #expect(MarkdownText.inline(text, startsLine: true) == escaped)
    }

    @Test("Markdown code spans are fenced around any backticks and stay on one line")
    func codeSpans() {
        #expect(MarkdownText.code("engineering-sync") == "`engineering-sync`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`x`") == "`` `x` ``")
        #expect(MarkdownText.code("a\nb") == "`a b`")
        #expect(MarkdownText.code("a|b", inTable: true) == "`a\\|b`")
        #expect(MarkdownText.inlineKeepingCodeSpans("Target `< 2 s` met by *x*") == "Target `< 2 s` met by \\*x\\*")
    }

    @Test("GitHub workflow commands: %, CR and LF encoded, other controls visible")
    func workflowCommands() {
        #expect(WorkflowCommand.escapeData("50% \r\n::error::x \u{1B}[31m") == "50%25 %0D%0A::error::x \\u{1B}[31m")
        #expect(WorkflowCommand.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    }
}
