/// The observation file formats kpi reads, recognised by file extension.
public enum ObservationFormat: String, Hashable, Sendable, CaseIterable {
    /// `*.csv`: a header `metric,time,value` (any order) then optional label columns; RFC 4180 quoting.
    case csv
    /// `*.ndjson` or `*.jsonl`: one `{"metric","time","value","labels"}` object per line.
    case ndjson

    /// The format for a path's extension (case-insensitive), or `nil` when it is not an observation file.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": self = .csv
        case "ndjson", "jsonl": self = .ndjson
        default: return nil
        }
    }

    /// The extensions a folder is searched for.
    public static let fileExtensions = ["csv", "ndjson", "jsonl"]
}
