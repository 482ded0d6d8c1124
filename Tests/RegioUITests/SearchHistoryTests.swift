import Testing
@testable import RegioUI

/// `/` opens an empty field; Enter keeps the search in a bounded history that ↑ and ↓ walk.
@Suite struct SearchHistoryTests {
    @Test func aNewSearchStartsEmptyAndEscGivesTheOldOneBack() {
        var harness = Harness()
        harness.replay(["search", "type:ber", "accept-search"])
        #expect(harness.state.searches[.participants] == "ber")
        harness.press(.character("/"))
        #expect(harness.state.searchInput?.text == "", "the field starts empty")
        #expect(harness.state.searches[.participants] == nil, "the list shows what the empty field matches")
        harness.press(.escape)
        #expect(harness.state.searches[.participants] == "ber", "Esc restores the search in force")
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToWhatWasTyped() {
        var harness = Harness()
        harness.replay(["search", "type:vast", "accept-search", "search", "type:ber", "accept-search", "search", "type:no"])
        harness.press(.up)
        #expect(harness.state.searchInput?.text == "ber")
        #expect(harness.state.searches[.participants] == "ber", "the list follows the recalled search")
        harness.press(.up)
        #expect(harness.state.searchInput?.text == "vast")
        harness.press(.up)
        #expect(harness.state.searchInput?.text == "vast", "the oldest stays")
        harness.press(.down)
        #expect(harness.state.searchInput?.text == "ber")
        harness.press(.down)
        #expect(harness.state.searchInput?.text == "no", "past the latest, the draft comes back")
        harness.press(.down)
        #expect(harness.state.searchInput?.text == "no")
        harness.press(.up, .enter)
        #expect(harness.state.searchHistory == ["vast", "ber"], "a search kept again moves to the end, once")
    }

    @Test func theHistoryIsBoundedAndSkipsEmptyAndCancelledSearches() {
        var harness = Harness()
        for index in 0..<(AppState.searchHistoryLimit + 5) { harness.replay(["search", "type:q\(index)", "accept-search"]) }
        harness.replay(["search", "accept-search", "search", "type:gone", "cancel-search"])
        #expect(harness.state.searchHistory.count == AppState.searchHistoryLimit)
        #expect(harness.state.searchHistory.first == "q5")
        #expect(harness.state.searchHistory.last == "q\(AppState.searchHistoryLimit + 4)")
    }

    @Test func inThePickerTheArrowsStillMove() {
        var harness = Harness()
        harness.replay(["search", "type:ber", "accept-search"])
        harness.press(.character("f"), .down, .down)
        #expect(harness.state.picker?.position.selected == 2)
        #expect(harness.state.picker?.filter == "")
    }

    @Test func theFooterNamesTheHistoryKeysOnceThereIsHistory() {
        var harness = Harness()
        harness.press(.character("/"))
        #expect(!(harness.screen.lines.last ?? "").contains("earlier searches"))
        harness.replay(["type:ber", "accept-search", "search"])
        #expect((harness.screen.lines.last ?? "").contains("↑↓ earlier searches"), "\(harness.screen.lines.last ?? "")")
    }
}
