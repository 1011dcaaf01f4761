import Foundation

/// A buffered file writer with the few formatting helpers the generators need. Rows are formatted by
/// hand (integers, fixed-point decimals, ISO-8601 times) because `String(format:)` and `Date`
/// formatting would make ten million rows take minutes instead of seconds.
final class Output {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []

    init(path: String) {
        guard let file = fopen(path, "w") else {
            FileHandle.standardError.write(Data("kpi-bench-generate: cannot write \(path)\n".utf8))
            exit(2)
        }
        self.file = file
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func byte(_ value: UInt8) { buffer.append(value) }

    /// A non-negative integer, zero-padded to `width` digits.
    func integer(_ value: Int, width: Int = 1) {
        var digits = 1
        var limit = 10
        while value >= limit, digits < 19 {
            digits += 1
            limit &*= 10
        }
        let count = max(digits, width)
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var rest = value
        var index = start + count - 1
        while rest > 0 {
            buffer[index] = UInt8(48 + rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// A non-negative number with exactly three decimals (`12.345`), rounded half up.
    func thousandths(_ value: Double) {
        let scaled = Int((value * 1000).rounded())
        integer(scaled / 1000)
        byte(UInt8(ascii: "."))
        integer(scaled % 1000, width: 3)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since the epoch.
    func time(_ seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        let (year, month, day) = civil(days)
        integer(year, width: 4); byte(UInt8(ascii: "-"))
        integer(month, width: 2); byte(UInt8(ascii: "-"))
        integer(day, width: 2); byte(UInt8(ascii: "T"))
        integer(second / 3600, width: 2); byte(UInt8(ascii: ":"))
        integer(second / 60 % 60, width: 2); byte(UInt8(ascii: ":"))
        integer(second % 60, width: 2); byte(UInt8(ascii: "Z"))
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        buffer.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        fclose(file)
    }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/// Seconds since the epoch of 00:00 UTC on a date (inverse of `civil`).
func epochSeconds(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return (era * 146_097 + doe - 719_468) * 86_400
}
