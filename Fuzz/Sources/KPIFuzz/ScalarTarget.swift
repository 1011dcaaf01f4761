import KPIPolicy

/// The bytes as each scalar a policy holds: targets (with their intervals in the quantity's unit),
/// quantities, durations (and their seconds), numbers, dates, quarters and units.
enum ScalarTarget {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if case .success(let target) = Target.parse(text) {
            _ = target.comparator
            for quantity in target.quantities {
                _ = quantity.description
                if let unit = quantity.unit { _ = target.interval(in: unit, references: ["baseline": quantity]) }
            }
            _ = target.interval(in: Unit.parse("%") ?? Unit.parse("ms")!)
        }
        if case .success(let quantity) = Quantity.parse(text) {
            _ = quantity.description
            for symbol in ["ms", "s", "%", "h", "d"] {
                if let unit = Unit.parse(symbol) { _ = quantity.value(in: unit) }
            }
        }
        if case .success(let duration) = PolicyDuration.parse(text) {
            _ = duration.description
            _ = duration.wholeSeconds
            _ = duration.seconds
            _ = duration.days
        }
        _ = NumberText.parse(text)
        if case .success(let date) = CalendarDate.parse(text) {
            _ = date.description
            _ = date.weekday
            _ = date.adding(days: 400)
        }
        if case .success(let quarter) = Quarter.parse(text) {
            _ = quarter.firstDay
            _ = quarter.lastDay
        }
        _ = Unit.parse(text)?.description
    }
}
