import KPIPolicy

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the `time` and `value` fields shared by the CSV and NDJSON readers, with their messages.
enum FieldReading {
    /// A timestamp field; `span` is the field's byte span in the line, for the problem's position.
    static func time(_ bytes: UnsafeBufferPointer<UInt8>, span: Range<Int>) -> Result<Timestamp, RowProblem> {
        if bytes.isEmpty { return .failure(RowProblem(message: "missing time", bytes: span)) }
        switch TimestampParser.parse(bytes) {
        case .success(let time): return .success(time)
        case .failure(let error):
            return .failure(RowProblem(message: "bad time \(quoted(bytes)): \(error.message)", bytes: span))
        }
    }

    /// A value field in decimal notation (JSON's stricter grammar with `json`).
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, span: Range<Int>, json: Bool = false)
        -> Result<Double, RowProblem>
    {
        if bytes.isEmpty { return .failure(RowProblem(message: "missing value", bytes: span)) }
        switch DecimalNumber.parse(bytes, json: json) {
        case .success(let value): return .success(value)
        case .failure(.notFinite):
            return .failure(RowProblem(message: "value \(quoted(bytes)) is not a finite number", bytes: span))
        case .failure(.outOfRange):
            return .failure(RowProblem(
                message: "value \(quoted(bytes)) is out of range (larger than a double can hold)", bytes: span))
        case .failure(.malformed):
            return .failure(RowProblem(message: "value \(quoted(bytes)) is not a number", bytes: span))
        }
    }
}

