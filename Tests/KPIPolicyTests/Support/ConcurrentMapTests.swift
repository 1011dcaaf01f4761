import Testing
@testable import KPIPolicy

@Suite("Concurrent map")
struct ConcurrentMapTests {
    @Test("results keep the order of the elements, for any size and run length", arguments: [0, 1, 2, 7, 64, 1000, 100_003])
    func order(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.concurrentMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(numbers.concurrentMap(minimumPerTask: 64) { String($0) } == numbers.map { String($0) })
    }

    @Test("values with storage of their own come back intact")
    func references() {
        let words = (0..<5000).map { "word-\($0)-" + String(repeating: "x", count: $0 % 40) }
        let lengths = words.concurrentMap { [$0, $0.uppercased()] }
        #expect(lengths == words.map { [$0, $0.uppercased()] })
    }
}
