/// One value of one series at one instant: an observation stripped to what statistics need.
public struct Sample: Hashable, Sendable {
    public var time: Timestamp
    public var value: Double

    public init(time: Timestamp, value: Double) {
        self.time = time
        self.value = value
    }
}
