import Foundation
import Testing

/// A large data folder: the dashboard shows how far loading has got, stays responsive to q, and then
/// shows the data.
@Suite("Loading a large data folder", .timeLimit(.minutes(2)))
struct LoadingScreenTests {
    /// 300,000 memberships take a few seconds in a debug build: long enough to see and interrupt.
    static func generated() throws -> ScratchFolder {
        let folder = try ScratchFolder("regio-e2e-large")
        let result = try ProcessRunner.regio(["generate", "--territories", "30000", "--initiatives", "3000",
                                              "--memberships", "300000", "--seed", "5", "--out", folder.path])
        try #require(result.status == 0, "generate failed: \(result.stderr)")
        return folder
    }

    @Test func progressIsShownAndQQuitsAtOnce() async throws {
        let folder = try Self.generated()
        defer { folder.remove() }
        // The load is held back a few seconds, so that a busy machine cannot finish it before the first look.
        let session = try TmuxSession(command: try TerminalLifecycleTests.wrapped(["--data", folder.path]), width: 100, height: 30,
                                      environment: ["REGIO_TEST_SLOW_LOAD": "8"])
        defer { session.close() }
        let screen = try await session.waitFor("Loading data", timeout: 20)
        #expect(screen.contains(folder.path), "the loading screen names the folder")
        #expect(screen.contains("q quit"))
        #expect(screen.contains("█") || screen.contains("░"), "a progress bar is drawn")
        #expect(!screen.contains("Participants"), "the data is not shown before it is loaded")
        let pressed = ContinuousClock.now
        try session.sendKeys("q")
        let after = try await session.waitFor("regio exited with", timeout: 5)
        let took = ContinuousClock.now - pressed
        #expect(after.contains("regio exited with 0"))
        #expect(!after.contains("Loading data"), "the loading screen is gone with the alternate screen")
        #expect(took < .seconds(2), "q should quit during loading, not after it (took \(took))")
    }

    @Test func theDataAppearsWhenLoaded() async throws {
        let folder = try Self.generated()
        defer { folder.remove() }
        let session = try TmuxSession(regio: ["--data", folder.path], width: 100, height: 30)
        defer { session.close() }
        let screen = try await session.waitFor(regex: #"Participants .* 1/30000"#, timeout: 60)
        // The header's count may be cut short by the long folder name at 100 columns.
        #expect(screen.contains("30000 particip"))
        #expect(!screen.contains("Loading data"))
    }
}
