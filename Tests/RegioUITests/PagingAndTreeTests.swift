import Testing
@testable import RegioUI

/// Ctrl-D and Ctrl-U move half a page in every list and the detail; h and ← walk a tree up.
@Suite struct PagingAndTreeTests {
    @Test func halfAPageInTheLists() {
        var harness = Harness(width: 120, height: 40)
        let page = Layout(width: 120, height: 40, focus: .participants).visibleRows(of: .participants)
        #expect(page > 4)
        harness.press(.control("d"))
        #expect(harness.state.position(.participants).selected == page / 2)
        harness.press(.control("d"), .control("u"))
        #expect(harness.state.position(.participants).selected == page / 2)
        harness.press(.control("u"), .control("u"))
        #expect(harness.state.position(.participants).selected == 0, "stops at the top")
        harness.press(.tab)
        let networks = Layout(width: 120, height: 40, focus: .networks).visibleRows(of: .networks)
        harness.press(.control("d"))
        #expect(harness.state.position(.networks).selected == networks / 2)
    }

    @Test func halfAPageInTheDetailAndHelp() throws {
        var harness = Harness(width: 80, height: 24)
        harness.press(.enter)
        let start = try #require(harness.state.history.last).position.selected
        harness.press(.control("d"))
        let moved = try #require(harness.state.history.last).position.selected
        #expect(moved > start + 1, "more than one line: \(start) → \(moved)")
        #expect(moved - start <= Layout(width: 80, height: 24, focus: .participants).detailRows / 2 + 2)
        harness.press(.control("u"))
        #expect(try #require(harness.state.history.last).position.selected < moved)
        harness.press(.escape, .character("?"), .control("d"))
        #expect(harness.state.help?.selected == (24 - 4) / 2)
    }

    @Test func whileSearchingCtrlUStillClearsTheText() {
        var harness = Harness()
        harness.replay(["search", "type:ber"])
        harness.press(.control("u"))
        #expect(harness.state.searchInput?.text == "")
    }

    /// On a child, h (and ←) goes to its parent; on an expanded parent it collapses it; on a collapsed
    /// top-level row it goes to the previous pane.
    @Test(arguments: [Key.character("h"), .left])
    func leftWalksTheTreeUp(key: Key) throws {
        var harness = Harness()
        harness.replay(["next-pane", "next-pane"])
        let rows = Lists.initiatives(.platforms, harness.state, bundledStore)
        let child = try #require(rows.firstIndex { $0.depth == 1 && !$0.hasChildren })
        let parent = try #require(rows[..<child].lastIndex { $0.depth == 0 })
        harness.state.positions[.platforms] = ListPosition(selected: child, scroll: 0)
        harness.press(key)
        #expect(harness.state.position(.platforms).selected == parent, "a child goes to its parent")
        #expect(!Lists.initiatives(.platforms, harness.state, bundledStore)[parent].isCollapsed)
        harness.press(key)
        #expect(Lists.initiatives(.platforms, harness.state, bundledStore)[parent].isCollapsed, "the parent collapses")
        #expect(harness.state.focus == .platforms)
        harness.press(.character("g"), key, key)
        #expect(harness.state.focus == .networks, "a collapsed top row goes to the previous pane")
    }

    @Test func theKeysAreInTheKeymapAndTheirSummariesAreTranslated() {
        for context in [KeyContext.dashboard, .detail, .help] {
            #expect(Keymap.standard.command(for: .control("d"), in: context) == .halfPageDown)
            #expect(Keymap.standard.command(for: .control("u"), in: context) == .halfPageUp)
        }
        #expect(UILanguage.sv.t(Command.halfPageDown.summary) != Command.halfPageDown.summary)
    }
}
