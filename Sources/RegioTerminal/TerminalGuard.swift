import CNcursesw
import Glibc
import Synchronization

/// Puts the terminal back the way it was, whatever ends regio: a normal exit, SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT, or a crash (a Swift trap arrives as SIGILL or SIGTRAP, a bad pointer as SIGSEGV or SIGBUS, a
/// stack overflow as SIGSEGV on a stack that has no room left: the handlers run on a stack of their own).
/// ncurses restores the terminal by itself on SIGINT and SIGTERM only.
///
/// The signal handlers are async-signal-safe: they read an atomic flag and memory prepared before they
/// were installed, and call only tcsetattr, write, sigaction and raise. No Swift collection, no
/// allocation, no ncurses.
enum TerminalGuard {
    /// Signals that end the program: after restoring the terminal, their default action runs, so the exit
    /// status is the conventional one (130, 143, 129 …). ncurses's own SIGINT/SIGTERM handlers would exit
    /// with status 1 instead, so they are not chained.
    /// Every signal whose default action ends the process is here, so none leaves the screen raw.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
                                       SIGPROF, SIGXCPU, SIGSYS, SIGSTKFLT, SIGPWR]
    /// Crash signals: after restoring the terminal, their default action runs too (status 128 + signal).
    /// Not the Swift runtime's crash reporter: on a terminal it waits for a key and, after the dashboard
    /// has let the terminal go, never got one — the process hung instead of ending.
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Whether curses owns the screen; the handlers restore the terminal only then, and only once.
    static let active = Atomic<Bool>(false)
    /// Set by the SIGCONT handler: the process was stopped and continued, and whoever stopped it (a shell
    /// putting a job in the background, `kill -STOP`) may have changed the terminal's modes meanwhile.
    static let continued = Atomic<Bool>(false)

    /// What the handlers need, prepared once before they are installed and never changed afterwards.
    private struct Prepared {
        /// The terminal modes from before curses started.
        var shellModes: UnsafeMutablePointer<termios>
        var hasShellModes: Bool
        /// The bytes that leave the alternate screen, show the cursor and reset attributes and keypad mode.
        var restore: UnsafeMutablePointer<UInt8>
        var restoreCount: Int
    }

    // Written only in `install`, before any handler that reads it exists; read-only afterwards.
    nonisolated(unsafe) private static var prepared: Prepared?

    /// Whether mouse reporting was turned on; it is turned off again on every way out. Set only in `install`.
    nonisolated(unsafe) private static var mouse = false

    /// Installs the handlers; call once curses has started (the terminfo strings come from it), with the
    /// terminal modes from before it started and whether the mouse is to be on.
    static func install(shellModes modes: termios?, mouse: Bool) {
        guard prepared == nil else { return }
        let shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        shellModes.initialize(to: modes ?? termios())
        self.mouse = mouse
        // Mouse reporting off first: left on, every click would type escape sequences into the shell.
        var bytes: [UInt8] = mouse ? Array(MouseReporting.offSequence.utf8) : []
        for name in ["rmcup", "cnorm", "sgr0", "rmkx"] {
            if let value = regio_capability(name) { bytes += Array(String(cString: value).utf8) }
        }
        let restore = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        restore.initialize(from: bytes, count: bytes.count)
        prepared = Prepared(shellModes: shellModes, hasShellModes: modes != nil, restore: restore, restoreCount: bytes.count)
        installAlternateStack()
        for signal in terminating + crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handle
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
        var onContinue = sigaction()
        onContinue.__sigaction_handler.sa_handler = { _ in TerminalGuard.continued.store(true, ordering: .relaxed) }
        sigemptyset(&onContinue.sa_mask)
        // No SA_RESTART: a read waiting for a key returns, so the loop notices at once.
        onContinue.sa_flags = 0
        sigaction(SIGCONT, &onContinue, nil)
        atexit { TerminalGuard.restoreTerminal() }
    }

    /// A stack for the handlers, so that a stack overflow can still restore the terminal. Kept when
    /// the process already has one (the Swift runtime may install its own).
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 << 10
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }

    /// The handler of every terminating and crash signal.
    private static let handle: @convention(c) (Int32) -> Void = { received in
        guard let prepared = TerminalGuard.prepared else { return }
        if TerminalGuard.active.exchange(false, ordering: .relaxed) {
            if prepared.hasShellModes { tcsetattr(STDIN_FILENO, TCSANOW, prepared.shellModes) }
            _ = write(STDOUT_FILENO, prepared.restore, prepared.restoreCount)
        }
        // The default action, so that the exit status is the conventional one.
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(received, &fallback, nil)
        raise(received)
    }

    /// Ends curses mode once, on the way out of normal code (not from a signal handler).
    static func restoreTerminal() {
        guard active.exchange(false, ordering: .relaxed) else { return }
        endwin()
        // endwin turns ncurses's mouse reporting off, not the SGR mode regio may have added to it.
        if mouse { MouseReporting.send(MouseReporting.offSequence) }
    }
}
