import Foundation
import KPIPolicy
import KPIReports

/// The `.kpi.yaml` a command runs with: the file `--config` names, or the nearest one in the working
/// directory or a folder above it, or the defaults when there is none.
enum ConfigurationInput {
    /// Prints every problem of an unusable configuration, located, and fails with exit 2.
    static func load(explicit: String?) throws -> LintConfiguration {
        if let explicit {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw CLIError("no configuration file at \(explicit) (given with --config)")
            }
        }
        guard let path = explicit ?? LintConfiguration.find() else { return LintConfiguration() }
        let loaded = LintConfiguration.load(path)
        guard !loaded.failed else {
            let sources = loaded.source.map { [$0.path: $0] } ?? [:]
            Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(loaded.diagnostics, sources: sources))
            let shown = loaded.configuration.file ?? path
            throw CLIError("\(shown) is not a usable kpi configuration; fix the problems above (README.md, \"Configuration\", describes the file)")
        }
        return loaded.configuration
    }
}
