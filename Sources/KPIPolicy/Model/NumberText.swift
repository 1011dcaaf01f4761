import Foundation

/// Strict reading and stable writing of numbers in policies.
public enum NumberText {
    /// Reads a YAML number the strict way: no leading zeros (`012`), no sexagesimal (`1:30`), no
    /// `.inf`/`.nan`, no hex. Accepts `-3`, `0.85`, `200`, `1e3`, `1_000` is refused.
    public static func parse(_ text: String) -> Swift.Result<Double, ScalarError> {
        let bytes = Array(text.utf8)
        func fail(_ why: String) -> Swift.Result<Double, ScalarError> {
            .failure(ScalarError(rule: RuleID.wrongType, message: "`\(text)` is not a number: \(why)"))
        }
        // A byte test: `contains(":")` went through Foundation's substring search on every number.
        if bytes.contains(UInt8(ascii: ":")) { return fail("`:` makes YAML 1.1 read it as base-60; write the value in one unit, e.g. `90` for 1:30") }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - integerStart
        if integerDigits == 0 { return fail("it must start with a digit") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
            return fail("leading zeros are ambiguous (YAML 1.1 reads `012` as octal); write `12`")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index == fractionStart { return fail("a digit must follow the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index == exponentStart { return fail("the exponent needs digits") }
        }
        if index != bytes.count { return fail("unexpected `\(String(decoding: bytes[index...], as: UTF8.self))`") }
        guard let value = Double(text), value.isFinite else { return fail("it is out of range") }
        return .success(value)
    }

    /// A short, stable rendering: `2000`, `0.1`, `3.25`, at most six decimals; `6.62252e+18` (six
    /// significant digits) from 10^15 on,
    /// and `nan`, `inf` or `-inf` for what is not a number (never a trap).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        if abs(value) >= 1e15 { return printed("%g", value) }
        if value == value.rounded() { return String(Int64(value)) }
        let text = printed("%.6f", value, trimmingZeros: true)
        return text == "-0" ? "0" : text
    }

    /// C's `printf` of one double, as `String(format:)` writes it: called for every number of a
    /// report, where Foundation's formatter cost more than the rest of rendering the number.
    /// `trimmingZeros` drops the trailing zeros of the decimals, and the point when none are left.
    private static func printed(_ format: String, _ value: Double, trimmingZeros: Bool = false) -> String {
        // `%.6f` of a value below 10^15 and `%g` of any value fit in 64 bytes.
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String in
            guard let start = buffer.baseAddress else { return String(format: format, value) }
            let printed = withVaList([value]) { vsnprintf(start, buffer.count, format, $0) }
            guard printed >= 0, Int(printed) < buffer.count else { return String(format: format, value) }
            var length = Int(printed)
            if trimmingZeros, buffer[..<length].contains(CChar(UInt8(ascii: "."))) {
                while length > 0, buffer[length - 1] == CChar(UInt8(ascii: "0")) { length -= 1 }
                if length > 0, buffer[length - 1] == CChar(UInt8(ascii: ".")) { length -= 1 }
            }
            return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
