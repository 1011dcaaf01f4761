import KPITestSupport
import Testing
@testable import KPIPolicy

@Suite("Decimal numbers")
struct DecimalNumberTests {
    private func parse(_ text: String, json: Bool = false) -> Result<Double, DecimalNumber.Failure> {
        Array(text.utf8).withUnsafeBufferPointer { DecimalNumber.parse($0, json: json) }
    }

    @Test(arguments: [
        "0", "-0", "1.5", "+2", ".5", "5.", "1e3", "1E-3", "-3.5e2", "0.1", "0.30000000000000004",
        "123456789012345678901234567890", "9007199254740993", "1e22", "1e23", "4.9e-324", "1e-400",
        "2.2250738585072014e-308", "1.7976931348623157e308", "0000.000100", "12345678901234567890.5",
        "3.14159265358979323846264338327950288", "100000000000000000000000e-10",
    ])
    func agreesWithTheStandardLibrary(text: String) throws {
        let expected = try #require(Double(text))
        #expect(try parse(text).get().bitPattern == expected.bitPattern)
    }

    @Test func agreesOnRandomNumbers() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let short = Double.random(in: -1e6...1e6, using: &generator)
            for text in [value.description, short.description, String(format: "%.6f", short)] {
                #expect(try parse(text).get() == Double(text)!, "\(text)")
            }
        }
    }

    @Test(arguments: [
        ("", DecimalNumber.Failure.malformed), ("-", .malformed), ("+", .malformed), (".", .malformed),
        ("e5", .malformed), ("1e", .malformed), ("1e+", .malformed), ("0x10", .malformed), ("1,5", .malformed),
        (" 1", .malformed), ("1 ", .malformed), ("1..2", .malformed), ("--1", .malformed), ("1_000", .malformed),
        ("nan", .notFinite), ("NaN", .notFinite), ("-inf", .notFinite), ("Infinity", .notFinite),
        ("+INF", .notFinite), ("1e999", .outOfRange), ("-1e400", .outOfRange),
    ])
    func rejects(text: String, failure: DecimalNumber.Failure) {
        #expect(parse(text) == .failure(failure))
    }

    @Test func jsonGrammar() {
        #expect(parse("-0.5", json: true) == .success(-0.5))
        #expect(parse("0", json: true) == .success(0))
        #expect(parse("1e5", json: true) == .success(100_000))
        for text in ["+1", "01", ".5", "5.", "-", "-.5"] {
            #expect(parse(text, json: true) == .failure(.malformed), "\(text)")
        }
        #expect(parse("NaN", json: true) == .failure(.notFinite))
        #expect(parse("-Infinity", json: true) == .failure(.notFinite))
    }
}
