import Foundation
import Testing

/// How regio leaves the terminal: after q, Ctrl-C and signals, and when it cannot start at all.
@Suite("Terminal set-up and restoration", .timeLimit(.minutes(1)))
struct TerminalLifecycleTests {
    /// A shell that runs regio, then reports its exit status and stays alive: the pane keeps living, so
    /// tmux still tracks the cursor's visibility after regio is gone (a dead pane always reports
    /// cursor_flag 0).
    static func wrapped(_ arguments: [String] = []) throws -> String {
        let binary = try RegioBinary.path()
        let regio = ([binary] + arguments).map(shellQuoted).joined(separator: " ")
        return "\(regio); echo \"regio exited with $?\"; exec sleep 600"
    }

    @Test("a quit key ends regio with status 0 and leaves the alternate screen", arguments: ["q", "C-c"])
    func quitKeyRestoresTerminal(key: String) async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Participants")
        #expect(try session.alternateOn)
        try session.sendKeys(key)
        let exit = try session.waitForExit()
        #expect(exit == PaneExit(status: 0, signal: nil), "after \(key): \(exit)")
        #expect(try !session.alternateOn, "after \(key) the terminal should be back on the normal screen")
    }

    @Test("after a quit key the cursor is visible again", arguments: ["q", "C-c"])
    func quitKeyShowsCursor(key: String) async throws {
        let session = try TmuxSession(command: try Self.wrapped())
        defer { session.close() }
        try await session.waitFor("Participants")
        #expect(try !session.cursorVisible)
        try session.sendKeys(key)
        let screen = try await session.waitFor("regio exited with")
        #expect(screen.contains("regio exited with 0"))
        #expect(!screen.contains("Participants"), "the dashboard should be gone with the alternate screen")
        #expect(try !session.alternateOn)
        #expect(try session.cursorVisible, "the cursor should be visible again after \(key)")
    }

    /// SIGTERM, SIGINT and SIGHUP end regio the way they end any program: killed by that signal (tmux shows
    /// #{pane_dead_signal}), or exit status 128 + signal from a shell that re-raised it; either way, with
    /// the terminal restored.
    @Test("a signal restores the terminal and ends regio by that signal", arguments: [SIGTERM, SIGINT, SIGHUP])
    func signalRestoresTerminal(signal: Int32) async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Participants")
        let pid = try session.panePID
        try #require(pid > 0)
        let command = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        try #require(command.hasPrefix("regio"), "the pane's process should be regio itself, not \(command)")
        #expect(kill(pid, signal) == 0)
        let exit = try session.waitForExit()
        #expect(try !session.alternateOn, "after signal \(signal) the terminal should be off the alternate screen")
        // Not ncurses's own SIGINT/SIGTERM handler, which would end the process with _exit(1).
        #expect(exit.signal == Int(signal) || exit.status == 128 + Int(signal), "after signal \(signal): \(exit)")
    }

    @Test("after SIGTERM the cursor is visible again")
    func sigtermShowsCursor() async throws {
        let session = try TmuxSession(command: try Self.wrapped())
        defer { session.close() }
        try await session.waitFor("Participants")
        // The pane's process is the shell; regio is its only child.
        let shell = try session.panePID
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { pid_t($0) }
        let regio = try #require(children.first, "the wrapper shell has no child")
        #expect(kill(regio, SIGTERM) == 0)
        let screen = try await session.waitFor("regio exited with")
        #expect(!screen.contains("Participants"))
        #expect(try !session.alternateOn)
        #expect(try session.cursorVisible, "the cursor should be visible again after SIGTERM")
    }

    @Test("without a terminal on stdout regio explains and points to the plain commands")
    func notATerminal() throws {
        let result = try ProcessRunner.regio([])
        #expect(result.status != 0)
        #expect(!result.killedBySignal)
        #expect(result.stderr.contains("needs a terminal"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("regio list"), "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no escape sequences on a pipe: \(result.stdout.debugDescription)")
    }

    @Test("an unknown TERM is reported, not a crash")
    func unknownTerminalType() async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec env TERM=nosuchterm \(shellQuoted(binary))")
        defer { session.close() }
        let exit = try session.waitForExit()
        #expect(exit.status != nil && exit.status != 0, "exit: \(exit)")
        #expect(exit.signal == nil, "exit: \(exit)")
        // The message is wider than the pane: read it with the scrollback and wrapped lines joined.
        let screen = try session.capture(history: true)
        #expect(screen.contains("unknown terminal type 'nosuchterm'"), "screen:\n\(screen)")
        #expect(!screen.contains("Error opening terminal"), "ncurses's own message and exit should be avoided")
        #expect(try !session.alternateOn)
    }
}
