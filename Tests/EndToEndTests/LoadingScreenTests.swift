import Foundation
import RegioTestSupport
import Testing

/// A large data folder: the dashboard shows the data once it is loaded. (The loading screen itself, and
/// that the keymap's quit key leaves it at once, are tested in-process in ProgramTests, where the load
/// ends only when the test says so: a real load can end before a busy machine first looks at the pane.)
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
