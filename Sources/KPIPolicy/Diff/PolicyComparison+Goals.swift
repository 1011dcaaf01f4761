extension PolicyComparison {
    /// A quantity in base units: its own unit, or the KPI's for a bare number.
    static func baseValue(_ quantity: Quantity?, kpiUnit: Unit?) -> Double? {
        guard let quantity, let unit = quantity.unit ?? kpiUnit else { return nil }
        return Grading.rounded(quantity.value * unit.factor)
    }

    /// A baseline moves when its window or its value changes; once its improvement period has
    /// begun, that moves the goalposts.
    mutating func compareBaseline(_ old: KPI, _ new: KPI) {
        let (a, b) = (old.baseline, new.baseline)
        guard a != nil || b != nil else { return }
        let fromChanged = a?.from?.value != b?.from?.value
        let toChanged = a?.to?.value != b?.to?.value
        let valueChanged = Self.baseValue(a?.value?.value, kpiUnit: old.unit?.value) != Self.baseValue(b?.value?.value, kpiUnit: new.unit?.value)
            || (a?.value == nil) != (b?.value == nil)
        guard a == nil || b == nil || fromChanged || toChanged || valueChanged else { return }

        let before = ChangeText.baselineValue(a, unit: Self.displayUnit(old.unit?.value, new.unit?.value))
        let after = ChangeText.baselineValue(b, unit: new.unit?.value)
        let summary: String
        if a == nil {
            summary = "baseline added"
        } else if b == nil {
            summary = "baseline removed"
        } else {
            var parts: [String] = []
            if fromChanged || toChanged { parts.append("window moved") }
            if valueChanged {
                parts.append(b?.value == nil ? "value now computed from observations" : a?.value == nil ? "value now pinned" : "value changed")
            }
            summary = "baseline moved: \(parts.joined(separator: " and "))"
        }
        var reason: String?
        if let end = a?.to?.value, asOf > end {
            let start = end.adding(days: 1)
            reason = old.improvement != nil
                ? "its improvement period began on \(start); moving the baseline now moves the goalposts"
                : "its window ended on \(end) and progress has been measured from it since; moving it now moves the goalposts"
        }
        let location = (fromChanged ? b?.from?.range : nil) ?? (toChanged ? b?.to?.range : nil) ?? (valueChanged ? b?.value?.range : nil)
            ?? b?.range ?? new.id.range
        add(PolicyChange(
                kind: .baselineMoved, kpi: new.id.value, field: "baseline", before: before, after: after, summary: summary,
                reason: reason, location: location),
            check: reason == nil ? nil : .startedBaselineMoved)
    }

    /// An improvement goal is stronger when it asks for more (in the KPI's direction) or sooner.
    mutating func compareImprovement(_ old: KPI, _ new: KPI) {
        let (a, b) = (old.improvement, new.improvement)
        guard a != nil || b != nil else { return }
        let id = new.id.value
        let (oldUnit, newUnit) = (old.unit?.value, new.unit?.value)

        func amount(_ change: Improvement.Change?, _ unit: Unit?) -> (relative: Bool, value: Double)? {
            switch change {
            case .relative(let fraction)?: (true, Grading.rounded(fraction))
            case .absolute(let quantity)?: Self.baseValue(quantity, kpiUnit: unit).map { (false, $0) }
            case nil: nil
            }
        }
        let changeA = amount(a?.change?.value, oldUnit), changeB = amount(b?.change?.value, newUnit)
        let withinA = a?.within.map { Grading.rounded($0.value.seconds) }, withinB = b?.within.map { Grading.rounded($0.value.seconds) }
        if a != nil, b != nil, changeA?.relative == changeB?.relative, changeA?.value == changeB?.value, withinA == withinB,
           (a?.change == nil) == (b?.change == nil) { return }

        let before = ChangeText.improvementValue(a, baseline: old.baseline, unit: Self.displayUnit(oldUnit, newUnit))
        let after = ChangeText.improvementValue(b, baseline: new.baseline, unit: newUnit)
        let kind: PolicyChangeKind
        var summary: String
        var weakerSomewhere = false
        if a == nil {
            (kind, summary) = (.improvementStrengthened, "improvement goal added")
        } else if b == nil {
            (kind, summary, weakerSomewhere) = (.improvementWeakened, "improvement goal removed", true)
        } else {
            // Does the goal ask for more? Compare the values it asks for when both baselines
            // declare one, else the changes themselves when they are alike.
            var goal: Tightness?
            if let better = new.better?.value, old.better?.value == better {
                var goals: (Double, Double)?
                if let oldUnit, let newUnit, oldUnit.isConvertible(to: newUnit),
                   let baseA = old.baseline?.value?.value.value(in: oldUnit), let baseB = new.baseline?.value?.value.value(in: newUnit),
                   let goalA = a?.goal(from: baseA, unit: oldUnit), let goalB = b?.goal(from: baseB, unit: newUnit) {
                    goals = (Grading.rounded(goalA * oldUnit.factor), Grading.rounded(goalB * newUnit.factor))
                } else if let changeA, let changeB, changeA.relative == changeB.relative {
                    goals = (changeA.value, changeB.value)
                }
                if let (goalA, goalB) = goals {
                    let asksMore = better == .lower ? goalB < goalA : goalB > goalA
                    goal = goalA == goalB ? .same : (asksMore ? .tighter : .looser)
                }
            }
            var deadline: Tightness = .same
            if let withinA, let withinB, withinA != withinB { deadline = withinB < withinA ? .tighter : .looser }
            // `-30%` of 3.2 s and `-960 ms` ask for the same value by the same day.
            if goal == .same, deadline == .same { return }
            var parts: [String] = []
            switch goal {
            case .tighter?: parts.append("asks for more")
            case .looser?: parts.append("asks for less")
            case nil: parts.append("the goals cannot be compared")
            default: break
            }
            if deadline == .tighter { parts.append("sooner") }
            if deadline == .looser { parts.append("later") }
            let stronger = goal == .tighter || deadline == .tighter
            let weaker = goal == .looser || deadline == .looser
            weakerSomewhere = weaker
            if goal == nil || (stronger && weaker) {
                kind = .improvementChanged
            } else {
                kind = weaker ? .improvementWeakened : .improvementStrengthened
            }
            summary = switch kind {
            case .improvementWeakened: "improvement goal weakened"
            case .improvementStrengthened: "improvement goal strengthened"
            default: "improvement goal changed"
            }
            if !parts.isEmpty { summary += " (" + parts.joined(separator: ", ") + ")" }
        }
        let reason = weakerSomewhere ? currentKeyResultReason(id) : nil
        let changeMoved = changeA?.relative != changeB?.relative || changeA?.value != changeB?.value
        let location = (changeMoved ? b?.change?.range : b?.within?.range) ?? b?.range ?? new.id.range
        add(PolicyChange(
                kind: kind, kpi: id, field: "improvement", before: before, after: after, summary: summary, reason: reason,
                location: location),
            check: reason == nil ? nil : .keyResultLoosened)
    }
}
