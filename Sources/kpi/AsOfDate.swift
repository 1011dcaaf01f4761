import ArgumentParser
import Foundation
import KPIPolicy

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let date) = CalendarDate.parse(argument) else { return nil }
        self = date
    }

    /// Today in UTC.
    static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
