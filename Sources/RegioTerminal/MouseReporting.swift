import CNcursesw
import Glibc
import RegioUI

/// The mouse on the terminal, through ncurses's mouse support, always with SGR (mode 1006) reports: their
/// decimal coordinates work beyond column 223, where the old X10 encoding breaks.
///
/// Where the terminfo entry knows SGR reports (xterm's), ncurses turns them on and decodes them itself.
/// Where it knows only X10 (tmux's, screen's, rxvt's, though these terminals all speak SGR), ncurses still
/// turns reporting on and off, regio adds mode 1006 and reads the report after `ESC [ <` itself; a
/// terminal that ignores mode 1006 sends X10 reports, which ncurses decodes as before.
struct MouseReporting {
    enum Mode {
        case off
        /// ncurses decodes SGR reports (`KEY_MOUSE`, `getmouse`).
        case ncurses
        /// regio turns on mode 1006 and decodes the reports, which start with a key of its own.
        case addedSGR
    }

    let mode: Mode

    /// The bytes that turn every kind of mouse reporting regio uses off: for the signal handlers, which
    /// cannot ask ncurses.
    static let offSequence = "\u{1B}[?1006l\u{1B}[?1000l"

    /// Turns reporting on (call in curses mode, with keypad on); `.off` when the terminal has no mouse.
    static func start() -> MouseReporting {
        let native = regio_terminfo_has_sgr_mouse() == 1
        guard regio_mouse_on() != 0 else { return MouseReporting(mode: .off) }
        if native { return MouseReporting(mode: .ncurses) }
        _ = define_key("\u{1B}[<", regio_key_sgr_mouse())
        Self.send("\u{1B}[?1006h")
        return MouseReporting(mode: .addedSGR)
    }

    /// After `endwin` (ncurses has turned reporting off): the SGR mode regio added goes too.
    func suspended() {
        if mode == .addedSGR { Self.send("\u{1B}[?1006l") }
    }

    /// Before curses mode comes back (ncurses turns reporting on again at the next update).
    func resumed() {
        if mode == .addedSGR { Self.send("\u{1B}[?1006h") }
    }

    enum Reading {
        case notMouse
        /// A report the dashboard has no use for (motion, an unknown button, a broken report).
        case ignored
        /// Usually one; several for clicks ncurses merged (each click a press, at the same time).
        case events([MouseEvent])
    }

    /// Reads a mouse report that starts with the function key `code`; `timeout` is the wait to restore.
    func read(code: Int32, window: UnsafeMutablePointer<WINDOW>, timeout: Int32) -> Reading {
        if mode == .off { return .notMouse }
        // ncurses's own reports: SGR where terminfo knows it, else X10 from a terminal without mode 1006.
        if code == KEY_MOUSE { return decoded() }
        guard mode == .addedSGR, code == regio_key_sgr_mouse() else { return .notMouse }
        // The rest of the report ("0;12;5M") is already in the input, as ordinary characters.
        wtimeout(window, 50)
        defer { wtimeout(window, timeout) }
        // A report is digits and semicolons up to M or m. One too long to be real (a column of 25 digits)
        // is read to its end and dropped, so that its tail never arrives as typed keys; a character that
        // cannot be part of a report is given back to the input.
        var text = ""
        var tooLong = false
        for _ in 0..<4096 {
            var character: wint_t = 0
            guard wget_wch(window, &character) == OK, let scalar = UnicodeScalar(UInt32(character)) else { break }
            if scalar == "M" || scalar == "m" {
                text.unicodeScalars.append(scalar)
                break
            }
            guard scalar == ";" || ("0"..."9").contains(scalar) else {
                unget_wch(wchar_t(bitPattern: scalar.value))
                break
            }
            if text.unicodeScalars.count < 24 { text.unicodeScalars.append(scalar) } else { tooLong = true }
        }
        if tooLong { return .ignored }
        return MouseEvent(sgrReport: text, time: Self.now()).map { .events([$0]) } ?? .ignored
    }

    /// The event ncurses decoded (after `KEY_MOUSE`).
    private func decoded() -> Reading {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return .ignored }
        let kinds: [MouseEvent.Kind]
        switch regio_mouse_kind(report.bstate) {
        case 1: kinds = [.press(.left)]
        case 2: kinds = [.press(.middle)]
        case 3: kinds = [.press(.right)]
        case 4: kinds = [.release]
        case 5: kinds = [.scrollUp]
        case 6: kinds = [.scrollDown]
        case let clicks where (7...9).contains(clicks):
            kinds = Array(repeating: .press(.left), count: Int(clicks) - 6)
        default: return .ignored
        }
        let time = Self.now()
        return .events(kinds.map { MouseEvent($0, x: Int(report.x), y: Int(report.y), time: time) })
    }

    /// Milliseconds on the monotonic clock, for telling a double click.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }

    /// Bytes straight to the terminal, after what curses has buffered.
    static func send(_ text: String) {
        fflush(regio_stdout())
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
