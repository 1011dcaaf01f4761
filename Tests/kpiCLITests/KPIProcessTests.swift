import Foundation
import Testing

@Suite("the helper that runs kpi")
struct KPIProcessTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test("standard error past the pipe buffer while standard output stays open does not stall it")
    func largeStandardError() throws {
        // 1 MiB on stderr before anything on stdout: a helper that reads stdout to its end first
        // waits for a child that waits for room in the stderr pipe.
        let script = "head -c 1048576 /dev/zero >&2; echo done; exit 3"
        let result = try KPIProcess.run(["-c", script], timeout: 120, executable: Self.shell)
        #expect(result.stderr.utf8.count == 1_048_576)
        #expect(result.stdout == "done\n")
        #expect(result.status == 3)
    }

    @Test("a child that does not finish in time is killed and reported")
    func timeout() throws {
        #expect(throws: KPIProcess.TimedOut.self) {
            try KPIProcess.run(["-c", "sleep 30"], timeout: 1, executable: Self.shell)
        }
    }
}
