/// A day of the week, for weekly reviews.
public enum Weekday: String, PolicyEnumeration {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1 = Monday … 7 = Sunday, as `CalendarDate.weekday`.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }
}
