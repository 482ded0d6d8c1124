import Foundation
import Testing
import RegioTestSupport
@testable import RegioUI

@Suite struct ThemeTests {
    static let themesFolder = repositoryRoot + "/Themes"
    static let catalog = ThemeCatalog(folders: [(themesFolder, "repository")])
    static let shipped = ["default", "light", "high-contrast", "monochrome", "eu"]

    @Test(arguments: shipped)
    func everyShippedThemeLoads(name: String) throws {
        let path = Self.themesFolder + "/\(name).toml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parsed = ThemeFile.parse(text, file: path)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        // Every role is given explicitly, so nothing depends on what the built-in happens to be.
        #expect(Set(parsed.definition?.styles.keys.map { $0 } ?? []) == Set(StyleRole.allCases))
    }

    @Test func theDefaultFileIsTheBuiltInTheme() throws {
        let path = Self.themesFolder + "/default.toml"
        let theme = try #require(try? Self.catalog.loadFile(path).get())
        #expect(theme == Theme.builtInDefault)
    }

    /// WCAG AA: text and selection at least 4.5:1 wherever both colours are given in hex.
    @Test(arguments: shipped)
    func textAndSelectionAreReadable(name: String) throws {
        let theme = try #require(try? Self.catalog.loadFile(Self.themesFolder + "/\(name).toml").get())
        for role in [StyleRole.text, .selection, .statusBar, .unavailable, .header, .muted, .match, .error] {
            let style = theme.style(role)
            guard case .rgb(let fr, let fg, let fb) = style.foreground, case .rgb(let br, let bg, let bb) = style.background else {
                continue
            }
            let ratio = Contrast.ratio((fr, fg, fb), (br, bg, bb))
            #expect(ratio >= 4.5, "\(name).\(role.rawValue): contrast \(ratio)")
        }
    }

    @Test func contrastRatioMatchesWCAG() {
        #expect(abs(Contrast.ratio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
        #expect(abs(Contrast.ratio((119, 119, 119), (255, 255, 255)) - 4.48) < 0.01)
    }

    @Test func missingRolesInheritFromTheParentThenTheDefault() throws {
        let folder = try ScratchFolder("regio-themes", files: [
            "base.toml": "name = \"base\"\n[roles]\ntext = { fg = \"#101010\" }\nheader = { fg = \"red\" }\n",
            "child.toml": "name = \"child\"\ninherits = \"base\"\n[roles]\nheader = { fg = \"blue\", bold = true }\n",
        ])
        defer { folder.remove() }
        let catalog = ThemeCatalog(folders: [(folder.path, "test")])
        let theme = try #require(try? catalog.load("child").get())
        #expect(theme.style(.header) == RoleStyle(.ansi(4), .terminalDefault, [.bold]))
        #expect(theme.style(.text) == RoleStyle(.rgb(16, 16, 16)))
        #expect(theme.style(.selection) == Theme.builtInDefault.style(.selection))
    }

    @Test func inheritanceLoopsAndUnknownParentsAreErrors() throws {
        let folder = try ScratchFolder("regio-themes", files: [
            "a.toml": "name = \"a\"\ninherits = \"b\"\n",
            "b.toml": "name = \"b\"\ninherits = \"a\"\n",
            "c.toml": "name = \"c\"\ninherits = \"nope\"\n",
        ])
        defer { folder.remove() }
        let catalog = ThemeCatalog(folders: [(folder.path, "test")])
        guard case .failure(let loop) = catalog.load("a") else { Issue.record("loop accepted"); return }
        #expect(loop.description.contains("inheritance loop: a → b → a"))
        guard case .failure(let unknown) = catalog.load("c") else { Issue.record("unknown parent accepted"); return }
        #expect(unknown.description.contains("inherits 'nope'"))
        guard case .failure(let missing) = catalog.load("lihgt") else { Issue.record("unknown theme accepted"); return }
        #expect(missing.description.contains("no theme named 'lihgt'"))
    }

    /// Each kind of mistake names the line and column of the mistake and what is valid there.
    @Test(arguments: [
        ("name = \"x\"\nkidn = \"dark\"\n", "2:1", "unknown key 'kidn' (did you mean 'kind'?); valid keys: name, kind", false),
        ("name = \"x\"\n[roles]\ntxt = { fg = \"red\" }\n", "3:1", "unknown role 'txt' (did you mean 'text'?)", true),
        ("name = \"x\"\n[roles]\ntext = { fg = \"rde\" }\n", "3:15", "unknown colour 'rde' (did you mean 'red'?)", true),
        ("name = \"x\"\n[roles]\ntext = { fg = \"red\", blod = true }\n", "3:22", "unknown style key 'blod' (did you mean 'bold'?)", true),
        ("name = \"x\"\n[roles]\ntext = { bold = \"yes\" }\n", "3:17", "'bold' must be true or false", false),
        ("name = \"x\"\nkind = \"dusk\"\n", "2:8", "unknown kind 'dusk'; expected dark or light", false),
        ("kind = \"dark\"\n", "1:1", "missing 'name'", false),
        ("name = \"x\"\n[roles\n", "2:7", "TOML syntax: expected ']'", false),
        ("name = \"x\n", "1:8", "TOML syntax: unterminated string", false),
        ("name = \"x\"\n[palette]\nink = \"#12345\"\n", "3:7", "unknown colour '#12345'", false),
    ])
    func themeErrorsPointAtTheMistake(text: String, position: String, message: String, listsValidNames: Bool) {
        let parsed = ThemeFile.parse(text, file: "t.toml")
        #expect(parsed.definition == nil)
        let first = parsed.problems.first?.description ?? ""
        #expect(first.hasPrefix("t.toml:\(position): "), "\(first)")
        #expect(first.contains(message), "\(first)")
        if listsValidNames { #expect(first.contains("valid") || first.contains("expected default, #RRGGBB")) }
    }

    /// Thousands of unknown roles: the first few are reported in full, the rest counted (building every
    /// message with its suggestions made 50,000 of them cost 36 s).
    @Test func aFloodOfMistakesIsReportedBriefly() {
        var text = "name = \"x\"\n[palette]\n"
        for index in 0..<1_000 { text += "p\(index) = \"#000000\"\n" }
        text += "[roles]\n"
        for index in 0..<5_000 { text += "r\(index) = \"nope\(index)\"\n" }
        let parsed = ThemeFile.parse(text, file: "t.toml")
        #expect(parsed.problems.count == ThemeFile.maximumProblems + 1)
        #expect(parsed.problems.first?.description.hasPrefix("t.toml:1004:1: unknown role 'r0'") == true)
        #expect(parsed.problems.last?.description == "t.toml: \(5_000 - ThemeFile.maximumProblems) more problems not shown")
    }

    @Test func aHugePaletteIsNotListedInTheMessage() {
        var text = "name = \"x\"\n[palette]\n"
        for index in 0..<1_000 { text += "p\(index) = \"#000000\"\n" }
        text += "[roles]\ntext = \"nope\"\n"
        let first = ThemeFile.parse(text, file: "t.toml").problems.first?.description ?? ""
        #expect(first.hasPrefix("t.toml:1004:8: unknown colour 'nope'"), "\(first)")
        #expect(first.hasSuffix("or one of the 1000 palette names"), "\(first)")
    }

    @Test func coloursParseInEveryNotation() {
        #expect(ThemeFile.parseColor("default", palette: [:]) == .terminalDefault)
        #expect(ThemeFile.parseColor("#FFCC00", palette: [:]) == .rgb(255, 204, 0))
        #expect(ThemeFile.parseColor("bright-cyan", palette: [:]) == .ansi(14))
        #expect(ThemeFile.parseColor("208", palette: [:]) == .indexed(208))
        #expect(ThemeFile.parseColor("7", palette: [:]) == .ansi(7))
        #expect(ThemeFile.parseColor("ink", palette: ["ink": .rgb(1, 2, 3)]) == .rgb(1, 2, 3))
        #expect(ThemeFile.parseColor("256", palette: [:]) == nil)
    }

    /// On an 8-colour terminal (plain TERM=xterm) bright black is black, so the default theme's inactive
    /// selection, black on bright black, drew a solid black bar; such a role falls back to its colourless look.
    @Test func aRoleWhoseColoursCollapseIntoOneFallsBackInsteadOfVanishing() throws {
        let catalog = ThemeCatalog(folders: [])
        var collapsedAtSomeDepth = false
        for entry in catalog.entries {
            let theme = try catalog.load(entry.name).get()
            for depth in ColorDepth.allCases where depth != .none {
                for role in StyleRole.allCases {
                    let style = theme.style(role)
                    if let colors = ColorMapper(depth: depth).legibleColors(style) {
                        #expect(colors.foreground != colors.background || colors.foreground == -1
                                || style.attributes.contains(.reverse), "\(entry.name) \(role) at \(depth)")
                    } else {
                        collapsedAtSomeDepth = true
                    }
                }
            }
        }
        #expect(collapsedAtSomeDepth)
        let inactive = try catalog.load("default").get().style(.selectionInactive)
        #expect(ColorMapper(depth: .c8).legibleColors(inactive) == nil)
        #expect(ColorMapper(depth: .c256).legibleColors(inactive) != nil)
    }

    @Test func hexColoursMapToTheNearestAvailable() {
        let eyBlue = ThemeColor.rgb(0x00, 0x33, 0x99)
        #expect(ColorMapper(depth: .c256).map(eyBlue) == 24)        // cube (0, 95, 135)
        #expect(ColorMapper(depth: .c256).map(.rgb(128, 128, 128)) == 244)  // a grey, not a cube colour
        #expect(ColorMapper(depth: .c16).map(.rgb(250, 250, 250)) == 15)
        #expect(ColorMapper(depth: .c8).map(.rgb(250, 250, 250)) == 7)
        #expect(ColorMapper(depth: .c8).map(.ansi(12)) == 4)
        #expect(ColorMapper(depth: .trueColor).map(.rgb(0xFF, 0xCC, 0x00)) == 0xFFCC00)
        #expect(ColorMapper(depth: .none).map(.ansi(3)) == -1)
        #expect(ColorMapper(depth: .c256).map(.terminalDefault) == -1)
        #expect(ColorDepth(colors: 256) == .c256 && ColorDepth(colors: 1 << 24) == .trueColor && ColorDepth(colors: 0) == .none)
    }

    /// Without colour, state shows as attributes: selection reverse, headers and focus bold, muted dim,
    /// matches underlined. The snapshot shows each row's text and, below it, its attributes
    /// (r reverse, b bold, d dim, u underline, + several).
    @Test func noColorShowsStateByAttributes() {
        var harness = Harness(width: 80, height: 12)
        harness.replay(["search", "type:ber", "accept-search", "move-down"])
        Snapshot.assertMatches(harness.screen, attributes: \.monochrome, named: "no-color-attributes-80x12")
    }
}
