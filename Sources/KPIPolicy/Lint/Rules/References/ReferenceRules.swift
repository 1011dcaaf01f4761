extension LintRule {
    static let unresolvedReference = LintRule(
        id: "unresolved-reference", name: "Unresolved reference",
        summary: "Owners, reviews, teams, key-result KPIs, target references and segment labels must name something declared.",
        rationale: "A KPI reviewed at a meeting nobody holds, or a key result on a KPI that was renamed, silently drops out of every report.",
        category: .references, severity: .error,
        triggering: [
            Examples.kpi(["review": "↓weekly-synk"]),
            Examples.kpi(["owner": "↓carla"]),
            Examples.kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results: [{ kpi: ↓inference-latancy }]\n"),
            Examples.kpi(["unit": "req/s", "better": "higher", "target": "↓\">= 2x expected-peek\"", "references": "{ expected-peak: 400 req/s }", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 600 req/s }", "improvement": "{ change: +40%, within: 60d }"]),
            "apiVersion: kpi/v1\nteam: ↓ml-platfrom\nkpis: {}\n",
        ],
        nonTriggering: [
            Examples.kpi(["owner": "mlops-engineer"]),
            Examples.kpi(["unit": "req/s", "better": "higher", "target": "\">= 2x expected-peak\"", "references": "{ expected-peak: 400 req/s }", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 600 req/s }", "improvement": "{ change: +40%, within: 60d }"]),
        ]
    ) { context in
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
                    "review `\(review.value)` is not one of team `\(team.id.value)`'s reviews\(suggest(review.value, known))",
                    at: review.range, notes: known.isEmpty ? [.init("declare it under `team.reviews`")] : []))
            }
            if let unit = kpi.unit?.value {
                let references = kpi.referenceValues
                for target in kpi.allTargets {
                    if case .failure(let error) = target.value.interval(in: unit, references: references), error.rule == "unresolved-reference" {
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

    private static func unresolvedOwner(_ name: String, at range: SourceRange, team: Team) -> LintFinding {
        let candidates = team.people.map(\.id.value) + team.people.flatMap { $0.roles.map(\.value) }
        return LintFinding(
            "owner `\(name)` is neither a person nor a role in team `\(team.id.value)`\(suggest(name, candidates))",
            at: range, notes: [.init("owners are person ids or roles held by exactly one person")])
    }

    static let duplicateID = LintRule(
        id: "duplicate-id", name: "Duplicate id",
        summary: "KPI and objective ids must be unique across the policy set, and a team is declared once.",
        rationale: "Reports, key results and suppressions refer to KPIs by id; two KPIs with one id make every such reference ambiguous.",
        category: .references, severity: .error,
        triggering: [Examples.kpi() + "---\napiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  ↓inference-latency:\n    name: Latency again\n"],
        nonTriggering: [Examples.kpi() + "---\napiVersion: kpi/v1\nteam: ml-platform\nkpis: {}\n"]
    ) { context in
        var findings: [LintFinding] = []
        func check(_ ids: [Located<String>], kind: String) {
            var first: [String: SourceRange] = [:]
            for id in ids where !id.value.isEmpty {
                if let earlier = first[id.value] {
                    findings.append(LintFinding(
                        "\(kind) `\(id.value)` is already declared at \(earlier.file):\(earlier.start.line):\(earlier.start.column); ids are unique across the policy set",
                        at: id.range, notes: [.init("first declared here", at: earlier)]))
                } else {
                    first[id.value] = id.range
                }
            }
        }
        check(context.set.kpis.map(\.id), kind: "KPI")
        check(context.set.objectives.map(\.id), kind: "objective")
        check(context.set.teams.map(\.id), kind: "team")
        return findings
    }
}

/// "; did you mean `x`?" when a close candidate exists.
func suggest(_ name: String, _ candidates: [String]) -> String {
    name.nearest(in: candidates).map { "; did you mean `\($0)`?" } ?? ""
}

extension KPI {
    /// Every target the KPI states: its own, its segments' and its bands' conditions.
    var allTargets: [Located<Target>] {
        [target].compactMap { $0 } + segments.compactMap(\.target) + (bands ?? []).compactMap(\.when)
    }
}
