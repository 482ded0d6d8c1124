import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

@Suite struct InsightUITests {
    @Test func everyMemberStateHasOneTileAndNoTwoOverlap() {
        let codes = MemberStateMap.tiles.map(\.code)
        #expect(Set(codes) == Set(Countries.euMembers.map(\.code)))
        #expect(codes.count == 27)
        let places = MemberStateMap.tiles.map { "\($0.column),\($0.row)" }
        #expect(Set(places).count == places.count)
        #expect(MemberStateMap.tiles.allSatisfy { (0..<7).contains($0.column) && (0..<7).contains($0.row) })
    }

    @Test func arrowsMoveToTheNeighbouringTile() {
        #expect(MemberStateMap.neighbour(of: "DE", direction: (1, 0)) == "PL")
        #expect(MemberStateMap.neighbour(of: "DE", direction: (-1, 0)) == "NL")
        #expect(MemberStateMap.neighbour(of: "DE", direction: (0, 1)) == "LU")
        #expect(MemberStateMap.neighbour(of: "IT", direction: (0, 1)) == "MT")
        #expect(MemberStateMap.neighbour(of: "PT", direction: (-1, 0)) == nil)
    }

    @Test func enterOnTheMapFiltersToThatMemberState() {
        var harness = Harness()
        harness.replay(["show-map"])
        #expect(harness.state.map?.selected == "SE")   // the member state with most listed participants
        // The nearest tile in the direction, those in line first: Sweden (4,0) down to Lithuania (4,2),
        // left to Poland (3,2), down through Czechia and Hungary to Slovenia (3,5), left to Italy (2,5).
        harness.replay(["move-down"])
        #expect(harness.state.map?.selected == "LT")
        harness.replay(["collapse", "move-down", "move-down", "move-down"])
        #expect(harness.state.map?.selected == "SI")
        harness.replay(["collapse"])
        #expect(harness.state.map?.selected == "IT")
        harness.replay(["confirm"])
        #expect(harness.state.map == nil)
        #expect(harness.state.countries == ["IT"])
        #expect(Lists.participants(harness.state, bundledStore).allSatisfy { bundledStore.territories[$0].country == "IT" })
    }

    @Test func markThenCompareOpensTheComparison() {
        var harness = Harness()
        harness.replay(["search", "type:varmland", "accept-search", "mark-compare"])
        #expect(harness.state.marked == bundledStore.territoryIndex("varmland"))
        #expect(harness.state.message?.text.contains("marked Värmland") == true)
        harness.replay(["back", "search", "type:vasterbotten", "accept-search", "mark-compare"])
        #expect(harness.state.marked == nil)
        #expect(harness.state.history.last?.content == .comparison(bundledStore.territoryIndex("varmland")!,
                                                                   bundledStore.territoryIndex("vasterbotten")!))
        #expect(harness.text.contains("LINKED BY"))
    }

    @Test func partnersFromTheListAndFromADetail() {
        var harness = Harness()
        harness.replay(["search", "type:dalarna", "accept-search", "find-partners"])
        #expect(harness.state.history.last?.content == .partners(bundledStore.territoryIndex("dalarna")!))
        #expect(harness.text.contains("SUGGESTED PARTNERS"))
        // Enter on a suggestion opens it; p there suggests partners for that one.
        harness.replay(["open"])
        guard case .territory(let other)? = harness.state.history.last?.entity else { Issue.record("no territory"); return }
        // The cursor starts on the facts line, which links nowhere: p takes the page's own territory.
        harness.replay(["find-partners"])
        #expect(harness.state.history.last?.content == .partners(other))
    }

    @Test func exportAsksBeforeOverwritingAndReportsWhereItWent() {
        var harness = Harness(countries: ["SE"])
        harness.replay(["export"])
        #expect(harness.state.exportPrompt?.text == "regio-participants-SE.csv")
        harness.replay(["confirm"])
        #expect(harness.effects.last == .export(path: "regio-participants-SE.csv", overwrite: false))
        // The app finds the file exists: the prompt turns into a question.
        harness.send(.effectFinished(.exportExists(path: "regio-participants-SE.csv")))
        #expect(harness.state.exportPrompt?.confirmingOverwrite == true)
        #expect(harness.text.contains("exists. Overwrite it?"))
        harness.replay(["yes"])
        #expect(harness.effects.last == .export(path: "regio-participants-SE.csv", overwrite: true))
        harness.send(.effectFinished(.exported(path: "/tmp/x.csv", rows: 16)))
        #expect(harness.state.exportPrompt == nil)
        #expect(harness.state.message?.text == "exported 16 rows to /tmp/x.csv")
    }

    /// A name that cannot be written keeps the prompt open with the reason in view, where the keys were.
    @Test func aFailedExportSaysWhyInThePrompt() {
        var harness = Harness(countries: ["SE"])
        harness.replay(["export"])
        harness.press(.control("u"))
        for character in "noext" { harness.press(.character(character)) }
        harness.press(.enter)
        #expect(harness.state.exportPrompt != nil && harness.effects.last == nil)
        #expect(harness.text.split(separator: "\n").last?.contains(harness.state.language.t(.chooseFormat)) == true,
                "\(harness.text.split(separator: "\n").last ?? "")")
        harness.replay(["export"])
        harness.send(.effectFinished(.exportFailed("cannot write /nope/x.csv: No such file or directory")))
        let footer = harness.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("cannot write /nope/x.csv: No such file or directory"), "\(footer)")
        #expect(harness.state.exportPrompt != nil, "the prompt stays open so the name can be fixed")
    }

    /// Ctrl-U clears a text field, as in a shell: the suggested file name, a search, the picker's filter.
    @Test func controlUClearsTheLineBeingTyped() {
        var harness = Harness(countries: ["SE"])
        harness.replay(["export"])
        harness.press(.control("u"))
        #expect(harness.state.exportPrompt?.text == "")
        harness.press(.character("a"), .character("."), .character("c"), .character("s"), .character("v"), .enter)
        #expect(harness.effects.last == .export(path: "a.csv", overwrite: false))

        var search = Harness()
        search.replay(["search", "type:vast"])
        search.press(.control("u"))
        #expect(search.state.searchInput?.text == "")
        #expect(search.state.searches[.participants] == nil)
        search.press(.character("u"))
        #expect(search.state.searchInput?.text == "u", "C-u is not typed as a letter")

        var picker = Harness()
        picker.replay(["pick-member-states", "type:swe"])
        picker.press(.control("u"))
        #expect(picker.state.picker?.filter == "")
    }

    @Test func exportTakesTheFilteredListAsShown() {
        var harness = Harness(countries: ["SE"])
        harness.replay(["search", "type:vast", "accept-search"])
        let table = ViewExport.table(harness.state, bundledStore)
        #expect(table.columns == ["id", "name", "kind", "country", "nuts", "collaborations"])
        #expect(table.rows.map { $0[0] }.sorted() == ["vasterbotten", "vastmanland", "vastra-gotaland"])
    }

    @Test func copyRowSendsOSC52() {
        var harness = Harness()
        harness.replay(["copy-row"])
        guard case .copyToClipboard(let text)? = harness.effects.last else { Issue.record("no copy effect"); return }
        #expect(text.hasPrefix("abruzzo\tAbruzzo\tregion\tIT"))
        #expect(Clipboard.osc52("hé") == "\u{1B}]52;c;aMOp\u{07}")
    }

    @Test func mapAndComparisonSnapshots() {
        var map = Harness()
        map.replay(["show-map"])
        Snapshot.assertMatches(map.screen, named: "map-120x40")
        var compare = Harness()
        compare.replay(["search", "type:varmland", "accept-search", "mark-compare", "back", "search", "type:vasterbotten",
                        "accept-search", "mark-compare"])
        Snapshot.assertMatches(compare.screen, named: "compare-varmland-vasterbotten-120x40")
    }
}
