/// Turns located YAML documents into the typed model, with a diagnostic for every mismatch.
public struct PolicyDecoder: Sendable {
    public init() {}

    public func decode(_ document: YAMLDocument, diagnostics: inout Diagnostics) -> PolicyDocument? {
        let file = document.file
        let root = document.root
        guard root.mapping != nil else {
            if !root.isNull {
                diagnostics.emit(.error, RuleID.wrongType, "a policy document must be a mapping with `apiVersion`, `team` and `kpis`, not \(root.kindDescription)", at: root.range(in: file))
            }
            return nil
        }
        let fields = FieldReader(root, file: file, context: "the policy document", fields: PolicyFields.document, diagnostics: &diagnostics)
        fields.require(["apiVersion", "team"], diagnostics: &diagnostics)
        let apiVersion = fields.string("apiVersion", diagnostics: &diagnostics)
        if let apiVersion, apiVersion.value != PolicyFields.apiVersion {
            diagnostics.emit(
                .error, RuleID.unsupportedAPIVersion,
                "apiVersion `\(apiVersion.value)` is not supported; this kpi reads `\(PolicyFields.apiVersion)`",
                at: apiVersion.range)
            return nil
        }

        var declaredTeam: Team?
        var teamReference: Located<String>?
        if let teamNode = fields.value("team") {
            if teamNode.mapping != nil {
                declaredTeam = decodeTeam(teamNode, file: file, diagnostics: &diagnostics)
                teamReference = declaredTeam?.id
            } else if let reference = FieldReader.string(teamNode, file: file, what: "`team`", diagnostics: &diagnostics) {
                if !Identifier.isKebabCase(reference.value) {
                    diagnostics.emit(.error, RuleID.invalidId, "team id `\(reference.value)` is not kebab-case", at: reference.range)
                }
                teamReference = reference
            }
        }
        let teamID = teamReference?.value ?? ""

        // KPIs decode independently of each other, so a large document (an organisation's single file
        // of thousands) decodes them on every core; results and findings keep document order.
        var kpis: [KPI] = []
        let decoded = fields.entries("kpis", diagnostics: &diagnostics).concurrentMap(minimumPerTask: 64) { entry in
            var found = Diagnostics()
            let kpi = decodeKPI(entry.key, entry.value, team: teamID, file: file, diagnostics: &found)
            return (kpi, found)
        }
        for (kpi, found) in decoded {
            diagnostics.append(contentsOf: found)
            if let kpi { kpis.append(kpi) }
        }
        var objectives: [Objective] = []
        for entry in fields.entries("objectives", diagnostics: &diagnostics) {
            if let objective = decodeObjective(entry.key, entry.value, team: teamID, file: file, diagnostics: &diagnostics) {
                objectives.append(objective)
            }
        }
        return PolicyDocument(
            file: file, apiVersion: apiVersion, declaredTeam: declaredTeam, teamReference: teamReference,
            kpis: kpis, objectives: objectives, range: root.range(in: file))
    }

    // MARK: Team

    func decodeTeam(_ node: YAMLNode, file: String, diagnostics: inout Diagnostics) -> Team? {
        let fields = FieldReader(node, file: file, context: "the team", fields: PolicyFields.team, diagnostics: &diagnostics)
        fields.require(["id", "name"], diagnostics: &diagnostics)
        let id: Located<String>
        if let idNode = fields.value("id"), let value = FieldReader.string(idNode, file: file, what: "`id` of the team", diagnostics: &diagnostics) {
            if !Identifier.isKebabCase(value.value) {
                diagnostics.emit(.error, RuleID.invalidId, "team id `\(value.value)` is not kebab-case\(Identifier.suggestedId(value.value).map { ", e.g. `\($0)`" } ?? "")", at: value.range)
            }
            id = value
        } else {
            id = Located("", at: fields.headRange)
        }
        var people: [Person] = []
        for entry in fields.entries("people", diagnostics: &diagnostics) {
            guard let personID = Identifier.read(entry.key, file: file, kind: "person", diagnostics: &diagnostics) else { continue }
            let person = FieldReader(entry.value, file: file, context: "person `\(personID.value)`", fields: PolicyFields.person, diagnostics: &diagnostics)
            person.require(["name"], diagnostics: &diagnostics)
            people.append(Person(
                id: personID,
                name: person.string("name", diagnostics: &diagnostics),
                roles: person.strings("roles", diagnostics: &diagnostics) ?? [],
                email: person.string("email", diagnostics: &diagnostics),
                range: entry.value.range(in: file)))
        }
        var reviews: [Review] = []
        for entry in fields.entries("reviews", diagnostics: &diagnostics) {
            guard let reviewID = Identifier.read(entry.key, file: file, kind: "review", diagnostics: &diagnostics) else { continue }
            let review = FieldReader(entry.value, file: file, context: "review `\(reviewID.value)`", fields: PolicyFields.review, diagnostics: &diagnostics)
            review.require(["every"], diagnostics: &diagnostics)
            let dayOfMonth = review.integer("day-of-month", diagnostics: &diagnostics)
            if let dayOfMonth, !(1...28).contains(dayOfMonth.value) {
                diagnostics.emit(.error, RuleID.wrongType, "`day-of-month` of review `\(reviewID.value)` must be from 1 to 28, so that every month has it", at: dayOfMonth.range)
            }
            reviews.append(Review(
                id: reviewID,
                every: review.enumeration("every", ReviewFrequency.self, diagnostics: &diagnostics),
                audience: review.string("audience", diagnostics: &diagnostics),
                weekday: review.enumeration("weekday", Weekday.self, diagnostics: &diagnostics),
                dayOfMonth: dayOfMonth,
                range: entry.value.range(in: file)))
        }
        _ = fields.string("description", diagnostics: &diagnostics)
        return Team(
            id: id,
            name: fields.string("name", diagnostics: &diagnostics),
            formed: fields.parsed("formed", diagnostics: &diagnostics, CalendarDate.parse),
            people: people, reviews: reviews, range: node.range(in: file))
    }

    // MARK: Owner

    func decodeOwner(_ fields: FieldReader, diagnostics: inout Diagnostics) -> Located<Owner>? {
        guard let node = fields.value("owner") else { return nil }
        if let items = node.sequence {
            let names = items.compactMap { FieldReader.string($0, file: fields.file, what: "an owner", diagnostics: &diagnostics)?.value }
            return Located(.several(names), at: node.range(in: fields.file))
        }
        return FieldReader.string(node, file: fields.file, what: "`owner` of \(fields.context)", diagnostics: &diagnostics)
            .map { Located(.single($0.value), at: $0.range) }
    }

    // MARK: Shared scalars

    static func parseUnit(_ text: String) -> Swift.Result<Unit, ScalarError> {
        if let unit = Unit.parse(text) { return .success(unit) }
        return .failure(ScalarError(rule: RuleID.invalidUnit, message: "unknown unit `\(text)`", suggestion: text.nearest(in: Unit.knownSymbols)))
    }

    static func parseChange(_ text: String) -> Swift.Result<Improvement.Change, ScalarError> {
        Quantity.parse(text).flatMap { quantity in
            guard let unit = quantity.unit else {
                return .failure(ScalarError(rule: RuleID.invalidUnit, message: "change `\(text)` needs a unit: a percentage of the baseline (`-30%`) or a quantity (`-500 ms`)"))
            }
            if unit.symbol == "%" { return .success(.relative(quantity.value / 100)) }
            return .success(.absolute(quantity))
        }
    }
}
