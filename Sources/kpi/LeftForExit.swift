/// Values a command keeps until the process exits, instead of freeing them as it returns.
///
/// A lint run's model of 10,000 KPIs is hundreds of thousands of small objects; freeing them one by
/// one after the report is out only delays the exit, and the system takes the whole process's
/// memory back at once.
enum LeftForExit {
    private final class Holder {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Holder(value))
    }
}
