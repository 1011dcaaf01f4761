import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Explanations and numbers in words")
struct ExplanationTextTests {
    @Test("enormous and tiny numbers stay short", arguments: [1e19, -1e19, 1.7e308, -1.7e308, 5e-324])
    func extremeNumbers(value: Double) {
        #expect(DisplayNumber.format(value).count < 16)
        #expect(!ExplanationText.sentence(.outsideBands(value: value), unit: "ms").isEmpty)
    }

    @Test("every no-data reason reads as a clause", arguments: [
        (NoDataReason.noWindow, "the measurement has no valid window"),
        (.unknownMetric("deploy", suggestions: []), "no input holds the metric `deploy`"),
        (.unknownMetric("deploy", suggestions: ["deploys"]), "no input holds the metric `deploy` (did you mean `deploys`?)"),
        (.unknownMetric("deploy", suggestions: ["a", "b", "c"]), "no input holds the metric `deploy` (did you mean `a`, `b` or `c`?)"),
        (.unconvertible(from: "s", to: "%"), "observations in s cannot be converted to %"),
        (.formula("denominator `count(deployments)` is 0"), "denominator `count(deployments)` is 0"),
    ])
    func reasons(reason: NoDataReason, text: String) {
        #expect(ExplanationText.describe(reason) == text)
        #expect(ExplanationText.sentence(.noData(reason), unit: "ms") == "No data: \(text).")
    }

    @Test("a target derived from a change reads as its bound")
    func intervals() {
        #expect(ExplanationText.describe(Interval(upper: 0.496, upperInclusive: true), unit: "USD") == "<= 0.496 USD")
        #expect(ExplanationText.describe(Interval(lower: 5, upper: 10), unit: "%") == ">= 5% and < 10%")
        #expect(ExplanationText.describe(Interval(), unit: "ms") == "any value")
    }
}
