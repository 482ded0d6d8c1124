import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// What clicks and the wheel do, through `update` and through the whole program with scripted events.
@Suite struct MouseUpdateTests {
    static let wide = Layout(width: 120, height: 40, focus: .participants)
    static var networks: Rect { wide.rect(of: .networks)! }
    static var participants: Rect { wide.rect(of: .participants)! }

    static func click(_ x: Int, _ y: Int, at time: Int = 0) -> Message { .mouse(MouseEvent(.press(.left), x: x, y: y, time: time)) }
    static func wheel(_ down: Bool, _ x: Int, _ y: Int) -> Message {
        .mouse(MouseEvent(down ? .scrollDown : .scrollUp, x: x, y: y, time: 0))
    }
    /// The screen line of list row `line` (0: the first shown) of a pane.
    static func rowY(_ rect: Rect, _ line: Int) -> Int { rect.y + 2 + line }

    @Test func aClickOnARowFocusesItsPaneAndSelectsIt() {
        var harness = Harness()
        #expect(harness.state.focus == .participants)
        harness.send(Self.click(Self.networks.x + 5, Self.rowY(Self.networks, 3)))
        #expect(harness.state.focus == .networks)
        #expect(harness.state.position(.networks).selected == 3)
        // The participants list now marks that network's members, as after moving there with keys.
        let third = Lists.initiatives(.networks, harness.state, bundledStore)[3].initiative
        #expect(harness.state.linkedInitiative == third)
        #expect(harness.state.history.isEmpty, "one click does not open")
    }

    @Test func twoClicksOnTheSameCellWithin400msOpenTheRow() {
        var harness = Harness()
        let (x, y) = (Self.networks.x + 5, Self.rowY(Self.networks, 2))
        harness.send(Self.click(x, y, at: 1_000))
        harness.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1_050)))
        harness.send(Self.click(x, y, at: 1_400))
        let second = Lists.initiatives(.networks, harness.state, bundledStore)[2].initiative
        #expect(harness.state.history.last?.entity == .initiative(second))
    }

    @Test func clicksTooSlowOrOnAnotherCellDoNotOpen() {
        var harness = Harness()
        let (x, y) = (Self.networks.x + 5, Self.rowY(Self.networks, 2))
        harness.send(Self.click(x, y, at: 1_000))
        harness.send(Self.click(x, y, at: 1_401))
        #expect(harness.state.history.isEmpty, "401 ms apart is two clicks")
        harness.send(Self.click(x + 1, y, at: 1_500))
        #expect(harness.state.history.isEmpty, "another cell is another click")
        // A third quick click after a double click starts a new pair instead of opening again.
        var again = Harness()
        again.send(Self.click(x, y, at: 0))
        again.send(Self.click(x, y, at: 100))
        again.send(.command(.back))
        again.send(Self.click(x, y, at: 200))
        #expect(again.state.history.isEmpty)
    }

    @Test func theWheelScrollsThePaneUnderThePointerThreeRowsKeepingTheCursorInView() {
        var harness = Harness(width: 120, height: 20)
        let rect = Layout(width: 120, height: 20, focus: .participants).rect(of: .participants)!
        let visible = rect.height - 3
        harness.send(Self.click(Self.networks.x + 5, Self.rowY(Self.networks, 0)))
        #expect(harness.state.focus == .networks)
        harness.send(Self.wheel(true, rect.x + 5, Self.rowY(rect, 4)))
        #expect(harness.state.position(.participants) == ListPosition(selected: 3, scroll: 3))
        #expect(harness.state.focus == .networks, "the wheel does not move the focus")
        harness.send(Self.wheel(true, rect.x + 5, Self.rowY(rect, 4)))
        #expect(harness.state.position(.participants) == ListPosition(selected: 6, scroll: 6))
        harness.send(Self.wheel(false, rect.x + 5, Self.rowY(rect, 4)))
        // Up: the view moves, the cursor stays on row 6, still in view.
        #expect(harness.state.position(.participants) == ListPosition(selected: 6, scroll: 3))
        for _ in 0..<5 { harness.send(Self.wheel(false, rect.x + 5, Self.rowY(rect, 4))) }
        #expect(harness.state.position(.participants).scroll == 0)
        #expect(harness.state.position(.participants).selected < visible)
        // Never past the end.
        let count = Lists.participants(harness.state, bundledStore).count
        for _ in 0..<200 { harness.send(Self.wheel(true, rect.x + 5, Self.rowY(rect, 4))) }
        #expect(harness.state.position(.participants).scroll == count - visible)
        #expect(harness.state.position(.participants).selected >= count - visible)
    }

    /// The cell where `title` starts in the header line of a pane.
    static func header(_ title: String, _ pane: Pane, _ harness: Harness) throws -> Int {
        let rect = try #require(Layout(width: harness.state.size.width, height: harness.state.size.height, focus: harness.state.focus).rect(of: pane))
        let screen = harness.screen
        let line = (rect.x..<rect.maxX).map { String(screen[$0, rect.y + 1].character) }.joined()
        let found = try #require(line.range(of: title), "\(title) in \(line)")
        return rect.x + line.distance(from: line.startIndex, to: found.lowerBound)
    }

    @Test func aClickOnAColumnHeaderSortsByItAndAgainTurnsTheOrderRound() throws {
        var harness = Harness()
        harness.press(.tab)
        let y = Self.participants.y + 1
        harness.send(Self.click(try Self.header("MS", .participants, harness), y))
        #expect(harness.state.focus == .participants)
        #expect(harness.state.sort(.participants) == SortSpec(column: "country"))
        let codes = Lists.participants(harness.state, bundledStore).map { bundledStore.territories[$0].country.rawValue }
        #expect(codes == codes.sorted())
        #expect(harness.text.contains("MS▲"))
        harness.send(Self.click(try Self.header("MS", .participants, harness), y))
        #expect(harness.state.sort(.participants) == SortSpec(column: "country", descending: true))
        #expect(harness.text.contains("MS▼"))
        // Counts start most first, as with the sort key.
        harness.send(Self.click(try Self.header("Coll", .participants, harness) + 1, y))
        #expect(harness.state.sort(.participants) == SortSpec(column: "collaborations", descending: true))
        // The mark column has no order: the sort stays.
        harness.send(Self.click(Self.participants.x + 1, y))
        #expect(harness.state.sort(.participants) == SortSpec(column: "collaborations", descending: true))
        // Another pane's header focuses it and sorts it.
        harness.send(Self.click(try Self.header("Memb", .networks, harness), Self.networks.y + 1))
        #expect(harness.state.focus == .networks)
        #expect(harness.state.sort(.networks) == SortSpec(column: "members", descending: true))
        #expect(harness.state.sort(.participants).column == "collaborations")
    }

    @Test func aClickOnAKeyHintDoesWhatTheKeyDoes() throws {
        var harness = Harness()
        let layout = Layout(width: 120, height: 40, focus: .participants)
        let hints = FooterView(keymap: .standard).hints(harness.state, layout: layout)
        let help = try #require(hints.first { $0.command == .help })
        harness.send(Self.click(help.cells.lowerBound + 1, 39))
        #expect(harness.state.help != nil)
        // Help's own hints: its close hint closes it.
        let close = try #require(FooterView(keymap: .standard).hints(harness.state, layout: layout).first { $0.command == .cancel })
        harness.send(Self.click(close.cells.lowerBound + 1, 39))
        #expect(harness.state.help == nil)
        let quit = try #require(hints.first { $0.command == .quit })
        harness.send(Self.click(quit.cells.upperBound - 2, 39))
        #expect(harness.effects == [.quit])
    }

    @Test func inTheDetailAClickSelectsALineADoubleClickOpensItAndTheWheelScrolls() throws {
        var harness = Harness(width: 120, height: 20)
        harness.send(Self.click(Self.networks.x + 5, Self.rowY(Self.networks, 0)))
        harness.press(.enter)
        let page = try #require(harness.state.history.last)
        let document = DetailDocument.build(page.content, store: bundledStore, width: 118, language: .en, cache: harness.reducer.views)
        let visible = Layout(width: 120, height: 20, focus: .networks).detailRows
        let link = try #require(document.rows.indices.first { document.rows[$0].target != nil && $0 != page.position.selected && $0 < visible })
        harness.send(Self.click(10, 2 + link, at: 5_000))
        #expect(harness.state.history.last?.position.selected == link)
        harness.send(Self.click(10, 2 + link, at: 5_200))
        #expect(harness.state.history.count == 2)
        #expect(harness.state.history.last?.entity == document.rows[link].target)
        harness.send(.command(.back))
        try #require(document.rows.count > visible + 3)
        harness.send(Self.wheel(true, 10, 5))
        #expect(harness.state.history.last?.position.scroll == 3)
        // A heading or blank line clicked is not selected.
        let heading = try #require(document.rows.indices.first { !document.rows[$0].isSelectable && $0 >= 3 && $0 < 3 + visible })
        let before = harness.state.history.last?.position.selected
        harness.send(Self.click(10, 2 + heading - 3))
        #expect(harness.state.history.last?.position.selected == before)
    }

    @Test func aClickWhileSearchingKeepsTheSearchAndSelects() {
        var harness = Harness()
        harness.press(.character("/"))
        for character in "a" { harness.send(.type(character)) }
        #expect(harness.state.searchInput != nil)
        harness.send(Self.click(Self.participants.x + 5, Self.rowY(Self.participants, 1)))
        #expect(harness.state.searchInput == nil)
        #expect(harness.state.searches[.participants] == "a")
        #expect(harness.state.position(.participants).selected == 1)
    }

    @Test func anExportPromptIgnoresClicksOnTheLists() {
        var harness = Harness()
        harness.press(.character("e"))
        #expect(harness.state.exportPrompt != nil)
        harness.send(Self.click(Self.networks.x + 5, Self.rowY(Self.networks, 3)))
        #expect(harness.state.focus == .participants)
        #expect(harness.state.exportPrompt != nil)
    }

    @Test func inThePickerAClickPicksARowItsBoxTicksItAndADoubleClickApplies() throws {
        var harness = Harness()
        harness.press(.character("f"))
        let picker = try #require(harness.state.picker)
        let countries = Lists.pickerCountries(picker, bundledStore)
        let screen = harness.screen
        // Where the picker draws each row: found on the screen by its box and code.
        func line(of index: Int) throws -> (y: Int, box: Int) {
            let wanted = "[ ] " + countries[index].code.rawValue
            for y in 0..<screen.height {
                let text = (0..<screen.width).map { String(screen[$0, y].character) }.joined()
                if let range = text.range(of: wanted) { return (y, text.distance(from: text.startIndex, to: range.lowerBound)) }
            }
            throw NotOnScreen("\(wanted) not on screen")
        }
        let first = try line(of: 0), third = try line(of: 2)
        harness.send(Self.click(first.box + 1, first.y, at: 0))
        #expect(harness.state.picker?.chosen == [countries[0].code])
        #expect(harness.state.picker?.position.selected == 0)
        harness.send(Self.click(third.box + 8, third.y, at: 1_000))
        #expect(harness.state.picker?.position.selected == 2)
        #expect(harness.state.picker?.chosen == [countries[0].code], "a click beside the box only picks the row")
        harness.send(Self.click(third.box + 8, third.y, at: 1_200))
        #expect(harness.state.picker == nil)
        #expect(harness.state.countries == [countries[0].code])
    }

    struct NotOnScreen: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func theWheelMovesThroughTheHelp() {
        var harness = Harness(width: 120, height: 20)
        harness.press(.character("?"))
        harness.send(Self.wheel(true, 60, 10))
        #expect(harness.state.help == ListPosition(selected: 3, scroll: 0))
    }

    @Test func configTurnsTheMouseOffWithFalseAndSaysWhereAnythingElseIsWrong() {
        #expect(ConfigFile(parsing: "mouse = false\n", file: "c.toml").mouse == false)
        #expect(ConfigFile(parsing: "mouse = true\n", file: "c.toml").mouse == true)
        #expect(ConfigFile(parsing: "theme = \"light\"\n", file: "c.toml").mouse == nil)
        let wrong = ConfigFile(parsing: "theme = \"light\"\nmouse = \"off\"\n", file: "c.toml")
        #expect(wrong.mouse == nil)
        #expect(wrong.problems.map(\.description) == ["c.toml:2:9: mouse must be true or false"])
        let typo = ConfigFile(parsing: "mose = false\n", file: "c.toml")
        #expect(typo.problems.first?.description.contains("did you mean 'mouse'?") == true, "\(typo.problems)")
    }

    // MARK: the whole program

    @Test func theProgramTurnsScriptedMouseEventsIntoFocusSelectionAndADetail() {
        let backend = TestBackend(width: 120, height: 40)
        let program = Program(backend: backend, themes: ProgramTests.themes)
        let (x, y) = (Self.networks.x + 5, Self.rowY(Self.networks, 1))
        var afterClick = ""
        backend.append([
            .mouse(MouseEvent(.press(.left), x: x, y: y, time: 10)),
            .mouse(MouseEvent(.release, x: x, y: y, time: 60)),
            .inspect { afterClick = $0.text },
            .mouse(MouseEvent(.press(.left), x: x, y: y, time: 200)),
        ])
        let state = program.run(store: bundledStore, state: AppState(size: (120, 40)))
        let name = bundledStore.initiatives[Lists.initiatives(.networks, state, bundledStore)[1].initiative].name
        // The Networks pane has the focus mark and its counter says row 2.
        #expect(afterClick.contains("▶ Networks"), "\(afterClick)")
        #expect(afterClick.contains(" 2/"), "\(afterClick)")
        #expect(state.history.last?.entity == .initiative(Lists.initiatives(.networks, state, bundledStore)[1].initiative))
        #expect(backend.text.contains(String(name.prefix(20))), "the detail of \(name)")
    }
}
