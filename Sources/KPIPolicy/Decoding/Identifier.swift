/// Kebab-case ids for teams, people, KPIs, objectives, reviews and segments.
enum Identifier {
    static func isKebabCase(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= 97, first <= 122, bytes.last != UInt8(ascii: "-") else { return false }
        var previousDash = false
        for byte in bytes {
            let isDash = byte == UInt8(ascii: "-")
            guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || isDash else { return false }
            if isDash && previousDash { return false }
            previousDash = isDash
        }
        return true
    }

    /// Checks an id key and returns it located; a bad id is reported but still returned, so that
    /// references to it resolve and one mistake gives one finding.
    static func read(_ key: YAMLNode, file: String, kind: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let text = key.scalar else {
            diagnostics.emit(.error, RuleID.wrongType, "a \(kind) id must be a name, not \(key.kindDescription)", at: key.range(in: file))
            return nil
        }
        if !isKebabCase(text) {
            let suggestion = suggestedId(text)
            diagnostics.emit(
                .error, RuleID.invalidId,
                "\(kind) id `\(text)` is not kebab-case; use lowercase letters, digits and single dashes\(suggestion.map { ", e.g. `\($0)`" } ?? "")",
                at: key.range(in: file))
        }
        return Located(text, at: key.range(in: file))
    }

    static func suggestedId(_ text: String) -> String? {
        var result = ""
        for character in text {
            if character.isUppercase, !result.isEmpty, result.last != "-" { result.append("-") }
            if character.isLetter || character.isNumber {
                result.append(contentsOf: character.lowercased())
            } else if result.last != "-", !result.isEmpty {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return isKebabCase(result) ? result : nil
    }
}
