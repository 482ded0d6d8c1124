import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

@Suite struct ReducerTests {
    @Test func movingStaysWithinTheList() {
        var harness = Harness()
        harness.replay(["move-up"])
        #expect(harness.state.position(.participants).selected == 0)
        harness.replay(["go-bottom"])
        let count = Lists.participants(harness.state, bundledStore).count
        #expect(harness.state.position(.participants).selected == count - 1)
        harness.replay(["move-down"])
        #expect(harness.state.position(.participants).selected == count - 1)
    }

    @Test func scrollingKeepsTheCursorVisible() {
        var harness = Harness(width: 120, height: 20)
        let visible = Layout(width: 120, height: 20, focus: .participants).visibleRows(of: .participants)
        harness.replay(Array(repeating: "move-down", count: visible + 3))
        let position = harness.state.position(.participants)
        #expect(position.selected == visible + 3)
        #expect(position.scroll == 4)
        harness.replay(["go-top"])
        #expect(harness.state.position(.participants).scroll == 0)
    }

    @Test func pickerEnterWithNothingTickedTakesTheHighlightedMemberState() {
        var harness = Harness()
        harness.replay(["pick-member-states", "type:swe", "confirm"])
        #expect(harness.state.countries == ["SE"])
        #expect(harness.state.picker == nil)
        let participants = Lists.participants(harness.state, bundledStore)
        #expect(!participants.isEmpty)
        #expect(participants.allSatisfy { bundledStore.territories[$0].country == "SE" })
    }

    @Test func pickerTicksSeveralMemberStatesAndCancelKeepsTheFilter() {
        var harness = Harness()
        harness.replay(["pick-member-states", "type:fin", "toggle-mark", "erase", "erase", "erase",
                        "type:swed", "toggle-mark", "confirm"])
        #expect(harness.state.countries == ["FI", "SE"])
        harness.replay(["pick-member-states", "type:ital", "toggle-mark", "cancel"])
        #expect(harness.state.countries == ["FI", "SE"])
        harness.replay(["clear-filters"])
        #expect(harness.state.countries.isEmpty)
    }

    @Test func theFilterAppliesToEveryPane() {
        var harness = Harness(countries: ["SE"])
        for pane in [Pane.networks, .platforms] {
            let rows = Lists.initiatives(pane, harness.state, bundledStore)
            #expect(!rows.isEmpty)
            for row in rows {
                let members = bundledStore.memberTerritories(ofInitiative: row.initiative)
                #expect(members.contains { bundledStore.territories[$0].country == "SE" },
                        "\(bundledStore.initiatives[row.initiative].id) has no Swedish member")
            }
        }
        harness.replay(["clear-filters"])
        #expect(Lists.participants(harness.state, bundledStore).count == bundledStore.territories.count)
    }

    @Test func searchFiltersAsYouTypeAndEscRestoresTheList() {
        var harness = Harness()
        harness.replay(["search", "type:osterbotten"])
        #expect(harness.territoryName(harness.selectedEntity) == "Ostrobothnia")
        // Österbotten itself first (an exact name), then North Ostrobothnia (Norra Österbotten).
        #expect(Lists.participants(harness.state, bundledStore).count == 2)
        harness.replay(["cancel-search"])
        #expect(harness.state.searchInput == nil)
        #expect(Lists.participants(harness.state, bundledStore).count == bundledStore.territories.count)
    }

    @Test func acceptedSearchStaysUntilEsc() {
        var harness = Harness()
        harness.replay(["search", "type:abo", "accept-search"])
        #expect(harness.territoryName(harness.selectedEntity) == "Turku")
        #expect(harness.state.searches[.participants] == "abo")
        harness.replay(["back"])
        #expect(harness.state.searches[.participants] == nil)
    }

    @Test func detailHistoryGoesBackThroughEveryPage() {
        var harness = Harness()
        harness.replay(["search", "type:vasterbotten", "accept-search", "open"])
        guard case .territory(let index)? = harness.state.history.last?.entity else {
            Issue.record("no territory detail open"); return
        }
        #expect(bundledStore.territories[index].id == "vasterbotten")
        // Walk down to the first partner and open it.
        let document = DetailDocument.build(.territory(index), store: bundledStore, width: 118)
        let partnerRow = document.rows.firstIndex { row in
            if case .territory? = row.target { return true } else { return false }
        }!
        var steps = 0
        while harness.state.history.last!.position.selected < partnerRow && steps < 200 {
            harness.replay(["move-down"]); steps += 1
        }
        #expect(harness.state.history.last!.position.selected == partnerRow)
        harness.replay(["open"])
        #expect(harness.state.history.count == 2)
        guard case .territory(let partner)? = harness.state.history.last?.entity else {
            Issue.record("the partner did not open"); return
        }
        #expect(partner != index)
        harness.replay(["back"])
        #expect(harness.state.history.count == 1)
        #expect(harness.state.history.last?.position.selected == partnerRow, "coming back keeps the cursor")
        harness.replay(["back"])
        #expect(harness.state.history.isEmpty)
    }

    @Test func platformTreeCollapsesAndExpands() {
        var harness = Harness()
        harness.replay(["next-pane", "next-pane"])
        #expect(harness.state.focus == .platforms)
        let before = Lists.initiatives(.platforms, harness.state, bundledStore)
        #expect(before[0].hasChildren && !before[0].isCollapsed)
        harness.replay(["collapse"])
        let collapsed = Lists.initiatives(.platforms, harness.state, bundledStore)
        #expect(collapsed.count < before.count)
        #expect(collapsed[0].isCollapsed)
        harness.replay(["expand"])
        #expect(Lists.initiatives(.platforms, harness.state, bundledStore).count == before.count)
        // On a collapsed-or-leaf row, expand moves on to the next pane, wrapping around.
        harness.replay(["move-down", "expand"])
        #expect(harness.state.focus == .participants)
    }

    @Test func movingInAnInitiativePaneLinksItsMembers() {
        var harness = Harness()
        harness.replay(["next-pane"])
        let initiative = harness.state.linkedInitiative
        #expect(initiative != nil)
        if case .initiative(let selected)? = harness.selectedEntity { #expect(selected == initiative) }
        let text = harness.text
        #expect(text.contains("● \(bundledStore.memberTerritories(ofInitiative: initiative!).count) in"))
    }

    @Test func resizeKeepsTheCursorInRangeAndTooSmallIsShown() {
        var harness = Harness()
        harness.replay(["go-bottom", "resize:60x20"])
        let position = harness.state.position(.participants)
        let visible = Layout(width: 60, height: 20, focus: .participants).visibleRows(of: .participants)
        #expect(position.selected >= position.scroll && position.selected < position.scroll + visible)
        harness.replay(["resize:20x5"])
        #expect(harness.text.contains("terminal too small"))
        #expect(harness.text.contains("20×5"))
    }

    @Test func aPageScrolledDownInASmallWindowShowsItsTopAgainWhenTheWindowGrows() {
        var harness = Harness(width: 100, height: 30)
        harness.replay(["search", "type:abo", "accept-search", "open", "move-down", "move-down", "move-down"])
        guard let opened = harness.state.history.last else {
            Issue.record("no page opened")
            return
        }
        let title = harness.text.split(separator: "\n").first { $0.contains("▶") }.map(String.init) ?? ""
        harness.replay(["resize:50x14"])
        let small = harness.state.history.last?.position
        #expect((small?.scroll ?? 0) > 0, "the small window scrolled the page")
        #expect(harness.text.contains("more above ↑"), "\(harness.text)")
        harness.replay(["resize:100x30"])
        let grown = harness.state.history.last?.position
        #expect(grown?.selected == small?.selected, "the cursor stays on its row")
        #expect(grown?.scroll == 0, "the page shows its top again: scroll \(grown?.scroll ?? -1)")
        #expect(!harness.text.contains("more above ↑"), "\(harness.text)")
        #expect(harness.state.history.last?.content == opened.content)
        #expect(!title.isEmpty && harness.text.contains(title), "title line: \(title)")
    }

    @Test func ctrlCQuitsEvenWhileTyping() {
        var harness = Harness()
        harness.replay(["search"])
        harness.press(.control("c"))
        #expect(harness.effects == [.quit])
    }

    @Test func typingInSearchDoesNotTriggerCommands() {
        var harness = Harness()
        harness.press(.character("/"), .character("q"), .character("f"))
        #expect(!harness.effects.contains(.quit))
        #expect(harness.state.picker == nil)
        #expect(harness.state.searches[.participants] == "qf")
    }
}

/// Issue 11, item 17: the participants' marks and title always describe the highlighted network, also
/// after a search changed which network is highlighted.
@Suite struct LinkAfterSearchTests {
    @Test func aSearchInTheNetworksMovesTheLinkToTheHighlightedRow() {
        var harness = Harness()
        harness.press(.tab)
        let first = harness.state.linkedInitiative.map { bundledStore.initiatives[$0].name } ?? ""
        harness.press(.character("/"))
        for character in "vanguard" { harness.press(.character(character)) }
        harness.press(.enter)
        guard case .initiative(let highlighted)? = harness.selectedEntity else { Issue.record("no network highlighted"); return }
        let name = bundledStore.initiatives[highlighted].name
        #expect(name.lowercased().contains("vanguard"), "\(name)")
        #expect(harness.state.linkedInitiative == highlighted, "the link still names \(first), not \(name)")
        let title = harness.screen.lines[1]
        #expect(title.contains(String(name.prefix(8))), "participants title: \(title)")
        #expect(!title.contains(String(first.prefix(12))) || first == name, "participants title still names \(first)")
    }
}
