/// The history store's tables: a documented contract (docs/history.md), readable with the `sqlite3`
/// shell, migrated forward one version at a time and never changed in place.
///
/// `PRAGMA user_version` holds the schema version and `PRAGMA application_id` marks the file as kpi's,
/// so kpi never mistakes another program's database for its own, nor writes to one.
enum HistorySchema {
    /// `kpi1` in ASCII: the `application_id` of every kpi history store.
    static let applicationID: Int64 = 0x6B70_6931

    /// Migrations in order; `migrations[n]` takes a store from version n to n + 1. Only ever append.
    static let migrations: [String] = [version1, version2]

    static var currentVersion: Int { migrations.count }

    /// The tables the history contract names.
    static let version1 = """
        CREATE TABLE evaluations (
            id INTEGER PRIMARY KEY,
            as_of TEXT NOT NULL UNIQUE,
            recorded_at TEXT NOT NULL,
            policy_commit TEXT,
            policy_dirty INTEGER,
            inputs_sha256 TEXT NOT NULL,
            kpi_version TEXT NOT NULL,
            quarter TEXT NOT NULL
        );
        CREATE TABLE kpi_results (
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            kpi TEXT NOT NULL,
            team TEXT NOT NULL,
            owner TEXT NOT NULL,
            status TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            target TEXT,
            baseline REAL,
            verdict TEXT,
            progress REAL,
            expected REAL,
            PRIMARY KEY (evaluation_id, kpi)
        );
        CREATE TABLE segment_results (
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            kpi TEXT NOT NULL,
            segment TEXT NOT NULL,
            status TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (evaluation_id, kpi, segment)
        );
        CREATE INDEX kpi_results_by_kpi ON kpi_results (kpi, evaluation_id);
        """

    /// What the review needs beyond the first version: the baseline window and where its value came
    /// from (so an aged-out computed baseline can be taken from a recorded one), each segment's target,
    /// and the quarter's key-result scores (for the quarter-over-quarter comparison).
    static let version2 = """
        ALTER TABLE kpi_results ADD COLUMN baseline_from TEXT;
        ALTER TABLE kpi_results ADD COLUMN baseline_to TEXT;
        ALTER TABLE kpi_results ADD COLUMN baseline_source TEXT;
        ALTER TABLE segment_results ADD COLUMN target TEXT;
        CREATE TABLE key_results (
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            objective TEXT NOT NULL,
            position INTEGER NOT NULL,
            kpi TEXT NOT NULL,
            weight REAL NOT NULL,
            target TEXT,
            current REAL,
            score REAL NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (evaluation_id, objective, position)
        );
        CREATE INDEX key_results_by_kpi ON key_results (kpi, evaluation_id);
        """
}
