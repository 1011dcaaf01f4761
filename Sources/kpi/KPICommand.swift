import ArgumentParser

@main
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kpi", abstract: "KPI-as-code.")
}
