import Foundation
import RegioTestSupport
import Testing

/// The terminal in the hard cases (issue 11): a stop and continue from outside, a crash by a real
/// signal, a terminal that cannot address the cursor.
@Suite("Terminal: stop, continue, crash, dumb terminals", .timeLimit(.minutes(1)))
struct TerminalSignalTests {
    /// `kill -STOP`, the tty put back in cooked mode meanwhile (as a job-control shell does when a job
    /// stops), `kill -CONT`: regio must take raw mode back, so a key acts at once and is not echoed.
    @Test func continuingAfterAnOutsideStopRestoresRawMode() async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Participants")
        let pid = try session.panePID
        let tty = try session.display("#{pane_tty}")
        try #require(pid > 0 && !tty.isEmpty)
        #expect(kill(pid, SIGSTOP) == 0)
        let cooked = try ProcessRunner.shell("stty -F \(shellQuoted(tty)) icanon echo")
        try #require(cooked.status == 0, "stty: \(cooked.stderr)")
        #expect(kill(pid, SIGCONT) == 0)
        try session.sendKeys("?")
        // In cooked mode the ? would wait for Enter (and show on the screen); in raw mode help opens.
        let screen = try await session.waitFor("show or hide this help", timeout: 5)
        #expect(screen.contains("Keys"))
        let modes = try ProcessRunner.shell("stty -F \(shellQuoted(tty)) -a").stdout
        #expect(modes.contains("-icanon") && modes.contains("-echo "), "tty modes after continuing: \(modes)")
        try session.sendKeys("Escape", "q")
        #expect(try session.waitForExit() == PaneExit(status: 0, signal: nil))
    }

    /// Ctrl-Z is the suspend effect: in an interactive shell, the job stops and the shell's prompt is
    /// back on the normal screen; `fg` continues it, and it redraws and takes keys again.
    @Test func ctrlZSuspendsAndFgRedraws() async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec bash --norc --noprofile -i")
        defer { session.close() }
        try await session.waitFor("bash")
        try session.type("PS1='shell$ '")
        try session.sendKeys("Enter")
        try await session.waitFor("shell$")
        try session.type(shellQuoted(binary))
        try session.sendKeys("Enter")
        try await session.waitFor("Participants")
        try session.sendKeys("C-z")
        let stopped = try await session.waitFor("Stopped")
        #expect(!stopped.contains("Participants"), "the dashboard is gone with the alternate screen")
        #expect(try !session.alternateOn)
        try session.type("fg")
        try session.sendKeys("Enter")
        try await session.waitFor("Participants")
        #expect(try session.alternateOn)
        try session.sendKeys("?")
        try await session.waitFor("show or hide this help")
        try session.sendKeys("Escape", "q")
        let after = try await session.waitFor("shell$")
        #expect(!after.contains("Participants"))
    }

    /// A crash is a real signal sent to the real process; the terminal is restored and the process ends
    /// by that signal. (No test trigger in the product any more.) The Swift crash reporter is left in its
    /// interactive mode, as a user has it: it once held the process after the restore, waiting for a key
    /// forever. USR1 and ALRM end a process too and once left the screen raw.
    @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGUSR1, SIGALRM])
    func aCrashSignalRestoresTheTerminal(signal: Int32) async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "\(shellQuoted(binary)); echo \"regio exited with $?\"; exec sleep 600",
                                      environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=yes"])
        defer { session.close() }
        try await session.waitFor("Participants")
        let shell = try session.panePID
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { pid_t($0) }
        let regio = try #require(children.first, "the wrapper shell has no child")
        #expect(kill(regio, signal) == 0)
        let screen = try await session.waitFor("regio exited with")
        #expect(screen.contains("regio exited with \(128 + Int(signal))"), "\(screen)")
        #expect(!screen.contains("Participants"), "the dashboard is gone with the alternate screen")
        #expect(try !session.alternateOn)
        #expect(try session.cursorVisible, "the cursor is visible again after signal \(signal)")
    }

    /// TERM=dumb cannot move the cursor: refused before the screen is touched, with status 1.
    @Test func aTerminalWithoutCursorAddressingIsRefused() async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "env TERM=dumb \(shellQuoted(binary)); echo \"regio exited with $?\"; exec sleep 600")
        defer { session.close() }
        let screen = try await session.waitFor("regio exited with")
        let joined = try session.capture(history: true)
        #expect(screen.contains("regio exited with 1"), "\(screen)")
        #expect(joined.contains("cannot move the cursor"), "\(joined)")
        #expect(try !session.alternateOn)
    }
}
