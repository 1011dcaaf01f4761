import KPIEvaluation

/// A KPI status as HTML: its icon and its word in a pill, coloured by status. The icon and the word
/// carry the meaning; colour only repeats it, so the badge reads the same in grey print.
enum StatusBadge {
    static func html(_ status: KPIStatus) -> String {
        "<span class=\"status \(cssClass(status))\"><span class=\"status-icon\" aria-hidden=\"true\">\(icon(status))</span>\u{00A0}\(HTMLPage.text(status.rawValue))</span>"
    }

    /// The status's icon as markup: its character, except the hourglass of `stale`, which many
    /// systems' fonts lack and which is drawn instead.
    static func icon(_ status: KPIStatus) -> String {
        guard status == .stale else { return HTMLPage.text(status.icon) }
        return "<svg class=\"glyph\" width=\"9\" height=\"12\" viewBox=\"0 0 9 12\"><path d=\"M0.5 0.5H8.5V1.7L5.3 6L8.5 10.3V11.5H0.5V10.3L3.7 6L0.5 1.7Z\" fill=\"currentColor\"/></svg>"
    }

    /// The style class of a status: `status-met`, `status-at-risk`, ….
    static func cssClass(_ status: KPIStatus) -> String { "status-" + status.rawValue }

    /// The colour graphics use for a status, matching the badge's style sheet colours.
    static func color(_ status: KPIStatus) -> String {
        switch status {
        case .met: "#1a7f37"
        case .atRisk: "#b07800"
        case .missed: "#cf222e"
        case .noData: "#6e7781"
        case .stale: "#8250df"
        case .insufficientEvidence: "#0969da"
        }
    }
}
