/// One comparison of two policy sets in progress: the sets, what governance needs to know about
/// them, and the changes found so far (their severities are settled by `PolicyDiffer`).
struct PolicyComparison {
    let base: PolicySet
    let head: PolicySet
    let asOf: CalendarDate
    let currentQuarter: Quarter
    var changes: [PolicyChange] = []

    init(base: PolicySet, head: PolicySet, asOf: CalendarDate, currentQuarter: Quarter) {
        self.base = base
        self.head = head
        self.asOf = asOf
        self.currentQuarter = currentQuarter
    }

    /// A key result of an objective, on either side.
    struct Use {
        var objective: String
        var quarter: Quarter
        var inHead: Bool
    }

    /// The objectives of either side with a key result on `kpi`, by objective id, HEAD's first.
    func uses(of kpi: String) -> [Use] {
        var uses: [Use] = []
        var seen = Set<String>()
        for (set, inHead) in [(head, true), (base, false)] {
            for objective in set.objectives {
                guard let quarter = objective.quarter?.value, objective.keyResults.contains(where: { $0.kpi?.value == kpi }),
                      seen.insert(objective.id.value).inserted else { continue }
                uses.append(Use(objective: objective.id.value, quarter: quarter, inHead: inHead))
            }
        }
        return uses.sorted { $0.objective < $1.objective }
    }

    /// The key results of the current quarter that use `kpi`, as a reason for a warning; nil when none does.
    func currentKeyResultReason(_ kpi: String) -> String? {
        let current = uses(of: kpi).filter { $0.quarter == currentQuarter }
        guard !current.isEmpty else { return nil }
        let names = current.map { "`\($0.objective)`" }.joined(separator: ", ")
        return "a key result of \(current.count == 1 ? "objective" : "objectives") \(names) (\(currentQuarter)) uses this KPI"
    }

    mutating func add(_ change: PolicyChange, check: GovernanceCheck? = nil) {
        var change = change
        change.check = check
        changes.append(change)
    }

    /// The first item of each id, in order: a set with duplicate ids (a lint error) is compared by
    /// the first definition, as evaluation uses it.
    static func unique<Item>(_ items: [Item], id: (Item) -> String) -> [(id: String, item: Item)] {
        var seen = Set<String>()
        return items.compactMap { item in seen.insert(id(item)).inserted ? (id(item), item) : nil }
    }

    /// True when two numbers are the same after unit conversion.
    static func same(_ a: Double, _ b: Double) -> Bool { Grading.rounded(a) == Grading.rounded(b) }

    /// True when two units measure the same thing on the same scale (`deploys/d` and `deploys/day`).
    static func equivalent(_ a: Unit?, _ b: Unit?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.dimension == b.dimension && same(a.factor, b.factor)
        default: false
        }
    }
}
