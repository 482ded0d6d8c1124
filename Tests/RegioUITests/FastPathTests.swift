import RegioModel
import Testing
@testable import RegioUI

/// The shortcuts a frame takes at a million memberships give what the plain way gives: widths summed
/// over scalars, printable ASCII written a byte a cell, placeholders filled in one pass, and a leads
/// cell that stops once wider than the terminal.
@Suite struct FastPathTests {
    @Test func textWidthIsTheSumOfItsCharactersWidths() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<3_000 {
            let text = LayoutPropertyTests.randomText(&random)
            let byCharacter = text.reduce(0) { $0 + TextWidth.width(of: $1) }
            #expect(TextWidth.width(of: text) == byCharacter, "\(text.debugDescription)")
            #expect(TextWidth.width(of: text.dropFirst()) == byCharacter - (text.first.map(TextWidth.width(of:)) ?? 0))
        }
    }

    /// Bytes read from a string's storage answer as its UTF-8 view does, for Strings and Substrings alike.
    @Test func bytesFromStorageAnswerAsTheUTF8ViewDoes() {
        var random = SeededRandom(seed: 13)
        let tests: [(UInt8) -> Bool] = [{ $0 < 0x80 }, { $0 >= 0x20 && $0 < 0x7F }, { $0 < 0x80 && $0 != 0x0D }]
        for _ in 0..<3_000 {
            let text = LayoutPropertyTests.randomText(&random)
            let part = text.dropFirst(random.below(3))
            for test in tests {
                #expect(TextWidth.allBytes(of: text, test) == text.utf8.allSatisfy(test), "\(text.debugDescription)")
                #expect(TextWidth.allBytes(of: part, test) == part.utf8.allSatisfy(test), "\(part.debugDescription)")
            }
        }
    }

    /// A row with wide characters here and there, so that writing over half of one is tried too.
    static func cluttered(_ random: inout SeededRandom, width: Int) -> Screen {
        var screen = Screen(width: width, height: 1)
        for _ in 0..<random.below(6) {
            _ = screen.writeCharacters(random.pick(["漢", "字字", "ä", "👍🏽", "x"]), x: random.below(width), y: 0, end: width,
                                       role: random.pick(StyleRole.allCases))
        }
        return screen
    }

    @Test func singleCellTextIsWrittenAsCharacterByCharacterWritingWouldWriteIt() {
        var random = SeededRandom(seed: 12)
        let pieces = ["a", "Z", " ", "42", "-", "~", "name; other", "Öster", "Łódź", "Plzeň", "…", "─", "═╗", "▶ ", "●",
                      "\u{AD}", "\u{301}", "\u{903}", "漢", "\t", "\u{FE0F}", "◽", "\u{200D}", "\u{1B}"]
        var takenFast = 0
        for _ in 0..<5_000 {
            let width = 1 + random.below(30)
            var fast = Self.cluttered(&random, width: width)
            var plain = fast
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            let x = random.below(width + 10) - 5
            let end = min(width, x + random.below(width + 5) - 2)
            let role = random.pick(StyleRole.allCases)
            let plainEnd = plain.writeCharacters(text, x: x, y: 0, end: end, role: role)
            let before = fast
            guard let fastEnd = fast.writeSingleCells(text, x: x, y: 0, end: end, role: role) else {
                #expect(fast == before, "\(text.debugDescription): a write not taken leaves the screen alone")
                continue
            }
            takenFast += 1
            #expect(fastEnd == plainEnd, "\(text.debugDescription) at \(x), end \(end)")
            #expect(fast == plain, "\(text.debugDescription) at \(x), end \(end): \(fast.lines) against \(plain.lines)")
        }
        #expect(takenFast > 500)
        // What joins or is not one cell is left to the plain way.
        var screen = Screen(width: 10, height: 1)
        for text in ["e\u{301}", "a\tb", "漢", "\u{AD}", "▶\u{FE0F}", "\u{1B}[m"] {
            #expect(screen.writeSingleCells(text, x: 0, y: 0, end: 10, role: .text) == nil, "\(text.debugDescription)")
        }
        #expect(screen.writeSingleCells("╔═ Östergötland … ▶ ●", x: 0, y: 0, end: 10, role: .text) == 10)
    }

    @Test func placeholdersAreFilledInOnePass() {
        #expect(UILanguage.filling("{0} of {1}", with: [3, "Skåne"]) == "3 of Skåne")
        #expect(UILanguage.filling("{1}, {0}, {1}", with: ["a", "b"]) == "b, a, b")
        // An argument that looks like a placeholder is shown as it is, not filled in again.
        #expect(UILanguage.filling("{0} via {1}", with: ["{1}", "x"]) == "{1} via x")
        // Braces that are no placeholder, or one without an argument, stay.
        #expect(UILanguage.filling("{} {a} {2} {", with: ["z"]) == "{} {a} {2} {")
        #expect(UILanguage.filling("{10}", with: Array(0...10)) == "10")
        #expect(UILanguage.en.t(2, one: .exportedOne, many: .exported, "out.csv").contains("out.csv"))
    }

    @Test func aLeadsCellStoppedPastTheTerminalWidthDrawsTheSame() {
        let territories = (0..<40).map {
            Territory(id: "t\($0)", kind: .region, name: "Région lointaine numéro \($0)", country: "FR", sources: ["s"])
        }
        let initiatives = [Initiative(id: "i0", kind: .network, name: "Many leads", sources: ["s"]),
                           Initiative(id: "i1", kind: .network, name: "One lead", sources: ["s"])]
        let memberships = territories.map { Membership(territory: $0.id, initiative: "i0", role: .lead) }
            + [Membership(territory: "t3", initiative: "i1", role: .coLead)]
        let store = Store(territories: territories, initiatives: initiatives, memberships: memberships)
        let rows = [TreeRow(initiative: 0, depth: 0, hasChildren: false, isCollapsed: false),
                    TreeRow(initiative: 1, depth: 0, hasChildren: false, isCollapsed: false)]
        let leads = InitiativeColumns.all(filtered: false).first { $0.id == "leads" }!
        for width in [30, 60, 120, 250] {
            var stopping = TableContext(store: store)
            stopping.cellLimit = width
            stopping.views = ViewCache()
            let whole = TableContext(store: store)
            #expect(TextWidth.width(of: leads.screen(stopping, rows[0])) < TextWidth.width(of: leads.screen(whole, rows[0])))
            #expect(TextWidth.width(of: leads.screen(stopping, rows[0])) > width)
            #expect(leads.screen(stopping, rows[1]) == leads.screen(whole, rows[1]))
            var screens: [Screen] = []
            for context in [stopping, whole, stopping] {
                var screen = Screen(width: width, height: 4)
                TableView(columns: InitiativeColumns.all(filtered: false), context: context, rows: rows,
                          position: ListPosition(), sort: nil, focused: true)
                    .draw(in: Rect(x: 0, y: 0, width: width, height: 4), on: &screen)
                screens.append(screen)
            }
            #expect(screens[0] == screens[1], "\(width): \(screens[0].lines) against \(screens[1].lines)")
            #expect(screens[2] == screens[1], "\(width), from the cache: \(screens[2].lines)")
        }
    }
}
