/// The field names the language allows in each mapping. These names are the contract of kpi/v1.
public enum PolicyFields {
    public static let document = ["apiVersion", "team", "kpis", "objectives"]
    public static let team = ["id", "name", "formed", "people", "reviews", "description"]
    public static let person = ["name", "roles", "email"]
    public static let review = ["every", "audience", "weekday", "day-of-month"]
    public static let kpi = [
        "name", "category", "measures", "owner", "unit", "better", "measurement", "review", "target", "bands",
        "segments", "baseline", "improvement", "evidence", "references", "description",
    ]
    public static let measurement = ["method", "metric", "formula", "query", "statistic", "window", "every", "unit", "judgement", "labels", "source"]
    public static let band = ["level", "label", "when"]
    public static let segment = ["where", "target", "query"]
    public static let baseline = ["from", "to", "value"]
    public static let improvement = ["change", "within"]
    public static let evidence = ["min-samples", "agreement"]
    public static let agreement = ["metric", "at-least"]
    public static let objective = ["quarter", "title", "owner", "type", "key-results", "description"]
    public static let keyResult = ["kpi", "target", "change", "weight"]

    /// The only supported `apiVersion`.
    public static let apiVersion = "kpi/v1"
}
