import Foundation
import RegioTestSupport
import Testing

/// The mouse in a real terminal: tmux receives SGR reports typed with `send-keys -l` as a terminal would
/// send them, and its pane flags say which mouse modes regio turned on — and whether it turned them off
/// again, since a shell left with reporting on prints escape sequences at every click.
@Suite("Mouse in tmux", .timeLimit(.minutes(1)))
struct MouseTests {
    /// An SGR press and release of the left button at a 0-based cell.
    static func click(x: Int, y: Int) -> String { "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m" }

    struct MouseModes: Equatable, CustomStringConvertible {
        var reporting: Bool
        var sgr: Bool
        var description: String { "reporting \(reporting ? "on" : "off"), SGR \(sgr ? "on" : "off")" }
    }

    static func modes(_ session: TmuxSession) throws -> MouseModes {
        let flags = try session.display("#{mouse_any_flag}|#{mouse_sgr_flag}").split(separator: "|")
        return MouseModes(reporting: flags.first == "1", sgr: flags.last == "1")
    }

    /// A report too long to be real (a column of 25 digits) is dropped whole: none of it reaches the
    /// search being typed (it once leaked "9;5M"), and typing goes on.
    @Test(arguments: ["tmux-256color", "xterm-256color"])
    func anOverlongReportNeverTurnsIntoTypedText(term: String) async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec env TERM=\(term) \(shellQuoted(binary))")
        defer { session.close() }
        try await session.waitFor("Participants")
        try session.sendKeys("/")
        try session.type("va")
        try await session.waitFor("search participants: va")
        try session.type("\u{1B}[<0;9999999999999999999999999;5M")
        try session.type("st")
        let screen = try await session.waitFor("search participants: vast")
        #expect(!screen.contains(";5M") && !screen.contains("99"), "\(ScreenText.lines(screen).last ?? "")")
    }

    /// With tmux's own terminfo entry (which knows only X10 reports, so regio adds SGR) and with xterm's
    /// (where ncurses reads SGR itself): a click on the third row of Networks focuses that pane and
    /// highlights that row; the wheel scrolls the pane under the pointer.
    @Test(arguments: ["tmux-256color", "xterm-256color"])
    func aClickFocusesTheNetworksPaneAndSelectsTheRowClicked(term: String) async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec env TERM=\(term) \(shellQuoted(binary))")
        defer { session.close() }
        let before = try await session.waitFor("Participants")
        #expect(try Self.modes(session) == MouseModes(reporting: true, sgr: true))
        let lines = ScreenText.lines(before)
        // At 120×40 Networks is columns 60..<120 (top right); its rows start on line 3 (border, column header).
        let networks = 60..<120
        #expect(ScreenText.columns(networks, of: lines[1]).contains("Networks"))
        #expect(!ScreenText.columns(networks, of: lines[1]).contains("▶"), "Participants has the focus at first")
        let row = 5
        let clicked = ScreenText.columns(networks.lowerBound + 1..<networks.upperBound - 6, of: lines[row])
            .trimmingCharacters(in: .whitespaces)
        try #require(clicked.count > 3, "a network on line \(row): \(lines[row])")
        try session.type(Self.click(x: 80, y: row))
        let after = try await session.waitUntil("Networks focused") { ScreenText.columns(networks, of: ScreenText.lines($0)[1]).contains("▶ Networks") }
        // Its counter says row 3, and the highlighted line of the pane is the one clicked.
        #expect(ScreenText.columns(networks, of: ScreenText.lines(after)[1]).contains(" 3/"), "\(ScreenText.lines(after)[1])")
        let escaped = try session.capture(escapes: true)
        let highlighted = ScreenText.highlightedBodyLines(escaped).map(\.index)
        #expect(highlighted.contains(row), "line \(row) (\(clicked)) is highlighted: \(highlighted)")
        #expect(ScreenText.lines(after)[row].contains(clicked), "the clicked row did not move")
        // The wheel over Participants scrolls it 3 rows (its cursor kept in view) and leaves the focus.
        try session.type("\u{1B}[<65;11;11M")
        let scrolled = try await session.waitUntil("Participants scrolled") { ScreenText.lines($0)[1].contains(" 4/") }
        #expect(ScreenText.columns(networks, of: ScreenText.lines(scrolled)[1]).contains("▶ Networks"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == PaneExit(status: 0, signal: nil))
    }

    @Test("a double click opens the row, and a click on a key hint runs it")
    func doubleClickWheelAndKeyHint() async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Participants")
        // Two clicks on the first network, as a quick double click arrives.
        try session.type(Self.click(x: 80, y: 3) + Self.click(x: 80, y: 3))
        let detail = try await session.waitFor("(initiative)")
        #expect(ScreenText.lines(detail)[1].contains("▶"), "the detail is open: \(ScreenText.lines(detail)[1])")
        // The bottom line's back hint ("Esc back") closes it again.
        let footer = DashboardTests.footer(detail)
        let back = try #require(footer.range(of: "Esc back"), "\(footer)")
        try session.type(Self.click(x: footer.distance(from: footer.startIndex, to: back.lowerBound), y: 39))
        try await session.waitFor("▶ Networks")
    }

    @Test("--no-mouse and mouse = false leave the mouse to the terminal")
    func mouseOff() async throws {
        let folder = try ScratchFolder("regio-e2e-mouse")
        defer { folder.remove() }
        try folder.write("config.toml", "mouse = false\n")
        let binary = try RegioBinary.path()
        for (arguments, environment) in [(["--no-mouse"], [String: String]()), ([], ["REGIO_CONFIG": folder.file("config.toml")])] {
            let session = try TmuxSession(command: "exec " + ([binary] + arguments).map(shellQuoted).joined(separator: " "),
                                          environment: environment)
            defer { session.close() }
            try await session.waitFor("Participants")
            // (A terminal not asked to report sends nothing at a click: the flags are what there is to see.)
            #expect(try Self.modes(session) == MouseModes(reporting: false, sgr: false), "\(arguments) \(environment)")
        }
    }

    /// After q, Ctrl-C, SIGTERM and a crash signal the shell gets a terminal without mouse reporting.
    @Test(arguments: ["q", "C-c", "SIGTERM", "SIGSEGV"])
    func mouseReportingIsOffAfterRegioEnds(how: String) async throws {
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "\(shellQuoted(binary)); echo \"regio exited with $?\"; exec sleep 600")
        defer { session.close() }
        try await session.waitFor("Participants")
        #expect(try Self.modes(session) == MouseModes(reporting: true, sgr: true))
        if how.hasPrefix("SIG") {
            let shell = try session.panePID
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
                .split(separator: " ").compactMap { pid_t($0) }
            let regio = try #require(children.first, "the wrapper shell has no child")
            #expect(kill(regio, how == "SIGTERM" ? SIGTERM : SIGSEGV) == 0)
        } else {
            try session.sendKeys(how)
        }
        try await session.waitFor("regio exited with")
        #expect(try Self.modes(session) == MouseModes(reporting: false, sgr: false), "after \(how)")
    }

    @Test("Ctrl-Z gives the shell a terminal without mouse reporting; fg turns it back on")
    func suspendTurnsReportingOffAndFgOn() async throws {
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
        #expect(try Self.modes(session) == MouseModes(reporting: true, sgr: true))
        try session.sendKeys("C-z")
        try await session.waitFor("Stopped")
        #expect(try Self.modes(session) == MouseModes(reporting: false, sgr: false), "while stopped")
        try session.type("fg")
        try session.sendKeys("Enter")
        try await session.waitFor("Participants")
        #expect(try Self.modes(session) == MouseModes(reporting: true, sgr: true), "after fg")
        try session.type(Self.click(x: 80, y: 5))
        try await session.waitFor("▶ Networks")
        try session.sendKeys("q")
        try await session.waitFor("shell$")
        #expect(try Self.modes(session) == MouseModes(reporting: false, sgr: false), "after q")
    }
}
