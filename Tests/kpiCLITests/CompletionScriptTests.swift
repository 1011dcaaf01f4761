import Testing

@Suite("Shell completions")
struct CompletionScriptTests {
    @Test("kpi --generate-completion-script writes a script for each shell", arguments: ["bash", "zsh", "fish"])
    func script(shell: String) throws {
        let result = try KPIProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kpi"))
        #expect(result.stdout.contains("lint"))
        #expect(result.stdout.contains("init"))
        #expect(result.stdout.contains("sarif"), "--format values are completed")
    }
}
