import ArgumentParser
import Foundation
import KPIPolicy
import KPIReports

/// The root command. Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 usage, input or I/O error.
@main
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "KPI-as-code: lint KPI policies, evaluate metrics against targets and baselines, render OKR reviews.",
        discussion: """
            Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage, configuration, input or I/O error. \
            Docs: README.md, docs/language.md (the policy language), docs/rules.md (every lint rule), docs/diff.md (kpi diff). \
            Shell completions: kpi --generate-completion-script bash|zsh|fish (README.md says where to put them).
            """,
        version: KPIVersion.current,
        subcommands: [LintCommand.self, EvaluateCommand.self, OKRCommand.self, OwnersCommand.self, ReviewCommand.self, DiffCommand.self, RecordCommand.self, HistoryCommand.self, RulesCommand.self, SchemaCommand.self, InitCommand.self]
    )

    /// ArgumentParser's own `main` exits 64 on usage errors; kpi promises 2, and never a stack trace.
    static func main() {
        if let unknown = unknownSubcommandMessage(Array(CommandLine.arguments.dropFirst())) {
            Terminal.writeError(unknown)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as CLIError {
            // Messages quote paths and values the user gave: control characters are shown, not obeyed.
            Terminal.writeError("kpi: error: \(TerminalText.visible(error.message))\n")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            let shown = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }.joined(separator: "\n")
            Terminal.writeError((shown.isEmpty ? "kpi: error" : shown) + "\n")
            Foundation.exit(2)
        }
    }
}

extension KPICommand {
    /// The names `kpi SUBCOMMAND` accepts, `help` included.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// ArgumentParser answers a mistyped subcommand with "Unexpected argument"; kpi says which
    /// subcommand was meant, in ArgumentParser's own wording for options. Nil when the first
    /// argument is an option or a known subcommand.
    static func unknownSubcommandMessage(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first) else { return nil }
        let names = subcommandNames.filter { $0 != "help" }
        let hint = Spelling.nearest(first, in: names).map { " Did you mean '\($0)'?" } ?? " The subcommands are \(names.joined(separator: ", "))."
        return "Error: Unknown subcommand '\(first)'.\(hint)\nUsage: kpi <subcommand>\n  See 'kpi --help' for more information.\n"
    }
}

/// An error the user can fix: bad input, an unwritable path. Printed as one line, exit 2.
struct CLIError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

enum KPIVersion {
    static let current = "0.1.0"
}
