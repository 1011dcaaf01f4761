import Testing
@testable import KPIEvaluation

@Suite("String and label caches")
struct ObservationCacheTests {
    @Test("the string cache gives the text of every value, however many values take turns")
    func strings() {
        var cache = StringCache()
        let values = (0..<2000).map { "value-\($0 % 700)" } + ["", String(repeating: "long", count: 40), "Zoë"]
        for value in values + values {
            let bytes = Array(value.utf8)
            #expect(bytes.withUnsafeBufferPointer { cache.string(for: $0) } == value)
        }
        #expect([UInt8]([0xC3, 0x28]).withUnsafeBufferPointer { cache.string(for: $0) } == nil)
    }

    @Test("the label cache gives the labels of every combination, however many take turns")
    func labels() {
        var cache = LabelSetCache()
        for round in 0..<3 {
            for index in 0..<600 {
                let pairs = ["region", "r\(index % 300)", "mode", index % 2 == 0 ? "sync" : "async"]
                #expect(cache.labels(for: pairs) == ["region": "r\(index % 300)", "mode": index % 2 == 0 ? "sync" : "async"], "round \(round)")
            }
        }
        #expect(cache.labels(for: []) == [:])
        #expect(cache.labels(for: ["ab", "c"]) == ["ab": "c"])
        #expect(cache.labels(for: ["a", "bc"]) == ["a": "bc"])
    }
}
