import CSQLite

/// A value in a SQLite column or statement parameter.
enum SQLiteValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    var text: String? { if case .text(let text) = self { text } else { nil } }
    var integer: Int64? { if case .integer(let number) = self { number } else { nil } }

    /// REAL columns hand back integers when a whole number was stored through an INTEGER affinity.
    var real: Double? {
        switch self {
        case .real(let number): number
        case .integer(let number): Double(number)
        default: nil
        }
    }
}

/// An error SQLite reported: its primary and extended result codes and its message.
struct SQLiteError: Error, Sendable {
    var code: Int32
    var extendedCode: Int32
    var message: String

    var isNotADatabase: Bool { code == SQLITE_NOTADB }
    var isCorrupt: Bool { code == SQLITE_CORRUPT }
    var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    var isReadOnly: Bool { code == SQLITE_READONLY }
    var isCannotOpen: Bool { code == SQLITE_CANTOPEN }
}

/// One connection to a SQLite database file, used from one thread at a time.
///
/// The only file of kpi that handles SQLite's C pointers: everything else speaks `SQLiteValue`s.
final class SQLiteDatabase {
    enum Mode {
        /// Read and write; create the file when `create` and it does not exist.
        case readWrite(create: Bool)
        case readOnly
    }

    private var handle: OpaquePointer?

    init(path: String, mode: Mode) throws(SQLiteError) {
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWrite(let create): flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(opened)
            throw SQLiteError(code: code & 0xFF, extendedCode: code, message: message)
        }
        handle = opened
    }

    deinit { close() }

    func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    /// How long a statement waits for another connection's lock before it fails with `SQLITE_BUSY`.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs one or more statements without parameters, ignoring any rows.
    func execute(_ sql: String) throws(SQLiteError) {
        var errorText: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorText)
        if code != SQLITE_OK {
            let message = errorText.map { String(cString: $0) } ?? currentMessage
            sqlite3_free(errorText)
            throw error(code, message: message)
        }
    }

    /// Runs one statement with parameters and returns every row.
    @discardableResult
    func query(_ sql: String, _ parameters: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        var rows: [[SQLiteValue]] = []
        while let row = try statement.step() { rows.append(row) }
        return rows
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw error(code, message: currentMessage)
        }
        return SQLiteStatement(statement: statement, database: self)
    }

    fileprivate var currentMessage: String { String(cString: sqlite3_errmsg(handle)) }

    fileprivate func error(_ code: Int32, message: String? = nil) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(code: code & 0xFF, extendedCode: extended, message: message ?? currentMessage)
    }
}

/// A prepared statement: bind parameters, step through rows, reset to run it again.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// SQLite copies bound text right away (`SQLITE_TRANSIENT`), so Swift's buffer may go.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ parameters: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in parameters.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .null: sqlite3_bind_null(statement, index)
            case .integer(let number): sqlite3_bind_int64(statement, index, number)
            case .real(let number): sqlite3_bind_double(statement, index, number)
            case .text(let text): sqlite3_bind_text(statement, index, text, -1, Self.transient)
            }
            guard code == SQLITE_OK else { throw database.error(code) }
        }
    }

    /// The next row, or nil when the statement is done.
    func step() throws(SQLiteError) -> [SQLiteValue]? {
        let code = sqlite3_step(statement)
        switch code {
        case SQLITE_ROW:
            return (0..<sqlite3_column_count(statement)).map(column)
        case SQLITE_DONE:
            return nil
        default:
            let failure = database.error(code)
            sqlite3_reset(statement)
            throw failure
        }
    }

    /// Binds `parameters` and runs the statement to its end, for inserts and deletes.
    func run(_ parameters: [SQLiteValue]) throws(SQLiteError) {
        try bind(parameters)
        while try step() != nil {}
    }

    private func column(_ index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: .null
        default: sqlite3_column_text(statement, index).map { .text(String(cString: $0)) } ?? .null
        }
    }
}
