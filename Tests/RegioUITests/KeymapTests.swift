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
        let config = ConfigFile(parsing: """
            # my keys
            [keys]
            move-down = ["n", "Down"]
            quit = "x"
            """, file: "config.toml")
        #expect(config.problems.isEmpty)
        let keymap = config.keymap
        #expect(keymap.command(for: .character("n"), in: .dashboard) == .moveDown)
        #expect(keymap.command(for: .character("j"), in: .dashboard) == nil)
        #expect(keymap.command(for: .character("x"), in: .detail) == .quit)
        #expect(keymap.command(for: .character("x"), in: .loading) == .quit)
        #expect(keymap.command(for: .character("q"), in: .dashboard) == nil)
    }

    @Test func configErrorsNameTheLineAndColumnAndSuggest() {
        let config = ConfigFile(parsing: """
            theme = "light"
            colour = "never"
            [keys]
            move-down = ["j"]
            mvoe-up = ["k"]
            quit = ["q", "Nope"]
            sort = 3
            """, file: "config.toml")
        #expect(config.problems.map(\.position.description) == ["2:1", "5:1", "6:14", "7:8"])
        #expect(config.problems[0].description.contains("config.toml:2:1: unknown setting 'colour' (did you mean 'color'?)"))
        #expect(config.problems[1].message.contains("unknown command 'mvoe-up' (did you mean 'move-up'?)"))
        #expect(config.problems[2].message.contains("unknown key 'Nope' (did you mean 'Home'?)") || config.problems[2].message.contains("unknown key 'Nope'"))
        #expect(config.problems[3].message.contains("expected an array of key names"))
        // What is valid still applies.
        #expect(config.theme == "light")
        #expect(config.keymap.command(for: .character("j"), in: .dashboard) == .moveDown)
        #expect(config.keymap.command(for: .character("q"), in: .dashboard) == .quit)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let config = ConfigFile(parsing: "[keys]\nquit = " + String(repeating: "[", count: 100_000), file: "c.toml")
        #expect(config.problems.count == 1)
        #expect(config.keymap.command(for: .character("q"), in: .dashboard) == .quit)
    }

    @Test func footerAndHelpComeFromTheKeymap() {
        let keymap = ConfigFile(parsing: "[keys]\nsearch = [\"s\"]\nsort = [\"o\"]", file: "k").keymap
        let hints = keymap.footerHints(for: .dashboard)
        #expect(hints.contains { $0.keys == "s" && $0.hint == "search" })
        let help = HelpView.lines(keymap: keymap).map(\.text)
        #expect(help.contains { $0.contains("o") && $0.contains("sort the focused list by the next column") })
        #expect(!help.contains { $0.hasPrefix("  /") })
    }

    @Test func keyNamesRoundTrip() {
        for key in [Key.up, .pageDown, .control("x"), .backTab, .character(" "), .character("G"), .function(5), .escape] {
            #expect(Key(name: key.name) == key)
        }
    }
}

/// A binding says why it cannot act: in the status bar when pressed, in help beside the key (dimmed).
@Suite struct AvailabilityTests {
    @Test func helpAndTheStatusBarSayWhyACommandCannotAct() {
        var harness = Harness()
        harness.press(.tab, .character("?"))
        // A summary with its reason may wrap onto the next line: read each line with the one after it.
        let screenLines = harness.screen.lines
        let lines = screenLines.indices.map { screenLines[$0] + (($0 + 1 < screenLines.count) ? screenLines[$0 + 1] : "") }
        let clear = lines.first { $0.contains("clear the member-state filter and search") } ?? ""
        #expect(clear.contains("— no filter to"), "\(clear)")
        let partners = lines.first { $0.contains("suggest partners for the selected territory") } ?? ""
        #expect(partners.contains("— select a"), "in Networks: \(partners)")
        let search = lines.first { $0.contains("search the focused list") } ?? ""
        #expect(!search.contains("—"), "search can always act: \(search)")
        harness.press(.escape, .character("p"))
        #expect(harness.state.history.isEmpty, "p did nothing in Networks")
        #expect(harness.state.message?.text == "select a territory in Participants first")
        // On a territory in Participants, partners can be found and help says nothing against it.
        harness.press(.backTab, .character("?"))
        #expect(!(harness.screen.lines.first { $0.contains("suggest partners for the selected territory") } ?? "—").contains("—"))
    }
}
