import Testing
@testable import RegioUI

@Suite("Box titles")
struct BoxTests {
    static func top(width: Int, title: String, right: String) -> String {
        var screen = Screen(width: width, height: 4)
        Box.draw(Rect(x: 0, y: 0, width: width, height: 4), on: &screen, title: title, focused: true, rightTitle: right)
        return String(screen.plainText.split(separator: "\n")[0])
    }

    /// A long note on the right (a hint) gives way when the title would not fit whole beside it.
    @Test func aLongHintGivesWayToTheTitle() {
        let narrow = Self.top(width: 40, title: "Member states", right: "⏎ takes the highlighted one")
        #expect(narrow.contains("▶ Member states ") && !narrow.contains("highlighted"), "\(narrow)")
        let wide = Self.top(width: 60, title: "Member states", right: "⏎ takes the highlighted one")
        #expect(wide.contains("▶ Member states ") && wide.contains("⏎ takes the highlighted one"), "\(wide)")
    }

    /// A counter is short and stays; the title is cut with "…" instead.
    @Test func countersStayEvenWhenTheTitleIsCut() {
        let top = Self.top(width: 30, title: "A very long pane title indeed", right: "12/345")
        #expect(top.contains("12/345") && top.contains("…"), "\(top)")
    }

    @Test func thePickerAt60ColumnsShowsItsTitleAndHint() {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["pick-member-states"])
        #expect(harness.text.contains("▶ Member states ") && harness.text.contains("⏎ takes the highlighted one"))
    }
}
