extension PolicyComparison {
    /// People are matched by id within their team.
    mutating func comparePeople() {
        let before = Self.unique(base.teams.flatMap { team in team.people.map { (team.id.value, $0) } }) { "\($0.0)/\($0.1.id.value)" }
        let after = Self.unique(head.teams.flatMap { team in team.people.map { (team.id.value, $0) } }) { "\($0.0)/\($0.1.id.value)" }
        let beforeByKey = Dictionary(before.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.id))
        func value(_ person: Person) -> PolicyChange.Value {
            let roles = person.roles.map(\.value)
            return PolicyChange.Value(written: (person.name?.value ?? person.id.value) + (roles.isEmpty ? "" : " (\(roles.joined(separator: ", ")))"))
        }
        for (key, entry) in after {
            let (team, person) = entry
            guard let (_, old) = beforeByKey[key] else {
                add(PolicyChange(kind: .personAdded, team: team, person: person.id.value, before: nil, after: value(person), summary: "added", location: person.id.range))
                continue
            }
            func field(_ name: String, _ a: String?, _ b: String?, _ range: SourceRange?, reason: String? = nil) {
                guard a != b else { return }
                add(PolicyChange(
                    kind: .personChanged, team: team, person: person.id.value, field: name, before: a.map { .init(written: $0) },
                    after: b.map { .init(written: $0) }, summary: ChangeText.fieldSummary(name, before: a, after: b), reason: reason,
                    location: range ?? person.id.range))
            }
            field("name", old.name?.value, person.name?.value, person.name?.range)
            let rolesBefore = old.roles.map(\.value).sorted(), rolesAfter = person.roles.map(\.value).sorted()
            field("roles", ChangeText.list(rolesBefore), ChangeText.list(rolesAfter), person.roles.first?.range,
                  reason: "owners given as a role resolve through roles")
            field("email", old.email?.value, person.email?.value, person.email?.range)
        }
        for (key, entry) in before where !afterKeys.contains(key) {
            let (team, person) = entry
            let owned = head.kpis.filter { $0.team == team && $0.owner?.value == .single(person.id.value) }.map { "KPI `\($0.id.value)`" }
                + head.objectives.filter { $0.team == team && $0.owner?.value == .single(person.id.value) }.map { "objective `\($0.id.value)`" }
            add(PolicyChange(
                kind: .personRemoved, team: team, person: person.id.value, before: value(person), after: nil, summary: "removed",
                reason: owned.isEmpty ? nil : "HEAD still names them as the owner of \(owned.joined(separator: ", "))",
                location: person.id.range, locationInBase: true))
        }
    }

    /// Review meetings are matched by id within their team; a KPI's `review:` is compared with the KPI.
    mutating func compareReviews() {
        let before = Self.unique(base.teams.flatMap { team in team.reviews.map { (team.id.value, $0) } }) { "\($0.0)/\($0.1.id.value)" }
        let after = Self.unique(head.teams.flatMap { team in team.reviews.map { (team.id.value, $0) } }) { "\($0.0)/\($0.1.id.value)" }
        let beforeByKey = Dictionary(before.map { ($0.id, $0.item) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.id))
        func value(_ review: Review) -> String {
            var parts = ["every \(review.every?.value.rawValue ?? "?")"]
            if let weekday = review.weekday?.value { parts.append("on \(weekday.rawValue)") }
            if let day = review.dayOfMonth?.value { parts.append("on day \(day)") }
            if let audience = review.audience?.value { parts.append("for \(audience)") }
            return parts.joined(separator: " ")
        }
        for (key, entry) in after {
            let (team, review) = entry
            guard let (_, old) = beforeByKey[key] else {
                add(PolicyChange(
                    kind: .reviewChanged, team: team, review: review.id.value, before: nil, after: .init(written: value(review)),
                    summary: "review meeting added", location: review.id.range))
                continue
            }
            guard value(old) != value(review) else { continue }
            add(PolicyChange(
                kind: .reviewChanged, team: team, review: review.id.value, field: "schedule", before: .init(written: value(old)),
                after: .init(written: value(review)), summary: "review meeting rescheduled",
                reason: "the next review dates of the KPIs it reviews move", location: review.every?.range ?? review.id.range))
        }
        for (key, entry) in before where !afterKeys.contains(key) {
            let (team, review) = entry
            add(PolicyChange(
                kind: .reviewChanged, team: team, review: review.id.value, before: .init(written: value(review)), after: nil,
                summary: "review meeting removed", location: review.id.range, locationInBase: true))
        }
    }
}
