extension PolicyComparison {
    /// KPIs are matched by id across the whole set, so a KPI moved to another file is the same KPI.
    mutating func compareKPIs() {
        let before = Self.unique(base.kpis) { $0.id.value }
        let after = Self.unique(head.kpis) { $0.id.value }
        let beforeByID = Dictionary(before.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.map(\.id))
        for (id, kpi) in after {
            if let old = beforeByID[id] {
                compare(old, kpi)
            } else {
                add(PolicyChange(
                    kind: .kpiAdded, kpi: id, before: nil, after: PolicyChange.Value(written: kpi.name?.value ?? id),
                    summary: "added", location: kpi.id.range))
            }
        }
        for (id, kpi) in before where !afterIDs.contains(id) {
            removed(kpi)
        }
    }

    /// A removed KPI is an error when an objective of the current or a future quarter uses it.
    private mutating func removed(_ kpi: KPI) {
        let id = kpi.id.value
        let binding = uses(of: id).filter { $0.quarter >= currentQuarter }
        var reason: String?
        if !binding.isEmpty {
            let names = binding.map { "`\($0.objective)` (\($0.quarter))" }.joined(separator: ", ")
            let stillNamed = binding.filter(\.inHead).map { "`\($0.objective)`" }
            reason = "\(binding.count == 1 ? "objective" : "objectives") \(names) \(binding.count == 1 ? "uses" : "use") it as a key result"
            if !stillNamed.isEmpty {
                reason! += "; HEAD still names it in \(stillNamed.joined(separator: ", ")), whose OKR sheet cannot score it"
            }
        }
        add(PolicyChange(
                kind: .kpiRemoved, kpi: id, before: PolicyChange.Value(written: kpi.name?.value ?? id), after: nil,
                summary: "removed", reason: reason, location: kpi.id.range, locationInBase: true),
            check: binding.isEmpty ? nil : .usedKPIRemoved)
    }

    private mutating func compare(_ old: KPI, _ new: KPI) {
        let id = new.id.value
        func text(_ kind: PolicyChangeKind, _ field: String, _ a: Located<String>?, _ b: Located<String>?) {
            guard a?.value != b?.value else { return }
            add(PolicyChange(
                kind: kind, kpi: id, field: field, before: a.map { PolicyChange.Value(written: $0.value) },
                after: b.map { PolicyChange.Value(written: $0.value) }, summary: ChangeText.fieldSummary(field, before: a, after: b),
                location: b?.range ?? new.id.range))
        }
        text(.kpiChanged, "name", old.name, new.name)
        if old.category?.value != new.category?.value {
            add(PolicyChange(
                kind: .kpiChanged, kpi: id, field: "category", before: old.category.map { .init(written: $0.value.rawValue) },
                after: new.category.map { .init(written: $0.value.rawValue) }, summary: "category changed",
                reason: "the category decides which review cadence lint expects", location: new.category?.range ?? new.id.range))
        }
        text(.kpiChanged, "measures", old.measures, new.measures)
        text(.kpiChanged, "description", old.description, new.description)
        if old.team != new.team {
            add(PolicyChange(
                kind: .kpiChanged, kpi: id, field: "team", before: .init(written: old.team), after: .init(written: new.team),
                summary: "moved to another team", reason: "its owner and review now resolve in team `\(new.team)`",
                location: new.id.range))
        }
        compareOwner(old, new)
        compareUnitAndDirection(old, new)
        text(.reviewChanged, "review", old.review, new.review)
        compareMeasurement(old, new)
        compareEvidence(old, new)
        compareTargets(old, new)
        compareSegments(old, new)
        compareBaseline(old, new)
        compareImprovement(old, new)
    }

    /// The owner as written, and the people it resolves to: a role whose holder changes is a new owner too.
    private mutating func compareOwner(_ old: KPI, _ new: KPI) {
        let before = ChangeText.ownerValue(old.owner?.value, team: base.team(old.team))
        let after = ChangeText.ownerValue(new.owner?.value, team: head.team(new.team))
        guard before != after else { return }
        let summary = ChangeText.ownerSummary(changedAsWritten: old.owner?.value != new.owner?.value, after: after)
        add(PolicyChange(
            kind: .ownerChanged, kpi: new.id.value, field: "owner", before: before, after: after, summary: summary,
            location: new.owner?.range ?? new.id.range))
    }

    private mutating func compareUnitAndDirection(_ old: KPI, _ new: KPI) {
        let id = new.id.value
        let (a, b) = (old.unit?.value, new.unit?.value)
        if !Self.equivalent(a, b) {
            let reason: String? = if let a, let b, a.isConvertible(to: b) {
                "observations without `measurement.unit` are now read in \(b.symbol), not \(a.symbol)"
            } else if a != nil, b != nil {
                "the unit now measures another dimension; targets, baselines and observations change meaning"
            } else {
                nil
            }
            add(PolicyChange(
                kind: .unitChanged, kpi: id, field: "unit", before: a.map { .init(written: $0.symbol) },
                after: b.map { .init(written: $0.symbol) }, summary: "unit changed", reason: reason,
                location: new.unit?.range ?? new.id.range))
        }
        if old.better?.value != new.better?.value {
            add(PolicyChange(
                kind: .directionChanged, kpi: id, field: "better", before: old.better.map { .init(written: $0.value.rawValue) },
                after: new.better.map { .init(written: $0.value.rawValue) }, summary: "direction flipped",
                reason: "what counts as an improvement is now the opposite", location: new.better?.range ?? new.id.range))
        }
    }

    private mutating func compareMeasurement(_ old: KPI, _ new: KPI) {
        let id = new.id.value
        let (a, b) = (old.measurement, new.measurement)
        let fallback = b?.range ?? new.id.range
        func field(_ name: String, _ before: String?, _ after: String?, _ range: SourceRange?, same: Bool? = nil) {
            guard !(same ?? (before == after)) else { return }
            add(PolicyChange(
                kind: .measurementChanged, kpi: id, field: "measurement." + name,
                before: before.map { .init(written: $0) }, after: after.map { .init(written: $0) },
                summary: ChangeText.fieldSummary("measurement `\(name)`", before: before, after: after), location: range ?? fallback))
        }
        field("metric", a?.metric?.value, b?.metric?.value, b?.metric?.range)
        // Spacing inside a formula is no change.
        let squeeze = { (text: String) in String(text.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" }) }
        field("formula", a?.formula?.value.source, b?.formula?.value.source, b?.formula?.range,
              same: a?.formula.map { squeeze($0.value.source) } == b?.formula.map { squeeze($0.value.source) })
        // A PromQL query is compared as written, spacing aside; the backend alone knows its meaning.
        field("query", a?.query?.value, b?.query?.value, b?.query?.range,
              same: a?.query.map { squeeze($0.value) } == b?.query.map { squeeze($0.value) })
        field("statistic", a?.statistic?.value.rawValue, b?.statistic?.value.rawValue, b?.statistic?.range)
        field("window", a?.window?.value.description, b?.window?.value.description, b?.window?.range,
              same: a?.window.map { Grading.rounded($0.value.seconds) } == b?.window.map { Grading.rounded($0.value.seconds) })
        field("every", a?.every?.value.rawValue, b?.every?.value.rawValue, b?.every?.range)
        field("unit", a?.unit?.value.symbol, b?.unit?.value.symbol, b?.unit?.range,
              same: Self.equivalent(a?.unit?.value, b?.unit?.value))
        field("judgement", a?.judgement?.value.rawValue, b?.judgement?.value.rawValue, b?.judgement?.range)
        let labels = { (m: Measurement?) in m?.labels.map { ChangeText.list($0.map(\.value).sorted()) } }
        field("labels", labels(a), labels(b), b?.labels?.first?.range)
        field("source", a?.source?.value, b?.source?.value, b?.source?.range)
        field("method", a?.method?.value, b?.method?.value, b?.method?.range)
    }

    private mutating func compareEvidence(_ old: KPI, _ new: KPI) {
        let (a, b) = (old.evidence, new.evidence)
        func field(_ name: String, _ before: String?, _ after: String?, _ range: SourceRange?) {
            guard before != after else { return }
            add(PolicyChange(
                kind: .evidenceChanged, kpi: new.id.value, field: "evidence." + name,
                before: before.map { .init(written: $0) }, after: after.map { .init(written: $0) },
                summary: ChangeText.fieldSummary("evidence `\(name)`", before: before, after: after), location: range ?? b?.range ?? new.id.range))
        }
        field("min-samples", a?.minSamples.map { String($0.value) }, b?.minSamples.map { String($0.value) }, b?.minSamples?.range)
        field("agreement.metric", a?.agreementMetric?.value, b?.agreementMetric?.value, b?.agreementMetric?.range)
        field("agreement.at-least", a?.agreementAtLeast.map { NumberText.format($0.value) }, b?.agreementAtLeast.map { NumberText.format($0.value) },
              b?.agreementAtLeast?.range)
    }
}
