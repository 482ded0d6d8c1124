import RegioModel
import Testing
@testable import RegioUI

@Suite struct RenderInvariantTests {
    /// Every rendered row is exactly the screen's width in cells, whatever the state and size.
    @Test(arguments: [(120, 40), (100, 30), (80, 24), (60, 20), (44, 12), (30, 8), (1, 1)])
    func everyRowIsTheScreenWidth(width: Int, height: Int) {
        var harness = Harness(width: width, height: height)
        for script in [[], ["pick-member-states"], ["help"], ["search", "type:ö"], ["open"], ["next-pane", "open"]] {
            var copy = harness
            copy.replay(script)
            let screen = copy.screen
            #expect(screen.lines.count == height)
            for line in screen.lines { #expect(TextWidth.width(of: line) == width, "\(script): \(line)") }
        }
        harness.replay(["go-bottom"])
    }

    @Test func focusIsVisibleWithoutColour() {
        let harness = Harness(width: 120, height: 30)
        let lines = harness.screen.lines
        // The focused pane has a double border and a ▶ marker; the others a single line.
        #expect(lines[1].hasPrefix("╔═ ▶ Participants"))
        #expect(lines[1].contains("┌─ Networks"))
    }

    @Test func wideCharactersKeepAlignment() {
        var screen = Screen(width: 10, height: 1)
        screen.write("漢字abc", x: 0, y: 0, role: .text)
        #expect(TextWidth.width(of: screen.lines[0]) == 10)
        #expect(screen.lines[0].hasPrefix("漢字abc"))
        // Overwriting half of a wide character blanks the other half.
        screen.write("x", x: 1, y: 0, role: .text)
        #expect(screen.lines[0].hasPrefix(" xabc") || screen.lines[0].hasPrefix(" x字"))
        #expect(TextWidth.width(of: screen.lines[0]) == 10)
    }

    @Test func controlCharactersInDataNeverReachTheScreen() {
        var screen = Screen(width: 30, height: 1)
        screen.write("evil\u{1B}[2Jname\u{07}\u{202E}", x: 0, y: 0, role: .text)
        let line = screen.lines[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(line.hasPrefix("evil␛[2Jname"))
    }
}
