/// The outcome of `kpi diff`: the two sides and every change between them.
public struct PolicyDiff: Sendable {
    /// One side: how it is named, its commit, how many policy files it has, and its lint errors
    /// (reported as notes: a diff compares what the policies mean even while they have errors).
    public struct Side: Sendable {
        public var name: String
        public var commit: String?
        public var files: Int
        public var lintErrors: [Diagnostic]

        public init(name: String, commit: String? = nil, files: Int, lintErrors: [Diagnostic] = []) {
            self.name = name
            self.commit = commit
            self.files = files
            self.lintErrors = lintErrors
        }

        public init(_ snapshot: PolicySnapshot) {
            self.init(name: snapshot.name, commit: snapshot.commit, files: snapshot.sources.count, lintErrors: snapshot.lintErrors)
        }
    }

    public var base: Side
    public var head: Side
    /// Sorted as `PolicyDiffer` returns them.
    public var changes: [PolicyChange]

    public init(base: Side, head: Side, changes: [PolicyChange]) {
        self.base = base
        self.head = head
        self.changes = changes
    }

    /// Compares two snapshots with `differ`.
    public init(base: PolicySnapshot, head: PolicySnapshot, differ: PolicyDiffer) {
        self.init(base: Side(base), head: Side(head), changes: differ.changes(from: base.set, to: head.set))
    }

    public func count(_ severity: Severity) -> Int { changes.count { $0.severity == severity } }

    /// How many changes of each kind, in kind order; kinds with none are left out.
    public var kindCounts: [(kind: PolicyChangeKind, count: Int)] {
        PolicyChangeKind.allCases.compactMap { kind in
            let count = changes.count { $0.kind == kind }
            return count > 0 ? (kind, count) : nil
        }
    }

    /// True when a change is at least as severe as `threshold` (never, for nil).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return changes.contains { $0.severity >= threshold }
    }

    /// The same diff with every file path rewritten, e.g. relative to the repository's root.
    public func mappingFiles(_ transform: (String) -> String) -> PolicyDiff {
        var mapped = self
        mapped.changes = changes.map { change in
            var change = change
            change.location.file = transform(change.location.file)
            return change
        }
        mapped.base.lintErrors = base.lintErrors.map { $0.mappingFile(transform) }
        mapped.head.lintErrors = head.lintErrors.map { $0.mappingFile(transform) }
        return mapped
    }
}
