import Testing
@testable import RegioUI

/// Every shipped theme is readable as a terminal draws it: no bold on a dark ANSI foreground, every role
/// at WCAG AA (4.5:1) after bold-brightening, dimming and reverse (issue 15).
@Suite struct LegibilityTests {
    @Test(arguments: ThemeTests.shipped)
    func shippedThemesAreLegible(name: String) throws {
        let theme = try ThemeTests.catalog.load(name).get()
        #expect(Legibility.findings(for: theme).isEmpty, "\(Legibility.findings(for: theme))")
    }

    @Test func theBuiltInDefaultIsLegible() {
        #expect(Legibility.findings(for: .builtInDefault).isEmpty, "\(Legibility.findings(for: .builtInDefault))")
    }

    /// The default theme's old selection: bold black on bright cyan, drawn by xterm as grey on cyan (3.2:1).
    @Test func boldBlackIsDrawnGreyAndFlagged() {
        let theme = Theme(name: "old", styles: [.selection: RoleStyle(.ansi(0), .ansi(14), [.bold])])
        let findings = Legibility.findings(for: theme).filter { $0.role == .selection }
        #expect(findings.map(\.message).contains { $0.hasPrefix("bold with the dark ANSI foreground black") })
        #expect(findings.map(\.message).contains { $0.hasPrefix("contrast 3.") }, "\(findings)")
        let drawn = Legibility.drawn(RoleStyle(.ansi(0), .ansi(14), [.bold]), kind: .dark, depth: .c256)
        #expect(drawn.foreground == (127, 127, 127) && drawn.background == (0, 255, 255))
    }

    @Test func reverseAndDimAreDrawnAsTheTerminalDoes() {
        let reversed = Legibility.drawn(RoleStyle(.ansi(15), .ansi(4), [.reverse]), kind: .dark, depth: .c256)
        #expect(reversed.foreground == (0, 0, 238) && reversed.background == (255, 255, 255))
        let dim = Legibility.drawn(RoleStyle(.terminalDefault, .terminalDefault, [.dim]), kind: .dark, depth: .c256)
        #expect(dim.foreground == (114, 114, 114) && dim.background == (0, 0, 0))
        // Hex colours as the 256-colour cube shows them: #0550ae becomes (0, 95, 175).
        let hex = Legibility.drawn(RoleStyle(.rgb(5, 80, 174), .terminalDefault), kind: .light, depth: .c256)
        #expect(hex.foreground == (0, 95, 175) && hex.background == (255, 255, 255))
    }
}
