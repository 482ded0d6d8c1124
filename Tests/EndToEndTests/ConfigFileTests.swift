import Foundation
import RegioTestSupport
import Testing

/// config.toml reaches the real dashboard: rebound keys in the footer and in use, its mistakes in the
/// status bar with line and column while the rest still applies.
@Suite("config.toml in tmux", .timeLimit(.minutes(1)))
struct ConfigFileTests {
    @Test func reboundKeysAndAMistakeWithItsPosition() async throws {
        let folder = try ScratchFolder("regio-e2e-config")
        defer { folder.remove() }
        try folder.write("config.toml", "[keys]\nsearch = [\"F3\"]\nquit = [\"x\"]\nserch = [\"s\"]\n")
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec \(shellQuoted(binary))", environment: ["REGIO_CONFIG": folder.file("config.toml")])
        defer { session.close() }
        let screen = try await session.waitFor("unknown command 'serch'")
        #expect(DashboardTests.footer(screen).contains("config.toml:4:1: unknown command 'serch'"))
        // The message goes with the next key; then the footer has room for the keys.
        try session.sendKeys("j")
        let keys = DashboardTests.footer(try await session.waitFor("F3 search"))
        #expect(!keys.contains("/ search"), "\(keys)")
        try session.sendKeys("F3")
        try session.type("vast")
        let typing = try await session.waitFor("search participants: vast")
        #expect(DashboardTests.footer(typing).contains("⏎ keep"))
        try session.sendKeys("Escape")
        try await session.waitFor("x quit")
        try session.sendKeys("x")
        let exit = try session.waitForExit()
        #expect(exit == PaneExit(status: 0, signal: nil), "x quits: \(exit)")
    }
}
