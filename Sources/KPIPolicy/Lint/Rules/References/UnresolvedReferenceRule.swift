extension LintRule {
    static let unresolvedReference = LintRule(
        id: RuleID.unresolvedReference, name: "Unresolved reference",
        summary: "Owners, reviews, teams, key-result KPIs, target references and segment labels must name something declared.",
        rationale: "A KPI reviewed at a meeting nobody holds, or a key result on a KPI that was renamed, silently drops out of every report.",
        category: .references, severity: .error,
        triggering: [
            .kpi(["review": "↓weekly-synk"]),
            .kpi(["owner": "↓carla"]),
            .kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results: [{ kpi: ↓inference-latancy }]\n"),
            .kpi(["unit": "req/s", "better": "higher", "target": "↓\">= 2x expected-peek\"", "references": "{ expected-peak: 400 req/s }", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 600 req/s }", "improvement": "{ change: +40%, within: 60d }"]),
            .yaml("""
                apiVersion: kpi/v1
                team: ↓ml-platfrom
                kpis: {}
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: mlops-engineer
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: req/s
                    better: higher
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: ">= 2x expected-peak"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 600 req/s }
                    improvement: { change: +40%, within: 60d }
                    references: { expected-peak: 400 req/s }
                """),
        ],
        check: unresolvedReferenceFindings(in:)
    )
}

private func unresolvedReferenceFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    let teamIDs = context.set.teams.map(\.id.value)
    for document in context.set.documents where document.declaredTeam == nil {
        if let reference = document.teamReference, context.team(of: reference.value) == nil {
            findings.append(LintFinding(
                "team `\(reference.value)` is not declared in any file of this policy set\(suggest(reference.value, teamIDs))",
                at: reference.range))
        }
    }
    for kpi in context.set.kpis {
        guard let team = context.team(of: kpi.team) else { continue }
        if let owner = kpi.owner, case .single(let name) = owner.value, team.people(resolving: name).isEmpty {
            findings.append(unresolvedOwner(name, at: owner.range, team: team))
        }
        if let review = kpi.review, team.review(review.value) == nil {
            let known = team.reviews.map(\.id.value)
            findings.append(LintFinding(
                "review `\(review.value)` is not one of team `\(team.id.value)`'s reviews\(suggestID(review.value, known))",
                at: review.range, notes: known.isEmpty ? [.init("declare it under `team.reviews`")] : []))
        }
        if let unit = kpi.unit?.value {
            let references = kpi.referenceValues
            for target in kpi.allTargets {
                if case .failure(let error) = target.value.interval(in: unit, references: references), error.rule == LintRule.unresolvedReference.id {
                    findings.append(LintFinding(error.message + (error.suggestion.map { "; did you mean `\($0)`?" } ?? ""), at: target.range))
                }
            }
        }
        if let labels = kpi.measurement?.labels {
            let declared = labels.map(\.value)
            for segment in kpi.segments {
                for label in segment.labels where !declared.contains(label.key.value) {
                    findings.append(LintFinding(
                        "segment `\(segment.id.value)` selects on label `\(label.key.value)`, which `measurement.labels` does not list\(suggest(label.key.value, declared))",
                        at: label.key.range))
                }
            }
        }
    }
    for objective in context.set.objectives {
        if let team = context.team(of: objective.team), let owner = objective.owner, case .single(let name) = owner.value, team.people(resolving: name).isEmpty {
            findings.append(unresolvedOwner(name, at: owner.range, team: team))
        }
        for keyResult in objective.keyResults {
            // A lookup by id, not a scan of `kpiIDs`: a set can hold thousands of key results and KPIs.
            if let kpi = keyResult.kpi, context.set.kpi(kpi.value) == nil {
                findings.append(LintFinding("key result refers to KPI `\(kpi.value)`, which no policy declares\(suggest(kpi.value, context.set.kpis.map(\.id.value)))", at: kpi.range))
            }
        }
    }
    return findings
}

private func unresolvedOwner(_ name: String, at range: SourceRange, team: Team) -> LintFinding {
    let candidates = team.people.map(\.id.value) + team.people.flatMap { $0.roles.map(\.value) }
    // A person's display name (`Priya Raman`) names their id.
    let names = Dictionary(team.people.compactMap { person in person.name.map { ($0.value, person.id.value) } }, uniquingKeysWith: { first, _ in first })
    return LintFinding(
        "owner `\(name)` is neither a person nor a role in team `\(team.id.value)`\(suggestID(name, candidates, aliases: names))",
        at: range, notes: [.init("owners are person ids or roles held by exactly one person")])
}
