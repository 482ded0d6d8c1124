import Testing
@testable import RegioUI

/// The member-state map at small sizes: it scrolls to the selected tile and says what is cut; the legend
/// and the tiles mark zero alike.
@Suite struct MapFitTests {
    @Test func at60x20TheMapScrollsToTheSelectedTileAndSaysWhatIsCut() {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["show-map"])
        var text = harness.text
        #expect(text.contains("[SE]"))
        #expect(text.contains("more ↓"), "\(text)")
        #expect(!harness.screen.lines.dropLast().joined().contains("↑"), "nothing is cut above at the top")
        // Down to the last row (Malta, Greece, Cyprus): the map follows.
        for _ in 0..<8 { harness.replay(["move-down"]) }
        let selected = harness.state.map?.selected.rawValue ?? ""
        #expect(MemberStateMap.position(of: harness.state.map!.selected)?.row == 6, "\(selected)")
        text = harness.text
        #expect(text.contains("[\(selected)]"), "the selected tile is drawn: \(text)")
        #expect(!text.contains("[SE]") && !text.contains(" SE "))
        let above = MemberStateMap.tiles.filter { $0.row < harness.state.map!.firstRow }.count
        #expect(text.contains("↑ \(above) more"), "\(text)")
        #expect(!text.contains("more ↓"), "the last row is in view")
        // Every line of the body stays inside its box.
        let lines = harness.screen.lines
        #expect(lines.count == 20)
        #expect(lines[18].hasPrefix("╚"), "the box's bottom edge is intact: \(lines[18])")
    }

    /// At 80 columns the chart beside the map is narrower than its title: the title ends in an ellipsis
    /// inside the box instead of running into its border.
    @Test(arguments: [80, 90, 100])
    func theChartTitleIsCutWithAnEllipsisInsideTheBox(width: Int) throws {
        var harness = Harness(width: width, height: 24)
        harness.replay(["show-map"])
        let line = try #require(harness.screen.lines.first { $0.contains("participants per") })
        let title = line.drop { $0 != "p" }.prefix { $0 != "║" }.trimmingCharacters(in: .whitespaces)
        #expect(title == "participants per member state" || (title.hasSuffix("…")
            && "participants per member state".hasPrefix(String(title.dropLast()))), "\(line)")
        #expect(line.hasSuffix("║"), "\(line)")
    }

    @Test func theCutCountNamesTheMemberStatesBelow() throws {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["show-map"])
        let visible = MapView.visibleRows(in: Layout(width: 60, height: 20, focus: .participants))
        #expect(visible < MapView.rows)
        let below = MemberStateMap.tiles.filter { $0.row >= visible }.count
        #expect(harness.text.contains("… \(below) more ↓"), "\(harness.text)")
    }

    @Test func theChartSaysWhenBarsAreCutAndKeepsTheSelectedOne() {
        var harness = Harness(width: 120, height: 24)
        harness.replay(["show-map"])
        let text = harness.text
        #expect(text.contains("SE 16"))
        #expect(text.contains("more ↓"), "\(text)")
        // Cyprus has one participant: far down the chart.
        while harness.state.map?.selected != "CY" {
            let before = harness.state.map?.selected
            harness.replay(["move-down"])
            if harness.state.map?.selected == before { harness.replay(["expand"]) }
            if harness.state.map?.selected == before { break }
        }
        #expect(harness.state.map?.selected == "CY")
        #expect(harness.text.contains("CY  1"), "\(harness.text)")
        #expect(harness.text.contains("more"), "\(harness.text)")
    }

    @Test func legendAndTilesMarkZeroAlike() {
        var harness = Harness()
        harness.replay(["show-map"])
        let text = harness.text
        #expect(text.contains("· 0  ░ 1–2"))
        // Ireland has nobody listed: its tile shows the legend's mark for zero.
        #expect(text.contains("·   0·"), "\(text)")
        #expect(MemberStateMap.mark(for: 0) == "·")
    }

    @Test func theWindowKeepsTheLineInView() {
        for count in [5, 30] {
            for room in [3, 7, 10] {
                for index in 0..<count {
                    let window = MapView.window(count: count, room: room, keeping: index)
                    let used = window.range.count + (window.above > 0 ? 1 : 0) + (window.below > 0 ? 1 : 0)
                    #expect(window.range.contains(index), "\(count) \(room) \(index)")
                    #expect(used <= room, "\(count) \(room) \(index): \(window)")
                    #expect(window.above == window.range.lowerBound && window.below == count - window.range.upperBound)
                }
            }
        }
    }

    /// Read when recorded: Greece selected, the first rows cut ("↑ 10 more"), the legend below.
    @Test func snapshotAt60x20() {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["show-map"] + Array(repeating: "move-down", count: 8))
        Snapshot.assertMatches(harness.screen, named: "map-60x20-greece")
    }
}
