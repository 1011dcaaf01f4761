/// Committed objectives are expected to reach 1.0; for aspirational ones 0.7 is good.
public enum ObjectiveType: String, PolicyEnumeration {
    case committed
    case aspirational
}
