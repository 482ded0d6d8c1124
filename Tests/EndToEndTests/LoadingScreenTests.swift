import Foundation
import RegioModel
import Synchronization
import RegioTestSupport
import Testing

/// A large data folder: the dashboard shows the data once it is loaded. (The loading screen itself, and
/// that the keymap's quit key leaves it at once, are tested in-process in ProgramTests, where the load
/// ends only when the test says so: a real load can end before a busy machine first looks at the pane.)
/// One at a time: each test keeps a debug build of regio busy for seconds on a 2-core machine.
@Suite("Loading a large data folder", .serialized, .timeLimit(.minutes(3)))
struct LoadingScreenTests {
    /// 300,000 memberships take a few seconds in a debug build: long enough to see and interrupt. Made
    /// once per test process, off the tests' shared threads (a blocking wait of seconds there stalls
    /// every other test that is polling a tmux pane), and copied for each test.
    static func generated() async throws -> ScratchFolder {
        let original = try await shared.value
        let folder = try ScratchFolder("regio-e2e-large")
        for name in ["territories.json", "initiatives.json", "memberships.json"] {
            try FileManager.default.copyItem(atPath: original.file(name), toPath: folder.file(name))
        }
        return folder
    }

    private static let shared = Task<ScratchFolder, Error> {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    let folder = try ScratchFolder("regio-e2e-large-original")
                    atexit { try? FileManager.default.removeItem(atPath: LoadingScreenTests.sharedPath) }
                    sharedPathStorage.withLock { $0 = folder.path }
                    let result = try ProcessRunner.regio(["generate", "--territories", "30000", "--initiatives", "3000",
                                                          "--memberships", "300000", "--seed", "5", "--out", folder.path])
                    guard result.status == 0 else { throw EndToEndFailure("generate failed: \(result.stderr)") }
                    return folder
                })
            }.start()
        }
    }

    private static let sharedPathStorage = Mutex("")
    private static var sharedPath: String { sharedPathStorage.withLock { $0 } }

    @Test func theDataAppearsWhenLoaded() async throws {
        let folder = try await Self.generated()
        defer { folder.remove() }
        let session = try TmuxSession(regio: ["--data", folder.path], width: 100, height: 30)
        defer { session.close() }
        let screen = try await session.waitFor(regex: #"Participants .* 1/30000"#, timeout: 60)
        // The header's count may be cut short by the long folder name at 100 columns.
        #expect(screen.contains("30000 particip"))
        #expect(!screen.contains("Loading data"))
    }

    /// The first rows of the file show at once, marked as not yet checked; then the dashboard. Opened
    /// again, the folder comes from the cache, and the screens are the ones `--no-cache` gives.
    @Test func theFirstRowsShowWhileLoadingAndTheCacheGivesTheSameScreens() async throws {
        let folder = try await Self.generated()
        defer { folder.remove() }
        let loadedPattern = #"Participants .* 1/30000"#
        let first = try TmuxSession(regio: ["--data", folder.path], width: 100, height: 30)
        defer { first.close() }
        let preview = try await first.waitFor("not yet checked", timeout: 60)
        #expect(preview.contains("loading, still checking"))
        // The generator writes the member states first, Austria first of all; the preview has the
        // participants pane's column header.
        let lines = ScreenText.lines(preview)
        #expect(lines.count > 3 && lines[2].contains("Name") && lines[3].contains("Austria"), "\(preview)")
        let loaded = try await first.waitFor(regex: loadedPattern, timeout: 60)
        #expect(!loaded.contains("not yet checked") && !loaded.contains("still checking"))
        try first.sendKeys("q")
        #expect(try first.waitForExit().status == 0)

        let entry = CatalogCache(directory: ProcessRunner.testCacheHome + "/regio", stamp: "").entryPath(forFolder: folder.path)
        let written = try #require(try? FileManager.default.attributesOfItem(atPath: entry)[.modificationDate] as? Date,
                                   "regio wrote a cache entry before it exited")

        func screens(_ arguments: [String]) async throws -> [String] {
            let session = try TmuxSession(regio: arguments + ["--data", folder.path], width: 100, height: 30)
            defer { session.close() }
            var seen = [try await session.waitFor(regex: loadedPattern, timeout: 60)]
            // A sort, a search and a detail: screens that read names, counts and memberships.
            try session.sendKeys("s")
            seen.append(try await session.waitFor(regex: #"Kind▲"#))
            try session.sendKeys("/")
            try session.type("aust")
            try session.sendKeys("Enter")
            seen.append(try await session.waitFor("“aust”"))
            try session.sendKeys("Enter")
            seen.append(try await session.waitFor(regex: #"Austria \("#))
            return seen
        }
        let fromCache = try await screens([])
        let used = try FileManager.default.attributesOfItem(atPath: entry)[.modificationDate] as? Date
        #expect(used.map { $0 > written } == true, "the second open used the cache entry (a use renews its date)")
        let fromFiles = try await screens(["--no-cache"])
        #expect(fromCache == fromFiles)
    }

    /// Rows shown early never hide a problem: an invalid folder shows its first rows while loading, then
    /// ends with the full report and status 65, writes nothing to the folder and leaves no cache entry.
    @Test func anInvalidFolderStillEndsInTheFullReport() async throws {
        let folder = try await Self.generated()
        defer { folder.remove() }
        let path = folder.file("memberships.json")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let last = try #require(text.range(of: #"{"territory":""#, options: .backwards))
        text.insert(contentsOf: "nowhere-", at: last.upperBound)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

        let session = try TmuxSession(regio: ["--data", folder.path], width: 100, height: 30)
        defer { session.close() }
        _ = try await session.waitFor("not yet checked", timeout: 60)
        let exit = try session.waitForExit(timeout: 90)
        #expect(exit.status == 65)
        let report = ScreenText.flattened(try session.capture(history: true))
        #expect(report.contains("the data is invalid"), "\(report)")
        #expect(report.contains("memberships.json:") && report.contains("nowhere-"), "\(report)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        let entry = CatalogCache(directory: ProcessRunner.testCacheHome + "/regio", stamp: "").entryPath(forFolder: folder.path)
        #expect(!FileManager.default.fileExists(atPath: entry))
    }

    /// q on the first rows leaves at once: the load still running is not waited for.
    @Test func qOnTheFirstRowsQuitsAtOnce() async throws {
        let folder = try await Self.generated()
        defer { folder.remove() }
        let session = try TmuxSession(regio: ["--no-cache", "--data", folder.path], width: 80, height: 24)
        defer { session.close() }
        _ = try await session.waitFor("not yet checked", timeout: 60)
        let pressed = Date()
        try session.sendKeys("q")
        #expect(try session.waitForExit(timeout: 10).status == 0)
        #expect(Date().timeIntervalSince(pressed) < 5, "q did not wait for the load (a debug build takes longer)")
    }
}
