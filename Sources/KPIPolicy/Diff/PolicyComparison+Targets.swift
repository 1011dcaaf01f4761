extension PolicyComparison {
    /// The unit BASE's values are shown in: HEAD's when they convert to it, so both read alike.
    static func displayUnit(_ old: Unit?, _ new: Unit?) -> Unit? {
        guard let old, let new, old.isConvertible(to: new) else { return old }
        return new
    }

    /// Targets and bands are compared as gradings, value by value: tighter, looser, or changed.
    mutating func compareTargets(_ old: KPI, _ new: KPI) {
        let id = new.id.value
        let (oldUnit, newUnit) = (old.unit?.value, new.unit?.value)
        let shownUnit = Self.displayUnit(oldUnit, newUnit)
        let oldBands = old.bands ?? [], newBands = new.bands ?? []
        let banded = !oldBands.isEmpty || !newBands.isEmpty
        let before = oldBands.isEmpty
            ? ChangeText.targetValue(old.target?.value, unit: shownUnit, references: old.referenceValues)
            : ChangeText.bandsValue(oldBands, unit: shownUnit, references: old.referenceValues)
        let after = newBands.isEmpty
            ? ChangeText.targetValue(new.target?.value, unit: newUnit, references: new.referenceValues)
            : ChangeText.bandsValue(newBands, unit: newUnit, references: new.referenceValues)
        guard before != nil || after != nil else { return }
        let field = banded ? "bands" : "target"
        let location = (newBands.isEmpty ? new.target?.range : new.bandsRange) ?? new.id.range

        guard let oldUnit, let newUnit, oldUnit.isConvertible(to: newUnit), let a = Grading.of(old), let b = Grading.of(new) else {
            guard before?.written != after?.written else { return }
            add(PolicyChange(
                kind: banded ? .bandsChanged : .targetChanged, kpi: id, field: field, before: before, after: after,
                summary: "\(field) changed", reason: "the unit changed dimension, so the two cannot be compared value by value",
                location: location))
            return
        }
        let tightness = a.compared(to: b)
        if tightness == .same {
            if banded, before?.written != after?.written, oldBands.map(\.label?.value) != newBands.map(\.label?.value) {
                add(PolicyChange(
                    kind: .bandsChanged, kpi: id, field: field, before: before, after: after,
                    summary: "bands relabelled; every value is graded as before", location: location))
            }
            return
        }
        let kind: PolicyChangeKind
        let summary: String
        if banded {
            kind = .bandsChanged
            summary = switch tightness {
            case .looser: "bands loosened"
            case .tighter: "bands tightened"
            default: "bands changed: \(tightness.word)"
            }
        } else {
            kind = switch tightness {
            case .looser: .targetLoosened
            case .tighter: .targetTightened
            default: .targetChanged
            }
            summary = if old.target == nil {
                "target added"
            } else if new.target == nil {
                "target removed: every value now counts as met"
            } else {
                switch tightness {
                case .looser: "target loosened"
                case .tighter: "target tightened"
                default: "target changed: \(tightness.word)"
                }
            }
        }
        let reason = tightness.loosensSomewhere ? currentKeyResultReason(id) : nil
        add(PolicyChange(kind: kind, kpi: id, field: field, before: before, after: after, summary: summary, reason: reason, location: location),
            check: reason == nil ? nil : .keyResultLoosened)
    }

    /// Segments are matched by id; each segment's target is compared as the KPI's is.
    mutating func compareSegments(_ old: KPI, _ new: KPI) {
        let id = new.id.value
        let (oldUnit, newUnit) = (old.unit?.value, new.unit?.value)
        let shownUnit = Self.displayUnit(oldUnit, newUnit)
        let before = Self.unique(old.segments) { $0.id.value }
        let after = Self.unique(new.segments) { $0.id.value }
        let beforeByID = Dictionary(before.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })
        let afterByID = Dictionary(after.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })

        func grading(_ segment: Segment, _ unit: Unit?, _ kpi: KPI) -> Grading? {
            guard let unit else { return nil }
            return segment.target.map { .target($0.value, unit: unit, references: kpi.referenceValues) } ?? .trackedOnly
        }
        func value(_ segment: Segment, _ unit: Unit?, _ kpi: KPI) -> PolicyChange.Value {
            let target = ChangeText.targetValue(segment.target?.value, unit: unit, references: kpi.referenceValues)
            let selector = ChangeText.selector(segment)
            return PolicyChange.Value(
                written: "where \(selector): \(target?.written ?? "no target")", normalised: "where \(selector): \(target?.normalised ?? "no target")")
        }

        for (segmentID, segment) in after {
            guard let previous = beforeByID[segmentID] else {
                // Observations the segment selects leave the KPI's own target for the segment's.
                var reason = "observations where \(ChangeText.selector(segment)) are now judged against the segment's target"
                var check: GovernanceCheck?
                if let own = Grading.of(new), let segmentGrading = grading(segment, newUnit, new), own.compared(to: segmentGrading).loosensSomewhere,
                   let keyResults = currentKeyResultReason(id) {
                    reason += ", which is looser than the KPI's; " + keyResults
                    check = .keyResultLoosened
                }
                add(PolicyChange(
                        kind: .segmentAdded, kpi: id, segment: segmentID, field: "segments", before: nil,
                        after: value(segment, newUnit, new), summary: "segment added", reason: reason, location: segment.id.range),
                    check: check)
                continue
            }
            if previous.query?.value != segment.query?.value {
                add(PolicyChange(
                    kind: .measurementChanged, kpi: id, segment: segmentID, field: "segments.\(segmentID).query",
                    before: previous.query.map { .init(written: $0.value) }, after: segment.query.map { .init(written: $0.value) },
                    summary: ChangeText.fieldSummary("segment `query`", before: previous.query, after: segment.query),
                    location: segment.query?.range ?? segment.id.range))
            }
            if previous.selector != segment.selector {
                add(PolicyChange(
                    kind: .measurementChanged, kpi: id, segment: segmentID, field: "segments.\(segmentID).where",
                    before: .init(written: ChangeText.selector(previous)), after: .init(written: ChangeText.selector(segment)),
                    summary: "segment selects other observations", location: segment.labels.first?.key.range ?? segment.id.range))
            }
            let targetBefore = ChangeText.targetValue(previous.target?.value, unit: shownUnit, references: old.referenceValues)
            let targetAfter = ChangeText.targetValue(segment.target?.value, unit: newUnit, references: new.referenceValues)
            let location = segment.target?.range ?? segment.id.range
            guard let oldUnit, let newUnit, oldUnit.isConvertible(to: newUnit),
                  let a = grading(previous, oldUnit, old), let b = grading(segment, newUnit, new) else {
                if targetBefore?.written != targetAfter?.written {
                    add(PolicyChange(
                        kind: .targetChanged, kpi: id, segment: segmentID, field: "segments.\(segmentID).target",
                        before: targetBefore, after: targetAfter, summary: "segment target changed",
                        reason: "the unit changed dimension, so the two cannot be compared value by value", location: location))
                }
                continue
            }
            let tightness = a.compared(to: b)
            guard tightness != .same else { continue }
            let kind: PolicyChangeKind = switch tightness {
            case .looser: .targetLoosened
            case .tighter: .targetTightened
            default: .targetChanged
            }
            let summary = tightness == .mixed ? "segment target changed: \(tightness.word)" : "segment target \(tightness == .looser ? "loosened" : "tightened")"
            let reason = tightness.loosensSomewhere ? currentKeyResultReason(id) : nil
            add(PolicyChange(
                    kind: kind, kpi: id, segment: segmentID, field: "segments.\(segmentID).target", before: targetBefore,
                    after: targetAfter, summary: summary, reason: reason, location: location),
                check: reason == nil ? nil : .keyResultLoosened)
        }
        for (segmentID, segment) in before where afterByID[segmentID] == nil {
            var reason = "observations where \(ChangeText.selector(segment)) are now judged against the KPI's own target"
            var check: GovernanceCheck?
            if let own = Grading.of(new), let segmentGrading = grading(segment, oldUnit, old), oldUnit.map({ newUnit?.isConvertible(to: $0) == true }) == true,
               segmentGrading.compared(to: own).loosensSomewhere, let keyResults = currentKeyResultReason(id) {
                reason += ", which is looser than the segment's was; " + keyResults
                check = .keyResultLoosened
            }
            add(PolicyChange(
                    kind: .segmentRemoved, kpi: id, segment: segmentID, field: "segments",
                    before: value(segment, shownUnit, old), after: nil, summary: "segment removed", reason: reason,
                    location: segment.id.range, locationInBase: true),
                check: check)
        }
    }
}
