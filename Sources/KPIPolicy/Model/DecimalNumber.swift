/// Reads a decimal number from UTF-8 bytes without allocating: the hot path of every observation row.
///
/// The syntax is checked by hand first, so only plain decimal notation passes (`1.5`, `-2`, `.5`,
/// `3e-4`; not `0x1p3`, ` 1`, `1,5`, `nan` or `inf`). Numbers with at most 19 significant digits and a
/// power of ten within ±22 are converted exactly (Clinger's fast path: one correctly rounded
/// multiplication or division of two exact doubles); anything longer falls back to the standard
/// library's correctly rounded, locale-independent parser. A result that overflows is rejected.
package enum DecimalNumber {
    package enum Failure: Error, Equatable {
        /// Not a number in decimal notation.
        case malformed
        /// `nan`, `inf` or `infinity` (any case, any sign).
        case notFinite
        /// Too large for a double, such as `1e999`.
        case outOfRange
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Parses the whole of `bytes`. With `json`, only JSON's number grammar is accepted (no `+`, no
    /// leading zeros, digits on both sides of the point).
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>, json: Bool = false) -> Result<Double, Failure> {
        let n = bytes.count
        guard n > 0 else { return .failure(.malformed) }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") {
            negative = true
            i = 1
        } else if bytes[0] == UInt8(ascii: "+"), !json {
            i = 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var inexact = false

        let integerStart = i
        while i < n {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            if mantissa == 0, digit == 0 {
                // a leading zero adds nothing
            } else if significant < 19 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                significant += 1
            } else {
                exponent += 1
                if digit != 0 { inexact = true }
            }
            i += 1
        }
        let integerDigits = i - integerStart
        if json, integerDigits == 0 || (integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) {
            return .failure(nonFiniteWord(bytes, from: integerStart) ? .notFinite : .malformed)
        }
        var fractionDigits = 0
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < n {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if mantissa == 0, digit == 0 {
                    exponent -= 1
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significant += 1
                    exponent -= 1
                } else if digit != 0 {
                    inexact = true
                }
                i += 1
            }
            fractionDigits = i - fractionStart
            if json, fractionDigits == 0 { return .failure(.malformed) }
        }
        if integerDigits + fractionDigits == 0 {
            return .failure(nonFiniteWord(bytes, from: integerStart) ? .notFinite : .malformed)
        }
        if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var exponentNegative = false
            if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let exponentStart = i
            var value = 0
            while i < n {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if value < 100_000 { value = value * 10 + Int(digit) }
                i += 1
            }
            if i == exponentStart { return .failure(.malformed) }
            exponent += exponentNegative ? -value : value
        }
        guard i == n else { return .failure(.malformed) }

        if mantissa == 0 { return .success(negative ? -0.0 : 0.0) }
        if !inexact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            var value = Double(mantissa)
            if exponent >= 0 { value *= powersOfTen[exponent] } else { value /= powersOfTen[-exponent] }
            return .success(negative ? -value : value)
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return .failure(.malformed) }
        return value.isFinite ? .success(value) : .failure(.outOfRange)
    }

    /// Whether the bytes from `start` spell `nan`, `inf` or `infinity` in any case.
    private static func nonFiniteWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard bytes.count - start <= 8 else { return false }
        var word = ""
        for index in start..<bytes.count {
            let byte = bytes[index] | 0x20  // ASCII lowercase
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return false }
            word.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return word == "nan" || word == "inf" || word == "infinity"
    }
}
