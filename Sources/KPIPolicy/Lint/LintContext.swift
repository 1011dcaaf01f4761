/// What a rule's check sees: the whole policy set and the run's options.
public struct LintContext: Sendable {
    public var set: PolicySet
    public var options: LintOptions

    public init(set: PolicySet, options: LintOptions) {
        self.set = set
        self.options = options
    }

    /// The team a KPI or objective belongs to, when it is declared somewhere in the set.
    public func team(of id: String) -> Team? { set.team(id) }

    /// The people an owner resolves to within `team`.
    public func owners(_ owner: Owner, in team: Team?) -> [Person] {
        guard let team else { return [] }
        switch owner {
        case .single(let name): return team.people(resolving: name)
        case .several(let names): return names.flatMap { team.people(resolving: $0) }
        }
    }
}
