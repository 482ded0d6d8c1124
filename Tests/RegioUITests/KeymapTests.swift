import Testing
@testable import RegioUI

@Suite struct KeymapTests {
    @Test func arrowsAndVimKeysMove() {
        let keymap = Keymap.standard
        #expect(keymap.command(for: .down, in: .dashboard) == .moveDown)
        #expect(keymap.command(for: .character("j"), in: .dashboard) == .moveDown)
        #expect(keymap.command(for: .character("k"), in: .detail) == .moveUp)
        #expect(keymap.command(for: .escape, in: .detail) == .back)
        #expect(keymap.command(for: .backspace, in: .detail) == .back)
    }

    @Test func configRebindsByCommandName() {
        let config = """
            # my keys
            move-down = n Down
            quit = x
            """
        let (keymap, errors) = Keymap.standard.applying(config: config, file: "keys.conf")
        #expect(errors.isEmpty)
        #expect(keymap.command(for: .character("n"), in: .dashboard) == .moveDown)
        #expect(keymap.command(for: .character("j"), in: .dashboard) == nil)
        #expect(keymap.command(for: .character("x"), in: .detail) == .quit)
        #expect(keymap.command(for: .character("q"), in: .dashboard) == nil)
    }

    @Test func configErrorsNameTheLineAndSuggest() {
        let config = "move-down = j\nmvoe-up = k\nquit = Nope\nnonsense\n"
        let (keymap, errors) = Keymap.standard.applying(config: config, file: "keys.conf")
        #expect(errors.map(\.line) == [2, 3, 4])
        #expect(errors[0].description.contains("keys.conf:2: unknown command 'mvoe-up'"))
        #expect(errors[0].message.contains("did you mean 'move-up'"))
        #expect(errors[1].message.contains("unknown key 'Nope'"))
        // The valid line still applies.
        #expect(keymap.command(for: .character("j"), in: .dashboard) == .moveDown)
    }

    @Test func footerAndHelpComeFromTheKeymap() {
        let (keymap, _) = Keymap.standard.applying(config: "search = s\nsort = o", file: "k")
        let hints = keymap.footerHints(for: .dashboard)
        #expect(hints.contains { $0.keys == "s" && $0.hint == "search" })
        let help = HelpView.lines(keymap: keymap).map(\.text)
        #expect(help.contains { $0.contains("o") && $0.contains("sort participants") })
        #expect(!help.contains { $0.hasPrefix("  /") })
    }

    @Test func keyNamesRoundTrip() {
        for key in [Key.up, .pageDown, .control("x"), .backTab, .character(" "), .character("G"), .function(5), .escape] {
            #expect(Key(name: key.name) == key)
        }
    }
}
