import Testing
@testable import KPIPolicy

@Suite("A KPI behaves as a value")
struct KPIValueTests {
    static func kpi() throws -> KPI {
        let set = PolicySetTests.load(["a.yaml": PolicySetTests.team])
        return try #require(set.kpis.first)
    }

    @Test("changing a copy leaves the original as it was")
    func copyThenChange() throws {
        let original = try Self.kpi()
        var copy = original
        copy.name = Located("Renamed", at: copy.range)
        copy.segments = []
        copy.team = "other"
        #expect(copy.name?.value == "Renamed")
        #expect(copy.team == "other")
        #expect(original.name?.value == "First")
        #expect(original.team == "ml")
    }

    @Test("changing a KPI that shares nothing changes it in place, field by field")
    func changeInPlace() throws {
        var kpi = try Self.kpi()
        kpi.id = Located("second", at: kpi.id.range)
        kpi.description = Located("why it matters", at: kpi.range)
        #expect(kpi.id.value == "second")
        #expect(kpi.description?.value == "why it matters")
        #expect(kpi.name?.value == "First")
    }

    @Test("KPIs in a collection stay independent when one is changed")
    func inCollection() throws {
        let kpi = try Self.kpi()
        var kpis = [kpi, kpi]
        kpis[1].review = Located("weekly", at: kpi.range)
        #expect(kpis[0].review == nil)
        #expect(kpis[1].review?.value == "weekly")
        #expect(kpi.review == nil)
    }
}
