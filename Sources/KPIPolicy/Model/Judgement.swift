/// Who produces the observations: machines, or people judging outputs against a rubric.
public enum Judgement: String, PolicyEnumeration {
    case automated
    case human
}
