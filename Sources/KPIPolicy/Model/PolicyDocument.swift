/// One decoded YAML document of a policy file.
public struct PolicyDocument: Sendable {
    public var file: String
    public var apiVersion: Located<String>?
    /// The team this document declares, when `team:` is a mapping.
    public var declaredTeam: Team?
    /// The team id the document's KPIs and objectives belong to (declared here or elsewhere).
    public var teamReference: Located<String>?
    public var kpis: [KPI]
    public var objectives: [Objective]
    public var range: SourceRange
}
