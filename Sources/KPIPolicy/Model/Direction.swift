/// Which way a KPI improves (`better:`).
public enum Direction: String, PolicyEnumeration {
    case lower
    case higher
}
