import RegioModel
import Testing
@testable import RegioUI

/// The main screens at four sizes. Each snapshot was read when recorded (see Snapshot).
@Suite struct SnapshotTests {
    static let sizes = [(200, 60), (120, 40), (80, 24), (60, 20)]

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func participantsPane(size: String) {
        var harness = Harness(width: 120, height: 40)
        harness.replay(["resize:\(size)"])
        Snapshot.assertMatches(harness.screen, named: "participants-\(size)")
    }

    /// The Networks and Thematic platforms panes focused (at 80 columns and less, the one shown).
    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func initiativePanes(size: String) {
        var harness = Harness(width: 120, height: 40)
        harness.replay(["resize:\(size)", "next-pane"])
        Snapshot.assertMatches(harness.screen, named: "networks-\(size)")
        harness.replay(["next-pane", "move-down"])
        Snapshot.assertMatches(harness.screen, named: "platforms-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func networkDetail(size: String) {
        var harness = Harness()
        harness.replay(["resize:\(size)", "next-pane", "search", "type:vanguard initiative", "accept-search", "open"])
        Snapshot.assertMatches(harness.screen, named: "detail-vanguard-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func regionDetail(size: String) {
        var harness = Harness()
        harness.replay(["resize:\(size)", "search", "type:vasterbotten", "accept-search", "open"])
        Snapshot.assertMatches(harness.screen, named: "detail-vasterbotten-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func memberStatePicker(size: String) {
        var harness = Harness()
        harness.replay(["resize:\(size)", "pick-member-states", "move-down", "toggle-mark"])
        Snapshot.assertMatches(harness.screen, named: "picker-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func search(size: String) {
        var harness = Harness()
        harness.replay(["resize:\(size)", "search", "type:osterb"])
        Snapshot.assertMatches(harness.screen, named: "search-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func help(size: String) {
        var harness = Harness()
        harness.replay(["resize:\(size)", "help"])
        Snapshot.assertMatches(harness.screen, named: "help-\(size)")
    }

    @Test func tooSmall() {
        var harness = Harness()
        harness.replay(["resize:30x8"])
        Snapshot.assertMatches(harness.screen, named: "too-small-30x8")
    }
}
