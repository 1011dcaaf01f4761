import Testing
@testable import KPIPolicy

@Suite("The one JSON writer: reports and the schema")
struct JSONValueTests {
    @Test("equality compares values, not rendered text", arguments: [
        (JSONValue.integer(2), JSONValue.number(2), true),
        (.number(0.1), .number(0.1), true),
        (.number(.nan), .null, true),
        (.number(.infinity), .number(-.infinity), true),
        (.string("1"), .integer(1), false),
        (.string("a\nb"), .string("a\nb"), true),
        (.array([.integer(1), .null]), .array([.number(1), .null]), true),
        (.array([.integer(1)]), .array([.integer(1), .integer(1)]), false),
        (.object([("a", .integer(1)), ("b", .bool(true))]), .object([("a", .integer(1)), ("b", .bool(true))]), true),
        // Key order is part of the contract: the same members in another order are another document.
        (.object([("a", .integer(1)), ("b", .bool(true))]), .object([("b", .bool(true)), ("a", .integer(1))]), false),
        (.object([("a", .null)]), .object([("b", .null)]), false),
        (.bool(false), .integer(0), false),
    ])
    func equality(lhs: JSONValue, rhs: JSONValue, equal: Bool) {
        #expect((lhs == rhs) == equal)
        #expect((rhs == lhs) == equal)
    }

    @Test("strings escape quotes, backslashes and control characters, and nothing else")
    func escaping() {
        let value = JSONValue.string("a\"b\\c\nd\re\tf\u{08}g\u{0C}h\u{1B}/é→")
        #expect(value.rendered() == #""a\"b\\c\nd\re\tf\u0008g\u000ch\u001b/é→""#)
    }

    @Test("objects keep their order and indent by two spaces")
    func layout() {
        let value = JSONValue.object([("z", .array([.integer(1), .string("x")])), ("a", .object([])), ("m", .array([]))])
        #expect(value.rendered() == "{\n  \"z\": [\n    1,\n    \"x\"\n  ],\n  \"a\": {},\n  \"m\": []\n}")
    }

    @Test("short arrays of scalars go on one line when asked, nested ones never")
    func inlineArrays() {
        let value = JSONValue.object([("enum", .array([.string("a"), .integer(2), .bool(true), .null])), ("nested", .array([.array([])]))])
        #expect(value.rendered(inlineArraysUpTo: 100) == "{\n  \"enum\": [\"a\", 2, true, null],\n  \"nested\": [\n    []\n  ]\n}")
        let long = JSONValue.array((0..<40).map { .string("item\($0)") })
        #expect(long.rendered(inlineArraysUpTo: 100).hasPrefix("[\n  \"item0\",\n"))
        let exact = JSONValue.array([.string(String(repeating: "x", count: 96))])
        #expect(exact.rendered(inlineArraysUpTo: 100) == "[\"\(String(repeating: "x", count: 96))\"]")
        #expect(exact.rendered(inlineArraysUpTo: 99).hasPrefix("[\n"))
    }

    @Test("numbers are written exactly, whole ones as integers; non-finite ones as null", arguments: [
        (2000.0, "2000"), (-0.0, "0"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"), (1e-7, "1e-07"),
        (123_456_789_012_345.0, "123456789012345"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (-2.5, "-2.5"), (.nan, "null"), (-.infinity, "null"),
    ])
    func numbers(value: Double, text: String) {
        #expect(JSONValue.number(value).rendered() == text)
        #expect(ExactNumber.text(value) == (value.isFinite ? text : nil))
        if value.isFinite { #expect(Double(text) == value) }
    }
}
