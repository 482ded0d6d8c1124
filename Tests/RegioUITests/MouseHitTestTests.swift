import RegioModel
import Testing
@testable import RegioUI

/// Decoding SGR mouse reports, and what a screen position hits: each target checked against the screen
/// as the renderer draws it, so hit testing and drawing cannot drift apart.
@Suite struct MouseHitTestTests {
    // MARK: SGR reports

    @Test func sgrReportsDecodeButtonsWheelAndReleaseWithZeroBasedCells() {
        #expect(MouseEvent(sgrReport: "0;12;5M", time: 7) == MouseEvent(.press(.left), x: 11, y: 4, time: 7))
        #expect(MouseEvent(sgrReport: "2;1;1M", time: 0)?.kind == .press(.right))
        #expect(MouseEvent(sgrReport: "0;12;5m", time: 0)?.kind == .release)
        #expect(MouseEvent(sgrReport: "64;3;3M", time: 0)?.kind == .scrollUp)
        #expect(MouseEvent(sgrReport: "65;3;3M", time: 0)?.kind == .scrollDown)
        // Control held (16) is still a left press.
        #expect(MouseEvent(sgrReport: "16;3;3M", time: 0)?.kind == .press(.left))
    }

    @Test func sgrReportsWorkBeyondColumn223() {
        // The X10 encoding cannot say column 224 or more; SGR's decimal coordinates can.
        #expect(MouseEvent(sgrReport: "0;300;2M", time: 0) == MouseEvent(.press(.left), x: 299, y: 1, time: 0))
    }

    @Test(arguments: ["35;5;5M", "66;1;1M", "0;0;5M", "0;5M", "0;a;5M", "0;5;5", "", "0;5;5X", "-1;5;5M"])
    func motionOtherButtonsAndBrokenReportsAreDropped(report: String) {
        #expect(MouseEvent(sgrReport: report, time: 0) == nil, "\(report)")
    }

    // MARK: hit testing

    let hit = HitTest(store: bundledStore)

    /// The cell where `text` starts on line `y` of the screen (text of one-cell characters).
    func column(of text: String, line y: Int, _ screen: Screen, from start: Int = 0) -> Int? {
        let characters = Array(text)
        return (start..<max(start, screen.width - characters.count + 1)).first { x in
            characters.indices.allSatisfy { screen[x + $0, y].character == characters[$0] }
        }
    }

    @Test func aRowIsTheListRowDrawnOnThatLineScrollIncluded() throws {
        var harness = Harness(width: 120, height: 40)
        let networks = Lists.initiatives(.networks, harness.state, bundledStore)
        try #require(networks.count > 8)
        let rect = try #require(Layout(width: 120, height: 40, focus: .participants).rect(of: .networks))
        for scroll in [0, 3] {
            harness.state.positions[.networks] = ListPosition(selected: scroll, scroll: scroll)
            let screen = harness.screen
            for line in 0..<4 {
                let y = rect.y + 2 + line
                let target = hit.target(x: rect.x + 5, y: y, in: harness.state)
                #expect(target == .row(.networks, scroll + line))
                // That line of the pane shows that network's name (its start; long names are cut).
                let name = String(bundledStore.initiatives[networks[scroll + line].initiative].name.prefix(12))
                #expect(column(of: name, line: y, screen, from: rect.x) != nil, "line \(y) should show \(name)")
            }
        }
    }

    @Test func bordersTitlesAndEmptySpaceBelowTheRowsAreThePane() throws {
        let state = AppState(size: (200, 60))
        let rect = try #require(Layout(width: 200, height: 60, focus: .participants).rect(of: .networks))
        #expect(hit.target(x: rect.x, y: rect.y + 5, in: state) == .pane(.networks))
        #expect(hit.target(x: rect.x + 4, y: rect.y, in: state) == .pane(.networks))
        let count = Lists.initiatives(.networks, state, bundledStore).count
        try #require(count < rect.height - 4)
        #expect(hit.target(x: rect.x + 4, y: rect.y + 2 + count, in: state) == .pane(.networks))
        // The header line and the line of the title bar of the screen hit nothing.
        #expect(hit.target(x: 10, y: 0, in: state) == nil)
    }

    @Test func aColumnHeaderGivesItsTitleAndTheCellsItSpans() throws {
        let harness = Harness(width: 120, height: 40)
        let screen = harness.screen
        let inner = try #require(Layout(width: 120, height: 40, focus: .participants).rect(of: .participants)).inner
        for (title, id) in [("Name", "name"), ("Kind", "kind"), ("MS", "country"), ("NUTS", "nuts")] {
            let x = try #require(column(of: title, line: inner.y, screen, from: inner.x), "\(title) in the header")
            guard case .columnHeader(.participants, let hitColumn, let cells)? = hit.target(x: x, y: inner.y, in: harness.state) else {
                Issue.record("no header hit for \(title)")
                continue
            }
            #expect(hitColumn == id)
            #expect(cells.contains(x) && cells.lowerBound == x, "\(title) is drawn from the start of its cells")
        }
        // "Coll" is right-aligned: it ends where its cells end.
        let coll = try #require(column(of: "Coll", line: inner.y, screen, from: inner.x))
        guard case .columnHeader(_, "collaborations", let cells)? = hit.target(x: coll + 3, y: inner.y, in: harness.state) else {
            Issue.record("no header hit for Coll")
            return
        }
        #expect(cells.upperBound == coll + 4)
    }

    @Test(arguments: [(120, 40), (100, 30), (80, 24)])
    func everyKeyHintOnTheBottomLineHitsItsCommand(width: Int, height: Int) throws {
        var harness = Harness(width: width, height: height)
        for message in [nil, StatusMessage(.info, "filters cleared")] {
            harness.state.message = message
            let screen = harness.screen
            let placed = FooterView(keymap: .standard).hints(harness.state, layout: Layout(width: width, height: height, focus: .participants))
            try #require(placed.count >= 4, "the footer shows hints at \(width)×\(height)")
            for hint in placed {
                let label = hint.text.trimmingCharacters(in: .whitespaces)
                let x = try #require(column(of: label, line: height - 1, screen), "“\(label)” on the bottom line")
                #expect(x == hint.cells.lowerBound + 1, "\(label) is drawn where it is hit")
                #expect(hit.target(x: x, y: height - 1, in: harness.state) == .footerHint(hint.command))
            }
            #expect(placed.contains { $0.command == .help } && placed.contains { $0.command == .quit })
        }
    }

    @Test func narrowTabsHitTheirPane() throws {
        let harness = Harness(width: 80, height: 24)
        let screen = harness.screen
        let tabBar = try #require(Layout(width: 80, height: 24, focus: .participants).tabBar)
        for pane in [Pane.networks, .platforms, .participants] {
            let x = try #require(column(of: pane.title, line: tabBar.y, screen), "\(pane.title) tab")
            #expect(hit.target(x: x, y: tabBar.y, in: harness.state) == .tab(pane))
        }
        // In tabs, only the focused pane is on screen: its rows are hit, no other pane's.
        #expect(hit.target(x: 10, y: tabBar.y + 3, in: harness.state) == .row(.participants, 0))
    }

    @Test func detailLinesAreTheDocumentLinesDrawnScrollIncluded() throws {
        var harness = Harness(width: 120, height: 40)
        harness.press(.tab)
        harness.press(.enter)
        var page = try #require(harness.state.history.last)
        let document = DetailDocument.build(page.content, store: bundledStore, width: 118, language: .en, cache: harness.reducer.views)
        try #require(document.rows.count > 5)
        page.position.scroll = 2
        harness.state.history[0] = page
        #expect(hit.target(x: 10, y: 2, in: harness.state) == .detailLine(2))
        #expect(hit.target(x: 10, y: 4, in: harness.state) == .detailLine(4))
        #expect(hit.target(x: 0, y: 4, in: harness.state) == .detail)
        // Under an open help, nothing of the detail is hit.
        harness.state.help = ListPosition()
        #expect(hit.target(x: 10, y: 4, in: harness.state) == nil)
    }
}
