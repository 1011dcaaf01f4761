import Testing
@testable import KPIEvaluation
import KPIPolicy

@Suite("Data checks: unknown and unused metrics, unreadable and mostly bad files")
struct DataCheckTests {
    typealias F = EvaluationFixture

    static let deploys = F.kpi(
        "deploys", unit: "deploys/week", better: "higher",
        measurement: "{ metric: deploy, statistic: rate, window: 28d, every: weekly }", extra: "target: \">= 1\"")

    static func evaluate(_ kpis: String, _ observations: [Observation]) -> (EvaluationReport, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let report = Evaluator(asOf: time("2026-11-20")).evaluate(
            F.policy(kpis), source: ObservationListSource(observations), diagnostics: &diagnostics)
        return (report, diagnostics.all)
    }

    static let weekOfDeploys = (10...16).map { F.observation("deploys", "2026-11-\($0)T12:00:00Z", 1) }

    @Test("a misspelt metric is no-data, never a zero, with a finding that suggests the metrics that occur")
    func misspeltMetric() throws {
        let (report, findings) = Self.evaluate(Self.deploys, Self.weekOfDeploys + [F.observation("latency_ms", "2026-11-19T00:00:00Z", 1)])
        let result = try #require(report.kpi("deploys"))
        #expect(result.status == .noData)
        #expect(result.value == nil)
        #expect(result.trend?.points.allSatisfy { $0.value == nil } == true)
        #expect(result.explanation.first == .noData(.unknownMetric("deploy", suggestions: ["deploys"])))
        let finding = try #require(findings.first { $0.rule == ObservationRuleID.unknownMetric })
        #expect(finding.severity == .warning)
        #expect(finding.message == "KPI `deploys` reads the metric `deploy`, which no input holds, so it has no data; did you mean `deploys`?")
        // `measurement: { metric: deploy, … }` on the KPI's ninth line: the finding points at `deploy`.
        #expect(finding.range.file == "test.yaml")
        #expect(finding.range.end.column - finding.range.start.column == "deploy".count)
        #expect(report.diagnostics.contains(finding))
    }

    @Test("a metric that exists but has no rows in the window is a real zero for a count")
    func knownMetricWithoutRows() {
        let (report, findings) = Self.evaluate(
            Self.deploys.replacingOccurrences(of: "metric: deploy,", with: "metric: deploys,").replacingOccurrences(of: "every: weekly", with: "every: per-release"),
            [F.observation("deploys", "2026-08-01T12:00:00Z", 1)])
        #expect(report.kpi("deploys")?.value == 0)
        #expect(report.kpi("deploys")?.status == .missed)
        #expect(!findings.contains { $0.rule == ObservationRuleID.unknownMetric })
    }

    @Test("a misspelt formula operand makes the formula no-data; the finding points at the operand")
    func misspeltOperand() throws {
        let kpi = F.kpi("rollback-rate", unit: "%", measurement: "{ formula: \"count(rollback) / count(deployments)\", window: 30d, every: per-release }", extra: "target: \"< 5%\"")
        let deployments = (1...9).map { F.observation("deployments", "2026-11-1\($0)T10:00:00Z", 1) }
        let (report, findings) = Self.evaluate(kpi, deployments + [F.observation("rollbacks", "2026-11-12T10:00:00Z", 1)])
        #expect(report.kpi("rollback-rate")?.status == .noData)  // count(rollback) would have been 0: met
        let finding = try #require(findings.first { $0.rule == ObservationRuleID.unknownMetric })
        #expect(finding.message.contains("the formula operand `rollback`"))
        #expect(finding.message.hasSuffix("did you mean `rollbacks`?"))
        let line = F.policy(kpi).kpis[0].measurement!.formula!.range.start
        #expect(finding.range.start.line == line.line)
        // `{ formula: "count(rollback) / …` — the operand starts 7 columns into the quoted text.
        #expect(finding.range.start.column == line.column + 1 + 6)
        #expect(finding.range.end.column == finding.range.start.column + "rollback".count)
    }

    @Test("an agreement metric no input holds is a finding too")
    func misspeltAgreement() {
        let kpi = F.kpi("hallucination", unit: "%", measurement: "{ metric: hallucinated, statistic: mean, window: 30d, every: monthly, judgement: human }", extra: """
            target: "< 3%"
            evidence: { min-samples: 1, agreement: { metric: kapa, at-least: 0.8 } }
            """)
        let (report, findings) = Self.evaluate(kpi, [
            F.observation("hallucinated", "2026-11-12T09:00:00Z", 0), F.observation("kappa", "2026-11-15T00:00:00Z", 0.85),
        ])
        #expect(report.kpi("hallucination")?.status == .insufficientEvidence)
        #expect(findings.contains { $0.rule == ObservationRuleID.unknownMetric && $0.message.contains("the agreement metric `kapa`") && $0.message.contains("`kappa`") })
    }

    @Test("suggestions are the closest metrics that occur, at most three; none when nothing is close")
    func suggestions() {
        let catalogue: Set<String> = ["deploys", "deploy_count", "deploys_total", "latency_ms", "Deploy", "deplo", "dePloy_"]
        #expect(MetricSuggestions.closest(to: "deploy", in: catalogue) == ["Deploy", "dePloy_", "deplo"])
        #expect(MetricSuggestions.closest(to: "throughput", in: catalogue).isEmpty)
        #expect(MetricSuggestions.question(["a", "b", "c"]) == "did you mean `a`, `b` or `c`?")
        #expect(MetricSuggestions.question([]) == nil)
    }

    @Test("metrics the files hold that no KPI reads are one info finding")
    func unusedMetrics() throws {
        let folder = TemporaryFolder()
        let first = folder.write("a.csv", "metric,time,value\ndeploys,2026-11-12T00:00:00Z,1\nold_deploys,2026-11-12T00:00:00Z,1\n")
        let second = folder.write("b.csv", "metric,time,value\nzeta,2026-11-12T00:00:00Z,1\n")
        var diagnostics = Diagnostics()
        let set = F.policy(Self.deploys.replacingOccurrences(of: "metric: deploy,", with: "metric: deploys,"))
        let report = Evaluator(asOf: time("2026-11-20")).evaluate(set, metrics: [first, second], diagnostics: &diagnostics)
        let unused = diagnostics.all.filter { $0.rule == ObservationRuleID.unusedMetric }
        #expect(unused.count == 1)
        #expect(unused.first?.severity == .info)
        #expect(unused.first?.message == "the observations hold 2 metrics that no KPI reads: `old_deploys`, `zeta`")
        #expect(unused.first?.range.file == first)
        #expect(unused.first?.notes.map(\.message) == ["`old_deploys` first appears in \(first)", "`zeta` first appears in \(second)"])
        #expect(report.kpi("deploys")?.value == 0.25)  // one deploy in 28 days
    }

    @Test("a file of which no row can be read is an error naming the problem that dominated")
    func noReadableRow() throws {
        let folder = TemporaryFolder()
        var text = "metric,time,value\n"
        for hour in 0..<30 { text += "deploys,2026-11-12T\(hour % 24 < 10 ? "0" : "")\(hour % 24):00:00,1\n" }
        text += "deploys,2026-11-12,x\n"
        let path = folder.write("o.csv", text)
        for pieceBytes in [64, 8 << 20] {
            var options = ObservationReadOptions()
            options.pieceBytes = pieceBytes
            var diagnostics = Diagnostics()
            _ = ObservationFileSource(paths: [path], options: options).answer(
                EvaluationPlan(F.policy(Self.deploys), asOf: time("2026-11-20")).batch, diagnostics: &diagnostics)
            let finding = try #require(diagnostics.all.first { $0.rule == ObservationRuleID.noReadableRows })
            #expect(finding.severity == .error)
            #expect(finding.range.start.line == 2)
            #expect(finding.message.hasPrefix("no row of `\(path)` could be read: all 31 rows are bad; most (30 rows like line 2: bad time `2026-11-12T00:00:00`: missing UTC offset"))
            #expect(finding.notes.map(\.message) == ["also 1 row like line 32: value `x` is not a number"])
        }
    }

    @Test("a file of mostly bad rows gets one summary warning; half bad gets none")
    func mostlyBad() throws {
        let folder = TemporaryFolder()
        let good = "deploys,2026-11-12T00:00:00Z,1\n"
        let bad = "deploys,2026-11-12T00:00:00Z,one\n"
        let mostly = readObservations([folder.write("mostly.csv", "metric,time,value\n" + good + bad + bad)])
        let warning = try #require(mostly.diagnostics.first { $0.rule == ObservationRuleID.mostlyBadRows })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasSuffix("are bad (66%) and were skipped; most (2 rows like line 3: value `one` is not a number)"))
        let half = readObservations([folder.write("half.csv", "metric,time,value\n" + good + bad)])
        #expect(!half.diagnostics.contains { $0.rule == ObservationRuleID.mostlyBadRows || $0.rule == ObservationRuleID.noReadableRows })
    }

    @Test("a file read to its end with no row at all gets one located warning, read whole or in pieces", arguments: [
        ("header.csv", "metric,time,value\n", "it has a header and no rows"),
        ("header-no-newline.csv", "\u{FEFF}metric,time,value", "it has a header and no rows"),
        ("empty.ndjson", "", "it has no rows"),
        ("blank.jsonl", "\n\n\n", "it has no rows"),
        ("blank.csv", "metric,time,value\r\n" + String(repeating: "\n", count: 300), "it has a header and no rows"),
    ])
    func noObservations(name: String, text: String, reason: String) throws {
        let folder = TemporaryFolder()
        let path = folder.write(name, text)
        for result in [readObservations([path]), ObservationPiecesTests.readInPieces([path], pieceBytes: 64)] {
            #expect(result.diagnostics.count == 1)
            let warning = try #require(result.diagnostics.first)
            #expect(warning.rule == ObservationRuleID.noObservations)
            #expect(warning.severity == .warning)
            #expect(warning.range.file == path && warning.range.start.line == 1)
            #expect(warning.message == "`\(path)` holds no observations: \(reason), so nothing of it reaches the evaluation")
            #expect(result.counts.goodRows == 0 && result.counts.badRows == 0)
        }
    }

    @Test("a file that failed on its own terms gets its error, not also a no-observations warning")
    func failedFileHasNoEmptyWarning() {
        let folder = TemporaryFolder()
        for path in [folder.write("zero.csv", ""), folder.write("bad-header.csv", "metric,time\n"), folder.path + "/missing.csv"] {
            let result = readObservations([path])
            #expect(result.diagnostics.map(\.severity) == [.error], "\(path)")
            #expect(!result.diagnostics.contains { $0.rule == ObservationRuleID.noObservations })
        }
    }

    @Test("problems that differ only in quoted values and numbers are one kind")
    func kinds() {
        #expect(BadRowTally.kind(of: "bad time `2026-11-12T00:00:00`: missing UTC offset: add `Z` for UTC")
            == BadRowTally.kind(of: "bad time `2025-01-02T10:00:00`: missing UTC offset: add `Z` for UTC"))
        #expect(BadRowTally.kind(of: "expected 5 columns (a,b) but found 3") == BadRowTally.kind(of: "expected 5 columns (a,b) but found 12"))
        #expect(BadRowTally.kind(of: "value `x` is not a number") != BadRowTally.kind(of: "missing value"))
    }
}
