import Testing
@testable import KPIPolicy

@Suite("Did you mean: ids of reviews, people and roles")
struct SpellingTests {
    static let reviews = ["engineering-sync", "monthly-review"]
    static let owners = ["priya", "sam", "mlops-engineer", "ml-engineer", "ai-engineer"]

    @Test("a misspelling, a word of the id, or a display name finds the id", arguments: [
        ("monthly", reviews, "monthly-review"),
        ("montly", reviews, "monthly-review"),
        ("sync", reviews, "engineering-sync"),
        ("engineering-synk", reviews, "engineering-sync"),
        ("Monthly Review", reviews, "monthly-review"),
        ("priya-raman", owners, "priya"),
        ("Priya Raman", owners, "priya"),
        ("Sam", owners, "sam"),
        ("mlops", owners, "mlops-engineer"),
        ("ml-engineers", owners, "ml-engineer"),
    ])
    func suggests(name: String, ids: [String], expected: String) {
        #expect(Spelling.nearestID(name, in: ids, aliases: ["Priya Raman": "priya", "Sam Ortiz": "sam"]) == expected)
    }

    @Test("nothing is suggested when no id or several fit", arguments: [
        ("weekly", reviews),
        ("carla", owners),
    ])
    func noSuggestion(name: String, ids: [String]) {
        #expect(Spelling.nearestID(name, in: ids) == nil)
    }
}
