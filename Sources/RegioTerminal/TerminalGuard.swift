import CNcursesw
import Glibc

/// Puts the terminal back the way it was, whatever ends regio: a normal exit, SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT, or a crash (a Swift trap arrives as SIGILL or SIGTRAP, a bad pointer as SIGSEGV or SIGBUS).
/// ncurses restores the terminal by itself on SIGINT and SIGTERM only.
enum TerminalGuard {
    /// Signals that end the program: after restoring the terminal, their default action runs, so the exit
    /// status is the conventional one (130, 143, 129 …). ncurses's own SIGINT/SIGTERM handlers would exit
    /// with status 1 instead, so they are not chained.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crash signals: after restoring the terminal, the previous handler (the Swift runtime's crash
    /// reporter) runs, so the backtrace is not lost.
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    static var signals: [Int32] { terminating + crashing }

    // Read by the signal handler; written only before curses starts and after it ends.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]
    nonisolated(unsafe) static var active = false

    static func install() {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                TerminalGuard.restoreTerminal()
                // Hand the signal to whoever had it before (the default action, or the Swift runtime's
                // crash reporter), so the exit status and any backtrace are what they would have been.
                if TerminalGuard.crashing.contains(received), var old = TerminalGuard.previous[received] {
                    sigaction(received, &old, nil)
                } else {
                    Glibc.signal(received, SIG_DFL)
                }
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
        atexit { TerminalGuard.restoreTerminal() }
    }

    /// Ends curses mode once. Called from signal handlers too: it only calls endwin, which ncurses's own
    /// handlers call in the same situation.
    static func restoreTerminal() {
        guard active else { return }
        active = false
        endwin()
    }
}
