/// Findings about `# kpi:` suppression comments. The suppression stage of the linter reports them;
/// they cannot be suppressed inline themselves, only configured in `.kpi.yaml`.
extension LintRule {
    /// A policy whose KPI is owned by two people, with `comment` on the line before `owner`.
    private static func sharedOwner(_ comment: String, owner: String = "[ana, ben]", after: String = "") -> String {
        Examples.kpi(["owner": owner]).replacingFirst("    owner: \(owner)\n", with: "\(comment)\n    owner: \(owner)\n\(after)")
    }

    static let unusedSuppression = LintRule(
        id: "unused-suppression", name: "Unused suppression",
        summary: "A `# kpi: disable…` comment must silence a finding; one that silences nothing is reported.",
        rationale: "Suppressions outlive the problem they excused. Once the KPI is fixed, a leftover comment would silently hide the next real finding on that line, so kpi asks for it to go.",
        category: .suppressions, severity: .warning,
        triggering: [
            sharedOwner("    # kpi: disable-next-line ↓single-owner -- Ana and Ben share it until the reorg", owner: "ana"),
            Examples.kpi().replacingFirst("    target:", with: "    # kpi: disable ↓ungrounded-target -- the baseline is measured next month\n    target:"),
        ],
        nonTriggering: [
            sharedOwner("    # kpi: disable-next-line single-owner -- Ana and Ben share it until the reorg"),
            Examples.kpi(remove: ["baseline", "improvement"])
                .replacingFirst("    target:", with: "    # kpi: disable ungrounded-target -- the baseline is measured next month\n    target:")
                + "    # kpi: enable ungrounded-target\n",
        ])

    static let malformedSuppression = LintRule(
        id: "malformed-suppression", name: "Malformed suppression",
        summary: "A `# kpi:` comment must be `disable-next-line`, `disable` or `enable` followed by rule ids kpi knows.",
        rationale: "A misspelt directive or rule id silences nothing, and the author believes it does. Findings about reading the file (YAML syntax, encoding, input limits) and about suppressions cannot be suppressed.",
        category: .suppressions, severity: .error,
        triggering: [
            sharedOwner("    # kpi: ↓disable-line single-owner -- Ana and Ben share it until the reorg"),
            sharedOwner("    # kpi: disable-next-line ↓single-ownr -- Ana and Ben share it until the reorg"),
            sharedOwner("    # kpi: enable ↓single-owner"),
            sharedOwner("    # kpi: disable-next-line single-owner ↓because Ana and Ben share it"),
            sharedOwner("    # kpi: disable-next-line ↓yaml-syntax -- the file is fine"),
        ],
        nonTriggering: [
            sharedOwner("    # kpi: disable-next-line single-owner -- Ana and Ben share it until the reorg"),
            Examples.kpi(["measures": "\"Latency at P99 # kpi: disable everything\""])
                .replacingFirst("    name:", with: "    # kpi dashboards live in Grafana\n    name:"),
            Examples.kpi(["description": "|\n      Quoted from the handbook:\n      # kpi: disable the pager at night"]),
        ])

    static let suppressionWithoutReason = LintRule(
        id: "suppression-without-reason", name: "Suppression without a reason",
        summary: "A suppression gives its reason after ` -- `.",
        rationale: "An exception without a reason cannot be reviewed: the next reader cannot tell a deliberate trade-off from a silenced mistake. The suppression still applies, so this is the one finding to fix.",
        category: .suppressions, severity: .error,
        triggering: [
            sharedOwner("    ↓# kpi: disable-next-line single-owner"),
            sharedOwner("    ↓# kpi: disable single-owner --", after: "    # kpi: enable single-owner\n"),
        ],
        nonTriggering: [
            sharedOwner("    # kpi: disable-next-line single-owner -- Ana and Ben share it until the reorg"),
            sharedOwner("    # kpi: disable single-owner -- Ana and Ben share it until the reorg", after: "    # kpi: enable single-owner\n"),
        ])
}
