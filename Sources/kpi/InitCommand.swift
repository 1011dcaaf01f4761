import ArgumentParser
import Foundation
import KPIPolicy

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter policy: the three KPIs a newly formed team starts with.",
        discussion: """
            Writes DIR/TEAM.yaml (default policies/my-team.yaml; --team names the team and the file, \
            --name spells its display name): inference latency at P99, deployment \
            frequency and hallucination rate, with people, a weekly and a monthly review, targets, \
            baselines, 60-day improvement goals and evidence rules for the human-judged rate. It lints \
            clean as written; replace the people, targets and dates with your own.

            The first line points editors at schemas/kpi-policy.schema.json when DIR or a folder above \
            it has one. kpi init never overwrites a file: an existing one is an error (exit 2).
            """
    )

    @Argument(help: "The folder to write the policy in; created when missing.", completion: .directory)
    var directory: String = "policies"

    @Option(help: "The team's kebab-case id; the file is named after it.")
    var team: String = StarterPolicy.defaultTeam

    @Option(help: ArgumentHelp(
        "The team's display name, spelt as you want it shown (default: from --team, e.g. ml-serving → ML Serving).",
        valueName: "name"))
    var name: String?

    @Option(help: "The day the team was formed, which starts its baselines (YYYY-MM-DD, default today, UTC).")
    var formed: CalendarDate?

    func validate() throws {
        guard StarterPolicy.isValidTeamID(team) else {
            throw ValidationError("--team must be a kebab-case id: lowercase letters, digits and single dashes, e.g. ml-platform")
        }
        if let name, !StarterPolicy.isValidName(name) {
            throw ValidationError("--name must be one line of text, e.g. --name \"ML Serving\"")
        }
    }

    func run() throws {
        let folder = FilePaths.shown(directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("cannot write into \(folder): it is a file, not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot create folder \(folder): \(error.localizedDescription)")
            }
        }
        let policy = StarterPolicy(
            team: team, formed: formed ?? .today, schemaPath: StarterPolicy.schemaPath(from: FilePaths.absolute(folder)), name: name)
        let path = folder == "." ? policy.fileName : (folder.hasSuffix("/") ? folder : folder + "/") + policy.fileName
        try OutputFile.create(policy.yaml, at: path)
        try Terminal.write("""
            wrote \(path): three KPIs to start with (inference latency P99, deployment frequency, hallucination rate)
            team `\(team)` is named "\(policy.teamName)"\(name == nil ? " (from its id; --name spells it otherwise)" : "")
            next: replace the people, targets and dates with your own, then run `kpi lint \(folder)`

            """)
    }
}
