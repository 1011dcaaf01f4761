/// Why the history store could not be used. Each case reads as one sentence that says what to do;
/// none of them leaves the file changed.
public enum HistoryError: Error, Sendable, Equatable {
    /// A command that only reads history was pointed at a file that does not exist.
    case missing(path: String)
    /// The file is not a SQLite database, or its pages are damaged.
    case notADatabase(path: String, detail: String)
    /// A SQLite database that some other program wrote.
    case notAKPIStore(path: String)
    /// The store was written by a newer kpi, with a schema this kpi does not know.
    case newerSchema(path: String, version: Int, supported: Int)
    /// An older store that must be migrated, opened where it cannot be written.
    case needsMigration(path: String, version: Int, supported: Int)
    /// Another kpi held the store's write lock for longer than the busy time-out.
    case busy(path: String, seconds: Int)
    /// A row holds a value this kpi cannot read back.
    case unreadable(path: String, detail: String)
    /// Any other failure SQLite reported (permissions, a full disk, …).
    case failed(path: String, detail: String)

    public var message: String {
        switch self {
        case .missing(let path):
            "no history store at `\(path)`; `kpi record` creates it (README.md, \"History\")"
        case .notADatabase(let path, let detail):
            "`\(path)` is not a kpi history store: SQLite cannot read it (\(detail)); kpi leaves it as it is. Move it away, or give another file with --history"
        case .notAKPIStore(let path):
            "`\(path)` is a SQLite database, but not a kpi history store; kpi leaves it as it is. Give another file with --history"
        case .newerSchema(let path, let version, let supported):
            "history store `\(path)` was written by a newer kpi (schema version \(version); this kpi reads up to \(supported)); upgrade kpi to use it"
        case .needsMigration(let path, let version, let supported):
            "history store `\(path)` has schema version \(version) and needs migrating to \(supported), but it cannot be written here; run `kpi record` where it can"
        case .busy(let path, let seconds):
            "history store `\(path)` stayed locked by another kpi for \(seconds) s; try again when it has finished"
        case .unreadable(let path, let detail):
            "history store `\(path)` holds a value kpi cannot read: \(detail)"
        case .failed(let path, let detail):
            "history store `\(path)`: \(detail)"
        }
    }
}
