/// How `kpi diff` writes policy values: as written, and normalised into one unit so that two
/// spellings of the same meaning read the same.
enum ChangeText {
    /// `value` (in `unit`) with its unit: `1500 ms`, `25%`, `0.5 USD`.
    static func quantity(_ value: Double, _ unit: Unit) -> String {
        Quantity(Grading.rounded(value), unit).description
    }

    /// The values an interval (in `unit`) accepts: `< 1500 ms`, `>= 25%`, `5%..10%`.
    static func interval(_ interval: Interval, _ unit: Unit) -> String {
        switch (interval.lower, interval.upper) {
        case (nil, nil):
            return "any value"
        case (nil, let upper?):
            return (interval.upperInclusive ? "<= " : "< ") + quantity(upper, unit)
        case (let lower?, nil):
            return (interval.lowerInclusive ? ">= " : "> ") + quantity(lower, unit)
        case (let lower?, let upper?):
            // `a..b` with the unit written once, as a policy may write it: `500..2000 ms`, `5..10%`.
            if interval.lowerInclusive, !interval.upperInclusive { return NumberText.format(Grading.rounded(lower)) + ".." + quantity(upper, unit) }
            return (interval.lowerInclusive ? ">= " : "> ") + quantity(lower, unit) + " and " + (interval.upperInclusive ? "<= " : "< ") + quantity(upper, unit)
        }
    }

    /// A target normalised into `unit` (references resolved); the written text when it cannot be.
    static func target(_ target: Target, in unit: Unit?, references: [String: Quantity]) -> String {
        guard let unit, case .success(let interval) = target.interval(in: unit, references: references) else { return target.text }
        return self.interval(interval, unit)
    }

    /// A target as a change value: as written and in `unit`.
    static func targetValue(_ target: Target?, unit: Unit?, references: [String: Quantity]) -> PolicyChange.Value? {
        guard let target else { return nil }
        return PolicyChange.Value(written: target.text, normalised: self.target(target, in: unit, references: references))
    }

    /// Bands as written, `ok < 0.1 (stable); warn 0.1..0.2 (monitor)`, and normalised into `unit`.
    static func bandsValue(_ bands: [Band], unit: Unit?, references: [String: Quantity]) -> PolicyChange.Value {
        func describe(_ normalise: Bool) -> String {
            bands.map { band in
                let level = band.level?.value.rawValue ?? "?"
                let when = band.when.map { normalise ? target($0.value, in: unit, references: references) : $0.value.text } ?? "?"
                return "\(level) \(when)" + (band.label.map { " (\($0.value))" } ?? "")
            }.joined(separator: "; ")
        }
        return PolicyChange.Value(written: describe(false), normalised: describe(true))
    }

    /// An owner as written (`priya`, `[ana, ben]`), and the people it resolves to in `team`.
    static func ownerValue(_ owner: Owner?, team: Team?) -> PolicyChange.Value {
        let written: String
        var names: [String]
        switch owner {
        case .single(let name)?:
            written = name
            names = [name]
        case .several(let list)?:
            written = "[" + list.joined(separator: ", ") + "]"
            names = list
        case nil:
            return PolicyChange.Value(written: "none", normalised: "nobody")
        }
        var people: [String] = []
        for name in names {
            let resolved = team?.people(resolving: name).map(\.id.value) ?? []
            people += resolved.isEmpty ? ["\(name) (unresolved)"] : resolved
        }
        var seen = Set<String>()
        people = people.filter { seen.insert($0).inserted }
        return PolicyChange.Value(written: written, normalised: people.isEmpty ? "nobody" : people.joined(separator: ", "))
    }

    /// What an owner's change is called: changed as written, or the same name resolving elsewhere.
    static func ownerSummary(changedAsWritten: Bool, after: PolicyChange.Value) -> String {
        if changedAsWritten { return "owner changed" }
        if after.normalised == "nobody" || after.normalised.contains("(unresolved)") { return "owner no longer resolves to a person" }
        return "owner now resolves to other people"
    }

    /// A signed change as written: `-30%`, `+0.5 s`.
    static func change(_ change: Improvement.Change) -> String {
        switch change {
        case .relative(let fraction):
            let percent = Grading.rounded(fraction * 100)
            return (percent > 0 ? "+" : "") + NumberText.format(percent) + "%"
        case .absolute(let quantity):
            let text = quantity.description
            return quantity.value > 0 ? "+" + text : text
        }
    }

    /// A baseline as written, `2026-08-03..2026-08-16, 3.2 s`, and with its value in `unit`.
    static func baselineValue(_ baseline: Baseline?, unit: Unit?) -> PolicyChange.Value? {
        guard let baseline else { return nil }
        let window = "\(baseline.from.map { $0.value.description } ?? "?")..\(baseline.to.map { $0.value.description } ?? "?")"
        guard let value = baseline.value?.value else {
            return PolicyChange.Value(written: window, normalised: window + ", computed from observations")
        }
        let normalised = unit.flatMap { unit in value.value(in: unit).map { quantity($0, unit) } } ?? value.description
        return PolicyChange.Value(written: "\(window), \(value.description)", normalised: "\(window), \(normalised)")
    }

    /// An improvement goal as written, `-30% within 60d`, and normalised to the value it asks for
    /// and its deadline when the baseline declares a value: `2240 ms by 2026-10-15`.
    static func improvementValue(_ improvement: Improvement?, baseline: Baseline?, unit: Unit?) -> PolicyChange.Value? {
        guard let improvement else { return nil }
        let written = "\(improvement.change.map { change($0.value) } ?? "?") within \(improvement.within.map { $0.value.description } ?? "?")"
        var normalised = written
        if let unit, let declared = baseline?.value?.value, let start = declared.value(in: unit),
           let goal = improvement.goal(from: start, unit: unit) {
            normalised = "\(quantity(goal, unit))"
            if let deadline = deadline(improvement, baseline: baseline) { normalised += " by \(deadline)" }
        } else if let deadline = deadline(improvement, baseline: baseline) {
            normalised = "\(written) (by \(deadline))"
        }
        return PolicyChange.Value(written: written, normalised: normalised)
    }

    /// The day an improvement period ends: `within` after the day the baseline ends.
    static func deadline(_ improvement: Improvement, baseline: Baseline?) -> CalendarDate? {
        guard let to = baseline?.to?.value, let within = improvement.within?.value else { return nil }
        let seconds = Double(to.adding(days: 1).daysSinceEpoch) * 86_400 + within.seconds
        return CalendarDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    /// What a field's change is called: set, removed or changed.
    static func fieldSummary<Before, After>(_ field: String, before: Before?, after: After?) -> String {
        before == nil ? "\(field) set" : after == nil ? "\(field) removed" : "\(field) changed"
    }

    /// A list as a reader sees it: `a, b, c`, or `none`.
    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    /// A `where` selector: `mode=async, region=eu`.
    static func selector(_ segment: Segment) -> String {
        segment.labels.map { "\($0.key.value)=\($0.value.value)" }.joined(separator: ", ")
    }
}
