import Foundation

/// The settings of a `.kpi.yaml` file, which every command that reads policies runs with:
///
///     include: [policies/**/*.yaml]        # what kpi reads when given no paths
///     exclude: [policies/drafts]           # skipped when walking folders
///     rules:                               # per-rule severity, or off
///       ungrounded-target: error
///       improvement-window: off
///     limits:
///       max-kpis-per-owner: 4
///     history: .kpi/history.sqlite         # the history store of `kpi record` and the reviews
///     diff:                                # kpi diff: per governance check or change kind
///       severities:
///         started-baseline-moved: error
///         target-loosened: warning
///
/// It is read with kpi's own YAML loader, so every mistake in it is a located finding. Each
/// top-level section is decoded by its own function (`ConfigurationDecoder.sections`); a new
/// section is a field here, a function there, and one entry in that list.
public struct KPIConfiguration: Sendable {
    public static let fileName = ".kpi.yaml"

    /// The file the settings came from, as kpi shows paths; nil for the built-in defaults.
    public var file: String?
    public var rules: [String: RuleSetting]
    public var files: FileSelection
    /// `limits.max-kpis-per-owner`; nil when not set.
    public var maxKPIsPerOwner: Int?
    /// `sources:`: where observations live, by name.
    public var sources = SourceSettings()
    /// `history`: the history store, as an absolute path (relative to the folder of `.kpi.yaml` when
    /// written); nil when not set.
    public var history: String?
    /// `diff.severities`: how `kpi diff` grades policy changes.
    public var changeSeverities: ChangeSeverities

    /// The history store kpi uses when `--history` does not name one: `history`, else
    /// `.kpi/history.sqlite` beside `.kpi.yaml` (or in the working folder when there is none).
    public var historyStore: String {
        history ?? FilePaths.absolute(Self.defaultHistory, in: files.folder)
    }

    /// Where the history store lives by default, relative to the folder of `.kpi.yaml`.
    public static let defaultHistory = ".kpi/history.sqlite"

    /// The defaults: no file, every rule at its default severity, no patterns.
    public init(folder: String = FilePaths.workingDirectory) {
        file = nil
        rules = [:]
        files = FileSelection(folder: folder)
        maxKPIsPerOwner = nil
        history = nil
        changeSeverities = ChangeSeverities()
    }

    /// The nearest `.kpi.yaml` in `directory` or a folder above it, as an absolute path.
    public static func find(from directory: String = FilePaths.workingDirectory) -> String? {
        var folder = FilePaths.absolute(directory)
        while true {
            let candidate = folder == "/" ? "/" + fileName : folder + "/" + fileName
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            guard folder != "/" else { return nil }
            folder = FilePaths.absolute("..", in: folder)
        }
    }

    /// What reading a configuration file produced. Any error in `diagnostics` makes the file unusable.
    public struct Loaded: Sendable {
        public var configuration: KPIConfiguration
        public var diagnostics: [Diagnostic]
        /// The file's text, for snippets in messages.
        public var source: PolicySource?

        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads the configuration file at `path` (absolute, or relative to the working directory).
    public static func load(_ path: String, limits: YAMLLimits = .default) -> Loaded {
        let absolute = FilePaths.absolute(path)
        let shown = FilePaths.display(absolute)
        var diagnostics = Diagnostics()
        var configuration = KPIConfiguration(folder: FilePaths.absolute("..", in: absolute))
        configuration.file = shown
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue else {
            diagnostics.emit(.error, RuleID.unreadableFile, "no configuration file at \(shown)", at: .file(shown))
            return Loaded(configuration: configuration, diagnostics: diagnostics.all, source: nil)
        }
        guard let bytes = PolicyFiles.read(absolute, limits: limits, diagnostics: &diagnostics) else {
            return Loaded(configuration: configuration, diagnostics: diagnostics.all.map { $0.mappingFile { _ in shown } }, source: nil)
        }
        let source = PolicySource(path: shown, bytes: bytes)
        return decode(source, into: configuration, limits: limits)
    }

    /// Reads configuration text; `source.path` names it in messages. Patterns are relative to the
    /// folder of `configuration`.
    public static func decode(_ source: PolicySource, into configuration: KPIConfiguration, limits: YAMLLimits = .default) -> Loaded {
        var diagnostics = Diagnostics()
        let parsed = YAMLLoader(limits: limits).load(source.bytes, file: source.path)
        diagnostics.append(contentsOf: parsed.diagnostics)
        var configuration = configuration
        configuration.file = source.path
        if parsed.documents.count > 1 {
            diagnostics.emit(
                .error, RuleID.wrongType, "\(source.path) holds \(parsed.documents.count) YAML documents; a configuration is one",
                at: parsed.documents[1].root.range(in: source.path))
        }
        if !parsed.failed, let document = parsed.documents.first {
            ConfigurationDecoder(file: source.path).decode(document.root, into: &configuration, diagnostics: &diagnostics)
        }
        return Loaded(configuration: configuration, diagnostics: diagnostics.sorted, source: source)
    }

    /// The most KPIs one person may own when neither `.kpi.yaml` nor a flag says otherwise.
    public static let defaultMaxKPIsPerOwner = 5

    /// The options of a lint run under these settings; `maxKPIsPerOwner` (a command-line flag)
    /// overrides `limits.max-kpis-per-owner`.
    public func options(asOf: CalendarDate, maxKPIsPerOwner override: Int? = nil) -> LintOptions {
        var options = LintOptions(asOf: asOf, maxKPIsPerOwner: override ?? maxKPIsPerOwner ?? Self.defaultMaxKPIsPerOwner, rules: rules)
        options.sources = sources
        return options
    }
}
