import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("The review folder's files")
struct ReviewFolderTests {
    static func review(configuration: ConfigurationChoice) throws -> QuarterlyReview {
        let root = Golden.repositoryRoot.path
        let checked = try PolicyWorkspace(paths: [root + "/policies"], configuration: configuration)
            .check(asOf: CalendarDate(year: 2026, month: 11, day: 19)!)
        #expect(checked.isUsable)
        return QuarterlyReview(policies: checked, evaluation: ExampleReview.evaluation, quarter: ExampleReview.quarter)
    }

    @Test("every report, the lint report of the checked policies, index.html, and manifest.json last")
    func files() throws {
        let review = try Self.review(configuration: .defaults)
        let files = try ReviewFolder(review: review).files()
        #expect(files.map(\.name) == [
            "okr.html", "okr.xlsx", "okr.csv", "okr.md", "okr.json", "owners.html", "owners.md", "owners.json",
            "agenda-ai-platform-engineering-sync.md", "agenda-ai-platform-monthly-review.md",
            "agenda-support-assistant-engineering-sync.md", "agenda-support-assistant-monthly-review.md",
            "evaluation.html", "evaluation.md", "evaluation.json", "lint.txt", "lint.json", "index.html", "manifest.json",
        ])
        let lint = try #require(files.first { $0.name == "lint.txt" })
        #expect(String(decoding: lint.bytes, as: UTF8.self) == LintTextReporter(useColor: false).render(review.policies.lint, sources: review.policies.sourcesByPath))
        let index = String(decoding: try #require(files.first { $0.name == "index.html" }).bytes, as: UTF8.self)
        for file in files where file.name != "index.html" { #expect(index.contains("href=\"\(file.name)\""), "index.html links \(file.name)") }
        // The manifest lists every other file with its digest and size.
        let manifest = String(decoding: try #require(files.last).bytes, as: UTF8.self)
        for file in files.dropLast() {
            #expect(manifest.contains("\"path\": \"\(file.name)\",\n      \"sha256\": \"\(SHA256.hex(of: file.bytes))\",\n      \"bytes\": \(file.bytes.count)\n"), "\(file.name)")
        }
    }

    @Test("index.html counts the files kpi review writes, itself included, as the command reports them")
    func fileCount() throws {
        let files = try ReviewFolder(review: try Self.review(configuration: .defaults)).files()
        let index = String(decoding: try #require(files.first { $0.name == "index.html" }).bytes, as: UTF8.self)
        #expect(index.contains("<dt>Files</dt><dd>\(files.count) <span class=\"sub\">this page included</span></dd>"))
    }

    @Test("index.html names the teams and lists every KPI, linked to its card on evaluation.html")
    func kpiTable() throws {
        let review = try Self.review(configuration: .defaults)
        let files = try ReviewFolder(review: review).files()
        let index = String(decoding: try #require(files.first { $0.name == "index.html" }).bytes, as: UTF8.self)
        let evaluation = String(decoding: try #require(files.first { $0.name == "evaluation.html" }).bytes, as: UTF8.self)
        #expect(index.contains("<h1>AI Platform · Support Assistant</h1>"))
        for kpi in review.evaluation.kpis {
            #expect(index.contains("href=\"evaluation.html#kpi-\(kpi.id)\""), "index.html links \(kpi.id)")
            #expect(evaluation.contains("id=\"kpi-\(kpi.id)\""), "evaluation.html has a card for \(kpi.id)")
        }
    }

    @Test("the ownership report flags owners above the limit the policies were checked with")
    func ownerLimit() throws {
        let text = PolicySource(path: ".kpi.yaml", text: "limits:\n  max-kpis-per-owner: 1\n")
        let limited = try Self.review(configuration: .text(text, folder: Golden.repositoryRoot.path))
        #expect(limited.policies.options.maxKPIsPerOwner == 1)
        #expect(limited.ownership.owners.contains { $0.overloaded })
        let defaults = try Self.review(configuration: .defaults)
        #expect(!defaults.ownership.owners.contains { $0.overloaded })
    }
}
