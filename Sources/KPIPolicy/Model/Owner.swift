/// What a policy wrote under `owner:`. A list is kept so that lint can say "exactly one owner".
public enum Owner: Sendable, Hashable {
    case single(String)
    case several([String])
}
