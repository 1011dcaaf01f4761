import KPIEvaluation
import KPIPolicy

/// How every report states where it comes from (DESIGN §9): the policies' commit and whether they had
/// uncommitted changes, the inputs' SHA-256 and kpi's version. One place, so the JSON keys, the
/// Markdown lines and the HTML facts say the same thing in every report.
enum ProvenanceStamp {
    /// The JSON fields, in this order, after `asOf`: `policyCommit` (null outside git),
    /// `policyDirty` (null outside git), `inputsSHA256` and `kpiVersion` (null when not known).
    static func jsonFields(_ provenance: Provenance?) -> [(String, JSONValue)] {
        [
            ("policyCommit", provenance?.policyCommit.map(JSONValue.string) ?? .null),
            ("policyDirty", provenance?.policyDirty.map(JSONValue.bool) ?? .null),
            ("inputsSHA256", provenance.map { .string($0.inputsSHA256) } ?? .null),
            ("kpiVersion", provenance.map { .string($0.kpiVersion) } ?? .null),
        ]
    }

    /// What the policies' state says, in words.
    static func commitText(_ provenance: Provenance) -> String {
        guard let commit = provenance.policyCommit else { return "not in a git work tree" }
        return "\(commit)" + (provenance.policyDirty == true ? " with uncommitted changes" : "")
    }

    /// Markdown list items for a report's header.
    static func markdownLines(_ provenance: Provenance?) -> String {
        guard let provenance else { return "" }
        var output = "- Policy commit: "
        if let commit = provenance.policyCommit {
            output += MarkdownText.code(commit) + (provenance.policyDirty == true ? " with uncommitted changes" : "") + "\n"
        } else {
            output += "none (the policies are not in a git work tree)\n"
        }
        output += "- Inputs SHA-256: \(MarkdownText.code(provenance.inputsSHA256))\n"
        output += "- kpi \(MarkdownText.inline(provenance.kpiVersion))\n"
        return output
    }

    /// Label and HTML value pairs for a page's list of facts; the full values are in `title`.
    static func htmlFacts(_ provenance: Provenance?) -> [(label: String, value: String)] {
        guard let provenance else { return [] }
        var facts: [(label: String, value: String)] = []
        if let commit = provenance.policyCommit {
            let dirty = provenance.policyDirty == true ? " <span class=\"sub\">with uncommitted changes</span>" : ""
            facts.append(("Policy commit", "<code title=\"\(HTMLPage.attribute(commit))\">\(HTMLPage.text(String(commit.prefix(12))))</code>\(dirty)"))
        } else {
            facts.append(("Policy commit", "<span class=\"none\">not in a git work tree</span>"))
        }
        facts.append(("Inputs SHA-256", "<code title=\"\(HTMLPage.attribute(provenance.inputsSHA256))\">\(HTMLPage.text(provenance.inputsSummary))…</code>"))
        facts.append(("kpi", HTMLPage.text(provenance.kpiVersion)))
        return facts
    }

    /// A footer sentence with the full values, for pages that are printed.
    static func htmlFooter(_ provenance: Provenance?) -> String {
        guard let provenance else { return "" }
        return "Policies \(HTMLPage.text(commitText(provenance))); inputs SHA-256 <code>\(HTMLPage.text(provenance.inputsSHA256))</code>; kpi \(HTMLPage.text(provenance.kpiVersion))."
    }

    /// Rows of a two-column table (`field`, `value`) for spreadsheets.
    static func tableRows(_ provenance: Provenance?) -> [[TableCell]] {
        guard let provenance else { return [] }
        return [
            [.text("Policy commit"), .text(provenance.policyCommit ?? "not in a git work tree")],
            [.text("Policies had uncommitted changes"), provenance.policyDirty.map(TableCell.flag) ?? .empty],
            [.text("Inputs SHA-256"), .text(provenance.inputsSHA256)],
            [.text("kpi version"), .text(provenance.kpiVersion)],
        ]
    }
}
