import ArgumentParser
import KPIPolicy
import KPIReports

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the policy language (schemas/kpi-policy.schema.json).",
        discussion: """
            Editors that use yaml-language-server read it for completion and hover. Point a policy at it \
            with a first line such as:
              # yaml-language-server: $schema=../schemas/kpi-policy.schema.json
            """
    )

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        if let output {
            try OutputFile.write(PolicySchema.json, to: output, protecting: ProtectedPaths(inputs: []))
        } else {
            try Terminal.write(PolicySchema.json)
        }
    }
}
