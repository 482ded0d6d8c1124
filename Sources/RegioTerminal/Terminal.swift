import CNcursesw
import Glibc
import RegioUI

/// Why the dashboard could not take over the terminal; each has a message a user can act on.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal(stream: String)
    case unknownTerminalType(String)
    case noTerminalType
    case noTerminfoDatabase
    case cannotAddressCursor(String)
    case cannotStart

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            "the dashboard needs a terminal, but \(stream) is not one; for scripts and pipes use "
                + "'regio list', 'regio show' or 'regio stats' (see 'regio --help')"
        case .unknownTerminalType(let term):
            "unknown terminal type '\(term)' (from TERM); try TERM=xterm-256color, or install its terminfo entry "
                + "(Debian: ncurses-term)"
        case .noTerminalType:
            "TERM is not set, so regio cannot tell what terminal this is; try TERM=xterm-256color"
        case .noTerminfoDatabase:
            "no terminfo database was found; install ncurses-base (Debian) or set TERMINFO"
        case .cannotAddressCursor(let term):
            "the terminal type '\(term)' (from TERM) cannot move the cursor, so the dashboard cannot draw on it; "
                + "use a terminal such as xterm-256color, or 'regio list', 'regio show' and 'regio stats'"
        case .cannotStart:
            "ncurses could not start on this terminal"
        }
    }
}

/// The only code that talks to the terminal: starts curses, draws `Screen`s, reads keys, and restores
/// the terminal on the way out.
public final class Terminal: TerminalBackend {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var pairs: [StyleRole: Int16] = [:]
    private var attributes: [StyleRole: attr_t] = [:]
    private var mouse = MouseReporting(mode: .off)
    /// Mouse events decoded from one report and not yet handed out.
    private var pendingMouse: [MouseEvent] = []
    /// Whether curses mode has been left once (see `leaveInitialState`).
    private var leftInitialState = false
    /// What the terminal can show; `.none` when colour is off (NO_COLOR, --color never) or unsupported.
    public let colorDepth: ColorDepth

    /// Checks that both ends are terminals and TERM is known, then enters curses mode.
    /// - Parameter useColor: false for NO_COLOR or `--color never`: attributes only.
    /// - Parameter mouse: false for `--no-mouse` or `mouse = false`: clicks stay with the terminal.
    public init(theme: Theme, useColor: Bool, mouse useMouse: Bool = true) throws(TerminalError) {
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        TextWidth.prepareLocale()
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .noTerminalType }
        // setupterm with an error pointer reports an unknown type instead of printing and exiting.
        switch regio_probe_terminal(term, STDOUT_FILENO) {
        case 1: break
        // TERM=dumb and the like: refused before the screen is touched, as for a pipe.
        case 2: throw .cannotAddressCursor(term)
        case -1: throw .noTerminfoDatabase
        default: throw .unknownTerminalType(term)
        }
        var modes = termios()
        let shellModes = tcgetattr(STDIN_FILENO, &modes) == 0 ? modes : nil
        guard let screenPointer = newterm(term, regio_stdout(), regio_stdin()) else { throw .cannotStart }
        self.screenPointer = screenPointer
        set_term(screenPointer)
        guard let window = regio_stdscr() else { throw .cannotStart }
        self.window = window
        TerminalGuard.active.store(true, ordering: .relaxed)
        TerminalGuard.install(shellModes: shellModes, mouse: useMouse)

        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, -1)
        leaveok(window, true)
        if useMouse { mouse = MouseReporting.start() }

        var depth = ColorDepth.none
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth(colors: Int(regio_colors()))
        }
        colorDepth = depth
        apply(theme)
    }

    deinit { stop() }

    /// Leaves curses mode; safe to call more than once.
    public func stop() {
        TerminalGuard.restoreTerminal()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Sets the colour pair and attributes of every role; without colour, each role's monochrome look.
    /// Never calls init_color: the user's palette stays as it is.
    public func apply(_ theme: Theme) {
        let mapper = ColorMapper(depth: colorDepth)
        for (offset, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role)
            if colorDepth != .none, let colors = mapper.legibleColors(style) {
                let pair = Int16(offset + 1)
                init_extended_pair(Int32(pair), colors.foreground, colors.background)
                pairs[role] = pair
                attributes[role] = Self.attributes(style.attributes)
            } else {
                pairs[role] = 0
                attributes[role] = Self.attributes(role.monochrome)
            }
        }
    }

    private static func attributes(_ set: Attributes) -> attr_t {
        var value = regio_attr_normal()
        if set.contains(.bold) { value |= regio_attr_bold() }
        if set.contains(.dim) { value |= regio_attr_dim() }
        if set.contains(.underline) { value |= regio_attr_underline() }
        if set.contains(.reverse) { value |= regio_attr_reverse() }
        if set.contains(.italic) { value |= regio_attr_italic() }
        return value
    }

    /// Copies the screen into curses' buffer and updates the terminal; ncurses sends only what changed,
    /// so there is no clear per frame and no flicker.
    public func draw(_ screen: Screen) {
        if !leftInitialState { leaveInitialState() }
        let rows = min(screen.height, size.height)
        let columns = min(screen.width, size.width)
        // Each row goes to curses as runs of cells in one call (wadd_wchnstr copies them into the window,
        // with no cursor movement or wrapping to work out per cell); a cell at a time, and the Swift around
        // it, was a third of the instructions regio spent before its first frame. The second column of a
        // wide character is not passed: curses fills it.
        let run = UnsafeMutablePointer<cchar_t>.allocate(capacity: max(columns, 1))
        let text = UnsafeMutablePointer<wchar_t>.allocate(capacity: 8)
        defer { run.deallocate(); text.deallocate() }
        var runLength = 0
        var runStart = 0
        func writeRun(_ y: Int) {
            if runLength > 0 { _ = mvwadd_wchnstr(window, Int32(y), Int32(runStart), run, Int32(runLength)) }
            runLength = 0
        }
        // Neighbouring cells mostly share a role: its attribute and pair are looked up once per run.
        var role: StyleRole?
        var attribute: attr_t = 0
        var pair: Int16 = 0
        screen.cells.withUnsafeBufferPointer { cells in
            for y in 0..<rows {
                for x in 0..<columns {
                    let source = cells[y * screen.width + x]
                    if source.isContinuation { continue }
                    if source.role != role {
                        role = source.role
                        attribute = attributes[source.role] ?? 0
                        pair = pairs[source.role] ?? 0
                    }
                    if runLength == 0 { runStart = x }
                    // Most cells hold one ASCII byte: no walk over the character's scalars for those. (A NUL
                    // would end the run early, as wadd_wchnstr stops at one; the screen never holds one.)
                    let utf8 = source.character.utf8
                    if utf8.count == 1, let byte = utf8.first {
                        text[0] = wchar_t(byte == 0 ? 0x20 : byte)
                        text[1] = 0
                    } else if source.character.unicodeScalars.count > 1, TextWidth.units(of: source.character).count > 1 {
                        // A cluster of several spacing scalars: all of them reach the terminal in one run of their own.
                        writeRun(y)
                        let scalars = source.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                        _ = regio_put_run(window, Int32(y), Int32(x), scalars, Int32(scalars.count), attribute, pair)
                        continue
                    } else {
                        var count = 0
                        for scalar in source.character.unicodeScalars where count < 5 {
                            text[count] = wchar_t(bitPattern: scalar.value)
                            count += 1
                        }
                        text[count] = 0
                    }
                    setcchar(run + runLength, text, attribute, pair, nil)
                    runLength += 1
                }
                writeRun(y)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// ncurses 6.4 flushes its output after every cursor movement until curses mode has been left once
    /// (its "initial" state): each frame went out in up to a hundred small writes, each waking the
    /// terminal, which could show it half drawn. Leaving curses mode just before the first frame lets
    /// that frame re-enter it, and every frame then goes out in a few large writes. The alternate screen
    /// is left and entered again within the same moment, before anything is on it.
    private func leaveInitialState() {
        leftInitialState = true
        resume()
    }

    /// Ctrl-Z: gives the terminal back and stops, as the shell expects; `fg` resumes and redraws.
    /// (Raw mode keeps Ctrl-Z from raising SIGTSTP by itself.)
    public func suspend() {
        endwin()
        mouse.suspended()
        TerminalGuard.active.store(false, ordering: .relaxed)
        kill(getpid(), SIGTSTP)
        mouse.resumed()
        // Resumed: back into curses mode, and repaint everything since the screen was used meanwhile.
        TerminalGuard.continued.store(false, ordering: .relaxed)
        TerminalGuard.active.store(true, ordering: .relaxed)
        clearok(window, true)
    }

    /// After a stop and continue from outside (SIGSTOP then SIGCONT, or `fg` after a shell stopped the
    /// job), the terminal may be back in cooked mode with echo on. Leaving curses mode and letting the next
    /// draw re-enter it restores everything: program modes, the alternate screen, keypad mode, a full repaint.
    private func resume() {
        endwin()
        mouse.resumed()
        clearok(window, true)
    }

    /// Sends bytes straight to the terminal, past curses: for sequences such as OSC 52 that do not draw.
    public func writeRaw(_ text: String) {
        fflush(regio_stdout())
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Waits up to `milliseconds` (nil: as long as it takes) for a key, a resize or a resume.
    public func nextEvent(within milliseconds: Int?) -> TerminalEvent {
        if !pendingMouse.isEmpty { return .mouse(pendingMouse.removeFirst()) }
        wtimeout(window, Int32(milliseconds ?? -1))
        let started = ContinuousClock.now
        var failures = 0
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR {
                if TerminalGuard.continued.exchange(false, ordering: .relaxed) {
                    resume()
                    return .resumed
                }
                if let milliseconds {
                    // Ended input fails at once; waiting out the rest keeps the caller from spinning.
                    let rest = Duration.milliseconds(milliseconds) - (ContinuousClock.now - started)
                    if rest > .zero { usleep(useconds_t(rest.components.seconds * 1_000_000 + rest.components.attoseconds / 1_000_000_000_000)) }
                    return .timedOut
                }
                // An interrupted read is retried; repeated failures mean there is no input any more.
                failures += 1
                if failures >= 3 || isatty(STDIN_FILENO) != 1 { return .inputEnded }
                continue
            }
            if status == KEY_CODE_YES {
                switch mouse.read(code: Int32(code), window: window, timeout: Int32(milliseconds ?? -1)) {
                case .events(let events) where !events.isEmpty:
                    pendingMouse = Array(events.dropFirst())
                    return .mouse(events[0])
                case .events, .ignored: continue
                case .notMouse: break
                }
            }
            switch KeyDecoder.key(status: status, code: UInt32(code)) {
            case .resize?: return .resized
            case let key?: return .key(key)
            case nil: continue
            }
        }
    }
}
