/// How a window's observations become one value.
public enum Statistic: String, PolicyEnumeration {
    case p50, p95, p99, mean, median, min, max, sum, count, rate, last
}
