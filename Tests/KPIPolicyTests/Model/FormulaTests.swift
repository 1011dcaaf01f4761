import Testing

import KPIPolicy

@Suite("Formulas over aggregates")
struct FormulaTests {
    @Test func parsesRatioOfCounts() throws {
        let formula = try Formula(parsing: "count(rollbacks) / count(deployments)")
        #expect(formula.metrics == ["rollbacks", "deployments"])
        #expect(formula.aggregates == [Aggregate(.count, of: "rollbacks"), Aggregate(.count, of: "deployments")])
        guard case .binary(.divide, let lhs, let rhs) = formula.expression.kind else {
            Issue.record("expected a division, got \(formula.expression.kind)")
            return
        }
        #expect(lhs.range == 0..<16)
        #expect(rhs.range == 19..<37)
        #expect(formula.text(of: rhs) == "count(deployments)")
        #expect(formula.calls.map(\.metricRange) == [6..<15, 25..<36])
        #expect(formula.description == "count(rollbacks) / count(deployments)")
    }

    @Test func costPerThousandInferences() throws {
        let formula = try Formula(parsing: "1000 * sum(inference_cost_usd) / sum(inference_requests)")
        #expect(formula.metrics == ["inference_cost_usd", "inference_requests"])
        let outcome = formula.evaluate([
            Aggregate(.sum, of: "inference_cost_usd"): 2.5,
            Aggregate(.sum, of: "inference_requests"): 1000,
        ])
        #expect(outcome == .value(2.5))
    }

    @Test(arguments: [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9),
        ("2 - 3 - 4", -5),
        ("8 / 4 / 2", 1),
        ("2 - -3", 5),
        ("-(2 + 3) * 2", -10),
        ("--4", 4),
        ("1e3 / 4", 250),
        ("0.5 + .25", 0.75),
        ("  p95(latency)/1000 ", 0.25),
        ("mean(latency) - median(latency)", 10),
        ("max(latency) - min(latency) + last(latency) * 0", 200),
        ("p50(latency) + p99(latency) + sum(latency) + count(latency)", 1000),
    ])
    func arithmetic(source: String, expected: Double) throws {
        let values: [Aggregate: Double] = [
            Aggregate(.p95, of: "latency"): 250, Aggregate(.mean, of: "latency"): 110,
            Aggregate(.median, of: "latency"): 100, Aggregate(.max, of: "latency"): 300,
            Aggregate(.min, of: "latency"): 100, Aggregate(.last, of: "latency"): 123,
            Aggregate(.p50, of: "latency"): 100, Aggregate(.p99, of: "latency"): 290,
            Aggregate(.sum, of: "latency"): 600, Aggregate(.count, of: "latency"): 10,
        ]
        #expect(try Formula(parsing: source).evaluate(values) == .value(expected))
    }

    @Test("a zero denominator is no data, with the reason")
    func zeroDenominator() throws {
        let formula = try Formula(parsing: "count(rollbacks) / count(deployments)")
        let outcome = formula.evaluate { $0.metric == "rollbacks" ? 0 : 0 }
        #expect(outcome == .noData(reason: "denominator `count(deployments)` is 0"))
        #expect(outcome.value == nil)
        #expect(formula.evaluate { $0.metric == "rollbacks" ? 0 : 10 } == .value(0))

        let grouped = try Formula(parsing: "count(a) / (count(b) - count(c))")
        #expect(grouped.evaluate { _ in 3 } == .noData(reason: "denominator `(count(b) - count(c))` is 0"))
    }

    @Test("a missing aggregate is no data, naming the first one missing")
    func missingAggregate() throws {
        let formula = try Formula(parsing: "mean(latency) / mean(budget) + sum(other)")
        #expect(formula.evaluate { $0.metric == "latency" ? 1 : nil } == .noData(reason: "`mean(budget)` has no data"))
        #expect(formula.evaluate([:]) == .noData(reason: "`mean(latency)` has no data"))
        #expect(formula.evaluate { _ in .nan } == .noData(reason: "`mean(latency)` is not a finite number"))
    }

    @Test("NaN and infinity never come out")
    func overflowIsNoData() throws {
        #expect(try Formula(parsing: "1e308 * 10").evaluate([:]) == .noData(reason: "`1e308 * 10` is too large to represent"))
        #expect(try Formula(parsing: "sum(a) * sum(a)").evaluate { _ in 1e200 }
            == .noData(reason: "`sum(a) * sum(a)` is too large to represent"))
        let zero = try Formula(parsing: "0 * -1").evaluate([:])
        #expect(zero == .value(0) && zero.value?.sign == .plus)
    }

    @Test func repeatedAggregatesAreListedOnce() throws {
        let formula = try Formula(parsing: "sum(a) / (sum(a) + sum(b)) + count(a)")
        #expect(formula.aggregates == [Aggregate(.sum, of: "a"), Aggregate(.sum, of: "b"), Aggregate(.count, of: "a")])
        #expect(formula.metrics == ["a", "b"])
        #expect(formula.calls.count == 4)
    }

    @Test func metricNamesMayUsePrometheusCharacters() throws {
        let formula = try Formula(parsing: "sum(http:requests_total.sum) / count(_x9)")
        #expect(formula.metrics == ["http:requests_total.sum", "_x9"])
    }

    struct ParseError: Sendable, CustomTestStringConvertible {
        var source: String
        var offset: Int
        var message: String
        var testDescription: String { source.isEmpty ? "(empty)" : source }
    }

    static let parseErrors: [ParseError] = [
        ParseError(source: "", offset: 0, message: "the formula is empty"),
        ParseError(source: "   ", offset: 3, message: "the formula is empty"),
        ParseError(source: "count(deployments", offset: 17, message: "expected ')' after argument"),
        ParseError(source: "count(a, b)", offset: 7, message: "expected ')' after argument"),
        ParseError(source: "avg(latency)", offset: 0, message: "unknown function `avg`; did you mean `mean`?"),
        ParseError(source: "1 + Mean(latency)", offset: 4, message: "unknown function `Mean`; did you mean `mean`?"),
        ParseError(source: "coutn(x)", offset: 0, message: "unknown function `coutn`; did you mean `count`?"),
        ParseError(source: "p90(latency)", offset: 0, message: "percentile `p90` is not available; use p50, p95 or p99"),
        ParseError(
            source: "frobnicate(x)", offset: 0,
            message: "unknown function `frobnicate`; expected one of count, sum, mean, median, min, max, last, p50, p95, p99"),
        ParseError(
            source: "rate(deploys)", offset: 0,
            message: "`rate` cannot be used in a formula; use `count(...)` and divide by the period"),
        ParseError(
            source: "latency / 2", offset: 0,
            message: "`latency` must be wrapped in an aggregate, e.g. `sum(latency)` or `mean(latency)`"),
        ParseError(
            source: "2 * count / 2", offset: 4,
            message: "`count` needs a metric in parentheses, e.g. `count(deployments)`"),
        ParseError(source: "count() / 2", offset: 6, message: "expected a metric name inside `count(...)`"),
        ParseError(source: "count(1) / 2", offset: 6, message: "expected a metric name inside `count(...)`"),
        ParseError(source: "count(a) count(b)", offset: 9, message: "expected an operator (+ - * /) before `count`"),
        ParseError(source: "count(a) 2", offset: 9, message: "expected an operator (+ - * /) before `2`"),
        ParseError(source: "count(a) / ", offset: 11, message: "the formula ends where a number or an aggregate was expected"),
        ParseError(source: "(count(a) + 1", offset: 13, message: "expected ')' to close '('"),
        ParseError(source: "count(a))", offset: 8, message: "unexpected ')' without a matching '('"),
        ParseError(source: "()", offset: 1, message: "expected a number or an aggregate before ')'"),
        ParseError(source: "count(a) % 2", offset: 9, message: "unexpected character `%`"),
        ParseError(source: "1.2.3 * count(a)", offset: 0, message: "malformed number `1.2.3`"),
        ParseError(source: "2x * count(a)", offset: 0, message: "malformed number `2x`"),
        ParseError(source: "1e999 * count(a)", offset: 0, message: "number `1e999` is too large"),
        ParseError(source: "+count(a)", offset: 0, message: "expected a number or an aggregate, found `+`"),
        ParseError(source: "count(a) * * 2", offset: 11, message: "expected a number or an aggregate, found `*`"),
        ParseError(source: "count(a) , 2", offset: 9, message: "unexpected `,`"),
        // Offsets count Unicode scalars, as editor columns do.
        ParseError(source: "é + count(a)", offset: 0, message: "unexpected character `é`"),
        ParseError(source: "count(a) + é", offset: 11, message: "unexpected character `é`"),
        ParseError(source: "count(ü) + 1", offset: 6, message: "unexpected character `ü`"),
    ]

    @Test(arguments: parseErrors)
    func reportsParseErrorsWithPositions(_ example: ParseError) {
        do {
            let formula = try Formula(parsing: example.source)
            Issue.record("parsed as \(formula.expression)")
        } catch {
            #expect(error.message == example.message)
            #expect(error.offset == example.offset)
        }
    }

    @Test func refusesDeepNesting() throws {
        let deep = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        #expect(throws: FormulaError.self) { try Formula(parsing: deep) }
        let deepMinus = String(repeating: "-", count: 500) + "1"
        #expect(throws: FormulaError.self) { try Formula(parsing: deepMinus) }
        let fine = String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50)
        #expect(try Formula(parsing: fine).evaluate([:]) == .value(1))
    }
}
