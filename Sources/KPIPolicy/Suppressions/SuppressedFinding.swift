/// A finding an inline suppression silenced, with the reason the comment gives.
public struct SuppressedFinding: Hashable, Sendable, Comparable {
    /// The finding as it would have been reported.
    public var diagnostic: Diagnostic
    /// The text after ` -- ` in the suppression comment; nil when the comment gives none.
    public var reason: String?
    /// Where the suppression comment is.
    public var suppression: SourceRange

    public init(diagnostic: Diagnostic, reason: String?, suppression: SourceRange) {
        self.diagnostic = diagnostic
        self.reason = reason
        self.suppression = suppression
    }

    public static func < (lhs: SuppressedFinding, rhs: SuppressedFinding) -> Bool { lhs.diagnostic < rhs.diagnostic }
}
