import Testing
@testable import KPIPolicy

@Suite("Quantity text")
struct QuantityTextTests {
    /// ASCII quantities are read byte by byte and others by Character: both must cut the number
    /// from the unit at the same place and report the same problems.
    @Test("numbers and units are cut at the same place in ASCII and other text", arguments: [
        ("2 s", "2", "s"), ("1e3 ms", "1000", "ms"), ("-3.5%", "-3.5", "%"), ("  0.40 USD ", "0.4", "USD"),
        ("7e-1", "0.7", nil), ("3 deploys/week", "3", "deploys/week"), ("+40%", "40", "%"),
    ] as [(String, String, String?)])
    func cuts(text: String, number: String, unit: String?) throws {
        let quantity = try Quantity.parse(text).get()
        #expect(NumberText.format(quantity.value) == number)
        #expect(quantity.unit?.symbol == unit)
    }

    @Test("text that is not a quantity gets the same findings, ASCII or not")
    func problems() {
        func message(_ text: String) -> String? {
            if case .failure(let error) = Quantity.parse(text) { return error.message }
            return nil
        }
        #expect(message("1:30 h")?.contains("base-60") == true)
        #expect(message("2e s")?.contains("unknown unit `e s`") == true)
        #expect(message("s 2")?.contains("is not a quantity") == true)
        #expect(message("012 ms")?.contains("leading zeros") == true)
        #expect(message("٣ s")?.contains("must start with a digit") == true)  // an Arabic-Indic three is a number, not a digit
        #expect(message("2 µs")?.contains("unknown unit `µs`") == true)
        #expect(message("\t2 s\t") == nil)
    }
}
