/// The grade a band gives: `ok` means met, `warn` at risk, `fail` missed.
public enum BandLevel: String, PolicyEnumeration {
    case ok, warn, fail
}
