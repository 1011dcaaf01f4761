/// How often a review meeting happens (`reviews.<id>.every`).
public enum ReviewFrequency: String, PolicyEnumeration {
    case week
    case twoWeeks = "two-weeks"
    case month
    case quarter
}
