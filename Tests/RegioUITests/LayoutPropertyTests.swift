import RegioModel
import Testing
@testable import RegioUI

/// Properties every layout function keeps on any text and any width, checked over seeded random strings
/// built from the pieces that broke layout before: wide and zero-width characters, spacing-mark floods,
/// emoji sequences with skin tones and joiners, flags, Hangul jamo, controls. Each function must end,
/// stay within its width, and (where it pads) fill it exactly.
@Suite struct LayoutPropertyTests {
    static let alphabet: [String] = [
        "a", "Z", " ", "  ", "ä", "漢", "字", "\u{301}", "\u{903}", "\u{200D}", "👍", "🏽", "🇸", "🇪", "❤\u{FE0F}",
        "👨\u{200D}👩\u{200D}👧", "\u{1100}", "\u{1160}", "\u{11A8}", "\u{1B}", "\t", "\n", "\r\n", "\r", "\u{0}", "\u{9B}",
        "\u{202E}", "…", "-", "/", "e\u{301}\u{302}\u{303}",
        String(repeating: "\u{903}", count: 50), String(repeating: "👍🏽\u{200D}", count: 12),
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<random.below(40) { text += random.pick(alphabet) }
        return text
    }

    /// Runs `body` on 2,000 random (text, width) pairs, widths 1…300 weighted to the small ones.
    static func forRandomInputs(seed: UInt64, _ body: (String, Int) -> Void) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            let width = random.chance(50) ? 1 + random.below(12) : 1 + random.below(300)
            body(randomText(&random), width)
        }
    }

    @Test func wrappedLinesEndAndStayWithinTheWidth() {
        Self.forRandomInputs(seed: 1) { text, width in
            let lines = WordWrap.lines(text, width: width)
            #expect(!lines.isEmpty)
            for line in lines { #expect(TextWidth.width(of: line) <= width, "\(width): \(line.debugDescription)") }
        }
    }

    @Test func wrappingKeepsEveryScalarWhenNoneIsWiderThanALine() {
        // From width 2 on every piece fits a line, so nothing may be lost (spaces aside).
        Self.forRandomInputs(seed: 2) { text, width in
            guard width >= 2 else { return }
            let joined = WordWrap.lines(text, width: width).joined()
            let kept = { (s: String) in s.unicodeScalars.filter { $0 != " " }.map(\.value) }
            #expect(kept(joined) == kept(text), "\(width): \(text.debugDescription)")
        }
    }

    @Test func truncationAndFittingHoldTheirWidth() {
        Self.forRandomInputs(seed: 3) { text, width in
            #expect(TextWidth.width(of: TextWidth.truncate(text, to: width)) <= width)
            #expect(TextWidth.width(of: TextWidth.truncateMiddle(text, to: width)) <= width)
            #expect(TextWidth.width(of: TextWidth.fit(text, to: width)) == width)
            #expect(TextWidth.width(of: TextWidth.fit(text, to: width, alignRight: true)) == width)
        }
    }

    @Test func piecesAreNeverWiderThanAsked() {
        Self.forRandomInputs(seed: 4) { text, width in
            for piece in TextWidth.pieces(of: text, fittingIn: width) {
                #expect(piece.width <= width)
                #expect(TextWidth.width(of: piece.text) == piece.width)
            }
        }
    }

    @Test func screenRowsAreAlwaysTheScreenWidth() {
        Self.forRandomInputs(seed: 5) { text, width in
            var screen = Screen(width: width, height: 2)
            screen.write(text, x: 0, y: 0, role: .text)
            screen.write(text, x: width / 3, y: 0, role: .accent, limit: max(1, width / 2))
            screen.write(text, x: 0, y: 1, width: width, role: .text)
            for line in screen.lines { #expect(TextWidth.width(of: line) == width, "\(width): \(text.debugDescription)") }
        }
    }

    // The cases the adversarial trial found, kept as examples.

    @Test func aCharacterWiderThanTheLineIsSplitNotLoopedOn() {
        let note = "Note c" + String(repeating: "\u{903}", count: 200)
        let lines = WordWrap.lines(note, width: 40)
        // "Note", then the 201-cell character "c" + marks in lines of 40: 40, 40, 40, 40, 40, 1.
        #expect(lines.count == 7)
        #expect(lines.dropFirst().map { TextWidth.width(of: $0) } == [40, 40, 40, 40, 40, 1])
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 40 })
        let emoji = Array(repeating: "👨\u{200D}👩\u{200D}👧", count: 40).joined(separator: "\u{200D}")
        #expect(WordWrap.lines(emoji, width: 10).allSatisfy { TextWidth.width(of: $0) <= 10 })
    }

    @Test func aClusterOfSeveralSpacingScalarsKeepsAllOfThemInOneCellRun() {
        var screen = Screen(width: 12, height: 1)
        screen.write("E👍🏽🇸🇪❤\u{FE0F}Z|", x: 0, y: 0, role: .text)
        // ncurses' widths: E 1, 👍 2 + 🏽 2, 🇸 1 + 🇪 1, ❤ 1 (+ FE0F 0), Z 1, | 1.
        #expect(screen[1, 0].character == "👍🏽")
        #expect((2...4).allSatisfy { screen[$0, 0].isContinuation })
        #expect(screen[5, 0].character == "🇸🇪" && screen[6, 0].isContinuation)
        #expect(screen[8, 0].character == "Z" && screen[9, 0].character == "|")
        // Overwriting the middle of the cluster blanks all of it, never half.
        screen.write("x", x: 3, y: 0, role: .text)
        #expect(screen.lines[0].hasPrefix("E  x 🇸🇪"))
    }

    @Test func aZeroWidthCharacterThatDoesNotJoinIsDroppedNotCrashedOn() {
        // A Hangul vowel after a Latin letter is a character of its own with no width.
        var screen = Screen(width: 6, height: 1)
        screen.write("a\u{1160}b", x: 0, y: 0, role: .text)
        #expect(screen.lines[0] == "ab    ")
    }

    @Test func aSpacingMarkFloodIsCutToTheColumnNotDroppedWhole() {
        let name = "M" + String(repeating: "\u{903}", count: 200)
        let cut = TextWidth.truncate(name, to: 10)
        #expect(TextWidth.width(of: cut) == 10)
        #expect(Array(cut.unicodeScalars) == Array(("M" + String(repeating: "\u{903}", count: 8) + "…").unicodeScalars))
    }
}
