/// What usually causes a YAML syntax error in a policy, and how to fix it: libyaml says *what* it
/// found ("found character that cannot start any token"), and a hint says *why* in the policy's
/// terms ("`%` cannot start an unquoted value; quote it: `unit: "%"`").
///
/// The common causes in KPI policies: a value that starts with a character YAML reserves (`%` for a
/// percent unit, `@` for a handle, a backtick for code), a `*` or `&` at the start of text (YAML reads
/// an alias or an anchor), a tab used for indentation, and a quote that is never closed.
enum YAMLSyntaxHint {
    /// Characters YAML reserves at the start of a plain value, as libyaml reports them.
    static let reservedStarts: [UInt8: String] = [
        UInt8(ascii: "%"): "`%` (a directive in YAML)",
        UInt8(ascii: "@"): "`@` (reserved in YAML)",
        UInt8(ascii: "`"): "a backtick (reserved in YAML)",
    ]

    /// The hints for libyaml's `problem` (with its `context`) at `position` in `text`.
    static func notes(problem: String, context: String?, at position: SourcePosition, text: [UInt8]) -> [String] {
        let line = lineText(position.line, in: text)
        let index = position.column - 1
        let character: UInt8? = index >= 0 && index < line.count ? line[index] : nil
        var notes: [String] = []
        if let character, let what = reservedStarts[character], problem.contains("cannot start any token") {
            notes.append("an unquoted value cannot start with \(what); quote it: \(quotedFix(line, from: index))")
        }
        if let context, context.contains("scanning an alias") || context.contains("scanning an anchor") {
            let start = lastIndex(of: context.contains("alias") ? UInt8(ascii: "*") : UInt8(ascii: "&"), before: index, in: line) ?? index
            let sign = context.contains("alias") ? "`*`" : "`&`"
            let meaning = context.contains("alias") ? "an alias (a reference to an `&anchor`)" : "an anchor"
            notes.append("a value starting with \(sign) is \(meaning) in YAML; if it is text, quote it: \(quotedFix(line, from: start))")
        }
        if let context, context.contains("quoted scalar"), problem.contains("end of stream") {
            notes.append("a quote that is never closed makes YAML read on to the end of the file; close the value with the quote it starts with")
        }
        return notes
    }

    /// The hint for an alias whose anchor does not exist: usually text that starts with `*`.
    static func undefinedAliasNote(at position: SourcePosition, text: [UInt8]) -> String {
        let line = lineText(position.line, in: text)
        return "a value starting with `*` is an alias in YAML; if it is text, quote it: \(quotedFix(line, from: position.column - 1))"
    }

    /// The line's value from `start`, up to a comment, a flow separator or the end of the line, in
    /// double quotes: `` `"%"` ``, `` `"@priya"` ``.
    static func quotedFix(_ line: [UInt8], from start: Int) -> String {
        guard start >= 0, start < line.count else { return "`\"…\"`" }
        var end = start
        let inFlow = line[..<start].contains(UInt8(ascii: "{")) || line[..<start].contains(UInt8(ascii: "["))
        while end < line.count {
            let byte = line[end]
            if byte == UInt8(ascii: "#"), end > start, line[end - 1] == UInt8(ascii: " ") { break }
            if inFlow, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
            end += 1
        }
        var value = String(decoding: line[start..<end], as: UTF8.self)
        while value.hasSuffix(" ") || value.hasSuffix("\t") || value.hasSuffix("\r") { value.removeLast() }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let fix = "\(keyBefore(start, in: line).map { "\($0): " } ?? "")\"\(escaped)\""
        return fix.contains("`") ? fix : "`\(fix)`"
    }

    /// The key of a `key: value` pair whose value starts at `start`, for a fix that reads like the line.
    private static func keyBefore(_ start: Int, in line: [UInt8]) -> String? {
        var colon = start - 1
        while colon >= 0, line[colon] == UInt8(ascii: " ") { colon -= 1 }
        guard colon > 0, line[colon] == UInt8(ascii: ":") else { return nil }
        var keyStart = colon
        while keyStart > 0, ![UInt8(ascii: " "), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "-")].contains(line[keyStart - 1]) { keyStart -= 1 }
        let key = String(decoding: line[keyStart..<colon], as: UTF8.self)
        return key.isEmpty ? nil : key
    }

    private static func lastIndex(of byte: UInt8, before index: Int, in line: [UInt8]) -> Int? {
        var position = min(index, line.count - 1)
        while position >= 0 {
            if line[position] == byte { return position }
            position -= 1
        }
        return nil
    }

    /// The bytes of 1-based `number` line, without its line break.
    static func lineText(_ number: Int, in text: [UInt8]) -> [UInt8] {
        var line = 1
        var start = 0
        while line < number, start < text.count {
            if text[start] == 0x0A { line += 1 }
            start += 1
        }
        guard line == number else { return [] }
        var end = start
        while end < text.count, text[end] != 0x0A { end += 1 }
        return Array(text[start..<end])
    }
}
