extension PolicyComparison {
    /// Objectives are matched by id; key results within one by KPI (the n-th key result on a KPI
    /// matches the n-th), so reordering key results is no change.
    mutating func compareObjectives() {
        let before = Self.unique(base.objectives) { $0.id.value }
        let after = Self.unique(head.objectives) { $0.id.value }
        let beforeByID = Dictionary(before.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.map(\.id))
        func value(_ objective: Objective) -> PolicyChange.Value {
            let quarter = objective.quarter.map { "\($0.value): " } ?? ""
            return PolicyChange.Value(written: quarter + (objective.title?.value ?? objective.id.value))
        }
        for (id, objective) in after {
            guard let old = beforeByID[id] else {
                add(PolicyChange(kind: .objectiveAdded, objective: id, before: nil, after: value(objective), summary: "added", location: objective.id.range))
                continue
            }
            compare(old, objective)
        }
        for (id, objective) in before where !afterIDs.contains(id) {
            add(PolicyChange(
                kind: .objectiveRemoved, objective: id, before: value(objective), after: nil, summary: "removed",
                reason: objective.quarter.map { $0.value >= currentQuarter ? "it was an objective of \($0.value)" : nil } ?? nil,
                location: objective.id.range, locationInBase: true))
        }
    }

    private mutating func compare(_ old: Objective, _ new: Objective) {
        let id = new.id.value
        if old.quarter?.value != new.quarter?.value {
            let (from, to) = (old.quarter?.value, new.quarter?.value)
            var reason: String?
            if let from, from == currentQuarter, to != currentQuarter {
                reason = "it leaves the current quarter's OKR sheet"
            } else if let to, to == currentQuarter {
                reason = "it joins the current quarter's OKR sheet"
            }
            add(PolicyChange(
                kind: .objectiveChanged, objective: id, field: "quarter", before: from.map { .init(written: $0.description) },
                after: to.map { .init(written: $0.description) },
                summary: "moved to another quarter", reason: reason,
                location: new.quarter?.range ?? new.id.range))
        }
        func text(_ field: String, _ a: String?, _ b: String?, _ range: SourceRange?) {
            guard a != b else { return }
            add(PolicyChange(
                kind: .objectiveChanged, objective: id, field: field, before: a.map { .init(written: $0) },
                after: b.map { .init(written: $0) }, summary: ChangeText.fieldSummary(field, before: a, after: b), location: range ?? new.id.range))
        }
        text("title", old.title?.value, new.title?.value, new.title?.range)
        text("type", old.type?.value.rawValue, new.type?.value.rawValue, new.type?.range)
        text("description", old.description?.value, new.description?.value, new.description?.range)
        let ownerBefore = ChangeText.ownerValue(old.owner?.value, team: base.team(old.team))
        let ownerAfter = ChangeText.ownerValue(new.owner?.value, team: head.team(new.team))
        if ownerBefore != ownerAfter {
            add(PolicyChange(
                kind: .ownerChanged, objective: id, field: "owner", before: ownerBefore, after: ownerAfter,
                summary: ChangeText.ownerSummary(changedAsWritten: old.owner?.value != new.owner?.value, after: ownerAfter),
                location: new.owner?.range ?? new.id.range))
        }
        compareKeyResults(old, new)
    }

    private mutating func compareKeyResults(_ old: Objective, _ new: Objective) {
        func numbered(_ keyResults: [KeyResult]) -> [(key: String, keyResult: KeyResult)] {
            var seen: [String: Int] = [:]
            return keyResults.compactMap { keyResult in
                guard let kpi = keyResult.kpi?.value else { return nil }
                let count = seen[kpi, default: 0]
                seen[kpi] = count + 1
                return ("\(kpi)#\(count)", keyResult)
            }
        }
        let before = numbered(old.keyResults), after = numbered(new.keyResults)
        let beforeByKey = Dictionary(before.map { ($0.key, $0.keyResult) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        let current = new.quarter?.value == currentQuarter
        for (key, keyResult) in after {
            guard let previous = beforeByKey[key] else {
                add(PolicyChange(
                    kind: .keyResultChanged, kpi: keyResult.kpi?.value, objective: new.id.value, field: "key-results",
                    before: nil, after: keyResultValue(keyResult, kpi: head.kpi(keyResult.kpi!.value)), summary: "key result added",
                    location: keyResult.kpi?.range ?? keyResult.range))
                continue
            }
            compare(previous, keyResult, in: new, current: current)
        }
        for (key, keyResult) in before where !afterKeys.contains(key) {
            add(PolicyChange(
                kind: .keyResultChanged, kpi: keyResult.kpi?.value, objective: old.id.value, field: "key-results",
                before: keyResultValue(keyResult, kpi: base.kpi(keyResult.kpi!.value)), after: nil, summary: "key result removed",
                reason: current ? "the objective is scored this quarter without it" : nil,
                location: keyResult.kpi?.range ?? keyResult.range, locationInBase: true))
        }
    }

    /// A key result as written, `weight 2, target >= 30%`, and normalised into the KPI's unit.
    private func keyResultValue(_ keyResult: KeyResult, kpi: KPI?, weight showWeight: Bool = true) -> PolicyChange.Value {
        var written: [String] = [], normalised: [String] = []
        if let target = keyResult.target?.value {
            written.append("target \(target.text)")
            normalised.append("target \(ChangeText.target(target, in: kpi?.unit?.value, references: kpi?.referenceValues ?? [:]))")
        } else if let change = keyResult.change?.value {
            written.append("change \(ChangeText.change(change))")
            normalised.append("change \(ChangeText.change(change)) from the baseline")
        } else {
            written.append("the KPI's target")
            normalised.append("the KPI's target")
        }
        let weight = showWeight ? ["weight \(NumberText.format(keyResult.weight?.value ?? 1))"] : []
        return PolicyChange.Value(written: (written + weight).joined(separator: ", "), normalised: (normalised + weight).joined(separator: ", "))
    }

    /// What a key result is scored against, as a grading: its own target; its change applied to a
    /// declared baseline value; or the KPI's own grading. Nil when that cannot be known from the policy.
    private func grading(_ keyResult: KeyResult, kpi: KPI?) -> Grading? {
        guard let kpi, let unit = kpi.unit?.value else { return nil }
        if let target = keyResult.target?.value { return .target(target, unit: unit, references: kpi.referenceValues) }
        if let change = keyResult.change?.value {
            guard let better = kpi.better?.value, let baseline = kpi.baseline?.value?.value.value(in: unit),
                  let goal = change.applied(to: baseline, unit: unit) else { return nil }
            let interval = better == .lower ? Interval(upper: goal, upperInclusive: true) : Interval(lower: goal, lowerInclusive: true)
            return Grading(pieces: [(Grading.base(interval, unit), .met)], otherwise: .missed)
        }
        return Grading.of(kpi)
    }

    private mutating func compare(_ old: KeyResult, _ new: KeyResult, in objective: Objective, current: Bool) {
        guard let kpiID = new.kpi?.value else { return }
        let (oldKPI, newKPI) = (base.kpi(kpiID), head.kpi(kpiID))
        let ownChanged = old.target?.value.text != new.target?.value.text || old.change?.value != new.change?.value
        if ownChanged {
            var tightness: Tightness?
            if let a = grading(old, kpi: oldKPI), let b = grading(new, kpi: newKPI),
               let oldUnit = oldKPI?.unit?.value, let newUnit = newKPI?.unit?.value, oldUnit.isConvertible(to: newUnit) {
                tightness = a.compared(to: b)
            }
            if tightness != .same {
                let summary = switch tightness {
                case .looser?: "key result target loosened"
                case .tighter?: "key result target tightened"
                case .mixed?: "key result target changed: \(Tightness.mixed.word)"
                default: "key result target changed"
                }
                let loosens = tightness?.loosensSomewhere == true && current
                add(PolicyChange(
                        kind: .keyResultChanged, kpi: kpiID, objective: objective.id.value, field: "key-results.target",
                        before: keyResultValue(old, kpi: oldKPI, weight: false), after: keyResultValue(new, kpi: newKPI, weight: false), summary: summary,
                        reason: loosens ? "objective `\(objective.id.value)` is scored against it this quarter (\(currentQuarter))" : nil,
                        location: new.target?.range ?? new.change?.range ?? new.range),
                    check: loosens ? .keyResultLoosened : nil)
            }
        }
        let (weightA, weightB) = (old.weight?.value ?? 1, new.weight?.value ?? 1)
        if !Self.same(weightA, weightB) {
            add(PolicyChange(
                kind: .keyResultChanged, kpi: kpiID, objective: objective.id.value, field: "key-results.weight",
                before: .init(written: NumberText.format(weightA)), after: .init(written: NumberText.format(weightB)),
                summary: "key result weight changed", location: new.weight?.range ?? new.range))
        }
    }
}
