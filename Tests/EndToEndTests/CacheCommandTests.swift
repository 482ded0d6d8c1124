import Foundation
import RegioTestSupport
import Testing

/// `regio cache` and `regio cache clear` as a user runs them, on a cache folder of the test's own.
@Suite("The cache command", .timeLimit(.minutes(1)))
struct CacheCommandTests {
    private func regio(_ arguments: [String], cacheHome: String) throws -> ProcessOutput {
        var environment = ProcessRunner.cleanEnvironment
        environment["XDG_CACHE_HOME"] = cacheHome
        return try ProcessRunner.run(try RegioBinary.path(), arguments, environment: environment)
    }

    @Test("lists the folder a load kept, and clear removes it")
    func listsAndClears() throws {
        let home = try ScratchFolder("regio-cache-home")
        defer { home.remove() }
        let data = home.file("data")
        #expect(try regio(["generate", "--memberships", "50", "--territories", "10", "--initiatives", "5", "--out", data],
                          cacheHome: home.path).status == 0)
        let empty = try regio(["cache"], cacheHome: home.path)
        #expect(empty.status == 0 && empty.stdout.contains(": 0 of at most 8 entries"), "\(empty.stdout)\(empty.stderr)")
        #expect(try regio(["stats", "--data", data], cacheHome: home.path).status == 0)
        let one = try regio(["cache"], cacheHome: home.path)
        #expect(one.stdout.contains(": 1 of at most 8 entries") && one.stdout.contains("/data"), "\(one.stdout)")
        let cleared = try regio(["cache", "clear"], cacheHome: home.path)
        #expect(cleared.status == 0 && cleared.stdout.hasPrefix("removed 1 entry"), "\(cleared.stdout)\(cleared.stderr)")
    }

    @Test("a file where the cache folder should be is said to keep the cache off, not shown as an empty cache")
    func aFileInItsPlace() throws {
        let home = try ScratchFolder("regio-cache-home")
        defer { home.remove() }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: home.file("regio")))
        for arguments in [["cache"], ["cache", "clear"]] {
            let run = try regio(arguments, cacheHome: home.path)
            #expect(run.status == 1, "\(arguments): status \(run.status)")
            #expect(run.stderr.contains("regio is not a folder, so regio keeps no cache"), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
        }
        // Loading still works without a cache.
        #expect(try regio(["stats"], cacheHome: home.path).status == 0)
    }
}
