import Foundation
import Testing
@testable import RegioUI

/// The footer: which hints it keeps at each width, and how it draws a key that cannot act now.
@Suite struct FooterTests {
    /// The role of the footer cells where `text` starts (nil when the footer does not show it).
    static func footerRole(of text: String, in screen: Screen) -> StyleRole? {
        let y = screen.height - 1
        var cells: [(Character, StyleRole)] = []
        for x in 0..<screen.width where !screen[x, y].isContinuation { cells.append((screen[x, y].character, screen[x, y].role)) }
        let characters = cells.map(\.0)
        let target = Array(text)
        guard target.count <= characters.count else { return nil }
        for start in 0...(characters.count - target.count) where Array(characters[start..<start + target.count]) == target {
            return cells[start].1
        }
        return nil
    }

    @Test func aKeyThatCannotActNowIsDrawnUnavailable() {
        var harness = Harness(width: 200, height: 50)
        // Participants, on a territory, no filter: partners and compare can act, clear cannot.
        #expect(Self.footerRole(of: "p partners", in: harness.screen) == .statusBar)
        #expect(Self.footerRole(of: "x compare", in: harness.screen) == .statusBar)
        #expect(Self.footerRole(of: "c clear", in: harness.screen) == .unavailable)
        #expect(Self.footerRole(of: "/ search", in: harness.screen) == .statusBar)
        // In Networks there is no territory under the cursor.
        harness.press(.tab)
        #expect(Self.footerRole(of: "p partners", in: harness.screen) == .unavailable)
        #expect(Self.footerRole(of: "x compare", in: harness.screen) == .unavailable)
        // A search makes clear possible.
        harness.replay(["search", "type:bio", "accept-search"])
        #expect(Self.footerRole(of: "c clear", in: harness.screen) == .statusBar)
        #expect(Self.footerRole(of: "? help", in: harness.screen) == .statusBar)
    }

    @Test func inADetailOpenIsDimmedOnlyOnALineThatOpensNothing() throws {
        var harness = Harness(width: 200, height: 50)
        harness.press(.enter)
        var seen: Set<Bool> = []
        for _ in 0..<12 {
            let page = try #require(harness.state.history.last)
            let document = DetailDocument.build(page.content, store: harness.store, width: Layout(width: 200, height: 50, focus: harness.state.focus).body.width - 2,
                                                language: .en, cache: harness.reducer.views)
            let opensSomething = document.rows[page.position.selected].target != nil
            seen.insert(opensSomething)
            #expect(Self.footerRole(of: "⏎ open", in: harness.screen) == (opensSomething ? .statusBar : .unavailable))
            harness.press(.down)
        }
        // The cursor moves between lines that open something, so here open stays available.
        #expect(seen.contains(true))
    }

    /// The check at 80 columns: the footer keeps `x` and `e`, or help says it has the rest.
    @Test(arguments: [(80, 24), (60, 20), (120, 40)])
    func everyWidthKeepsCompareAndExportOrPointsToHelp(width: Int, height: Int) {
        var harness = Harness(width: width, height: height)
        for step in 0..<4 {
            let footer = harness.screen.lines.last ?? ""
            let all = footer.contains("x compare") && footer.contains("e export")
            #expect(all || footer.contains("? more"), "\(width)×\(height) step \(step): \(footer)")
            #expect(footer.contains("q quit"))
            if step == 2 { harness.press(.enter) } else { harness.press(.tab) }
        }
    }

    @Test func aWideFooterShowsEveryHintAndPlainHelp() {
        let harness = Harness(width: 200, height: 50)
        let footer = harness.screen.lines.last ?? ""
        for hint in Keymap.standard.footerHints(for: .dashboard) { #expect(footer.contains("\(hint.keys) \(hint.hint)"), "\(hint)") }
        #expect(footer.contains("? help") && !footer.contains("more"))
    }

    @Test func moreKeysIsTranslated() {
        var harness = Harness(width: 80, height: 24)
        harness.state.language = .sv
        #expect((harness.screen.lines.last ?? "").contains("? fler"))
    }

    /// Not by colour alone: in every shipped theme, and without colour, an unavailable hint differs from
    /// the status bar by an attribute as well.
    @Test func unavailableDiffersByMoreThanColour() throws {
        let catalog = ThemeCatalog(folders: [(ThemeTests.themesFolder, "repository")])
        for name in ThemeTests.shipped {
            let theme = try catalog.loadFile(ThemeTests.themesFolder + "/\(name).toml").get()
            #expect(theme.style(.unavailable).attributes != theme.style(.statusBar).attributes, "\(name)")
        }
        #expect(StyleRole.unavailable.monochrome != StyleRole.statusBar.monochrome)
        #expect(StyleRole.unavailable.monochrome.contains(.reverse), "still on the bar")
    }

    /// A long file name or search shows its end and the cursor, and a failed export's reason stays on the
    /// line beside it.
    @Test func aLongTypedNameKeepsItsCursorAndTheReasonInView() {
        for length in [0, 5, 70, 300, 20_000] {
            let text = String(repeating: "x", count: length) + ".csv"
            let field = FooterView.field(text, room: 40)
            #expect(TextWidth.width(of: field) <= max(40, TextWidth.width(of: text) + 1))
            #expect(field.hasSuffix(".csv▏"))
            #expect(length > 30 ? field.hasPrefix("…") : field == text + "▏")
        }
        var harness = Harness(width: 80, height: 24)
        harness.replay(["export"])
        harness.send(.action(.clearLine))
        harness.replay(["type:" + String(repeating: "x", count: 300), "confirm"])
        let footer = harness.screen.lines.last ?? ""
        #expect(footer.contains("x▏"), "the cursor is on screen: \(footer)")
        #expect(footer.contains(".csv") || footer.contains(".json") || footer.contains(".md"), "the reason is on screen: \(footer)")
    }

    /// A name that is only an extension (".csv", "out/.json") is refused: it would write a hidden file.
    @Test func aNameThatIsOnlyAnExtensionIsRefused() {
        for name in [".csv", "out/.json", ".md"] {
            var harness = Harness(width: 80, height: 24)
            harness.replay(["export"])
            harness.send(.action(.clearLine))
            harness.replay(["type:" + name, "confirm"])
            #expect(harness.effects.isEmpty, "\(name) is not written")
            #expect(harness.state.message?.text.hasPrefix("give the file a name before") == true)
        }
        var harness = Harness(width: 80, height: 24)
        harness.replay(["export"])
        harness.send(.action(.clearLine))
        harness.replay(["type:out/a.csv", "confirm"])
        #expect(harness.effects == [.export(path: "out/a.csv", overwrite: false)])
    }
}
