import Foundation
import RegioModel
import Testing
@testable import RegioUI

/// The table widget: column widths, readable names, sort markers and orders, cursors that stay on
/// their row.
@Suite struct TableWidgetTests {
    /// Every fit terminates, keeps every never-dropped column, fills the width exactly when a flexible
    /// column is kept and the width allows, and never exceeds it.
    @Test func columnFitFillsItsWidthForRandomColumnsAndWidths() {
        var random = MonkeyTests.Random(state: 7)
        for _ in 0..<3_000 {
            var columns: [Column<Int>] = []
            for index in 0..<(1 + random.below(7)) {
                columns.append(Column(id: "c\(index)", title: "C\(index)", minWidth: 1 + random.below(20),
                                      preferredWidth: random.below(70), flexible: index == 0 || random.below(4) == 0,
                                      priority: index == 0 ? 0 : random.below(5)) { _, _ in "" })
            }
            let natural = columns.map { _ in random.below(90) }
            let width = 1 + random.below(200)
            let fitted = ColumnFit.fit(columns, natural: natural, width: width)
            let used = fitted.reduce(0) { $0 + $1.width } + max(0, fitted.count - 1)
            // One cell per column and the gaps between them is the least a table can take.
            let minimum = 2 * fitted.count - 1
            #expect(used <= max(width, minimum), "width \(width): used \(used)")
            #expect(fitted.allSatisfy { $0.width >= 1 })
            for index in columns.indices where columns[index].priority == 0 {
                #expect(fitted.contains { $0.index == index }, "a column that is never dropped was dropped")
            }
            if minimum <= width { #expect(used == width, "width \(width): \(fitted)") }
            // The name keeps its minimum whenever the never-dropped columns' minimums fit.
            let required = columns.filter { $0.priority == 0 }
            if required.reduce(0, { $0 + $1.minWidth }) + required.count - 1 <= width {
                #expect(fitted.first { $0.index == 0 }!.width >= columns[0].minWidth)
            }
        }
    }

    /// The rows of a pane as drawn, stepping the cursor through all of them: (initiative, row text).
    static func drawnRows(_ pane: Pane, width: Int, height: Int) -> [(EntityRef, String)] {
        var harness = Harness(width: width, height: height)
        while harness.state.focus != pane { harness.replay(["next-pane"]) }
        let entities = Lists.entities(pane, harness.state, bundledStore)
        var rows: [(EntityRef, String)] = []
        let layout = Layout(width: width, height: height, focus: pane)
        let rect = layout.rect(of: pane)!
        for (index, entity) in entities.enumerated() {
            let position = harness.state.position(pane)
            #expect(position.selected == index)
            let line = harness.screen.lines[rect.y + 2 + index - position.scroll]
            let start = line.index(line.startIndex, offsetBy: rect.x + 1)
            let end = line.index(line.startIndex, offsetBy: rect.maxX - 1)
            rows.append((entity, String(line[start..<end])))
            harness.replay(["move-down"])
        }
        return rows
    }

    /// The issue's check: at 120×40 every network and platform name shows at least 40 of its characters
    /// (the whole name when shorter), its start and its end.
    @Test(arguments: [Pane.networks, .platforms])
    func everyInitiativeNameShowsFortyCharactersAt120x40(pane: Pane) {
        for (entity, row) in Self.drawnRows(pane, width: 120, height: 40) {
            guard case .initiative(let index) = entity else { continue }
            let name = bundledStore.initiatives[index].name
            let cell = row.trimmingCharacters(in: .whitespaces).drop { "▾▸ ".contains($0) }
            let shown = String(cell).replacingOccurrences(of: #"\s+\d+(/\d+)?$"#, with: "", options: .regularExpression)
            if shown.contains("…") {
                let parts = shown.components(separatedBy: "…")
                #expect(name.hasPrefix(parts[0]) && name.hasSuffix(parts[1]), "\(shown) is not a cut of \(name)")
                #expect(shown.count - 1 >= 40, "only \(shown.count - 1) characters of \(name): \(shown)")
            } else {
                #expect(shown == name, "\(shown) vs \(name)")
            }
        }
    }

    /// Two different names never look the same at 80×24, in any pane.
    @Test(arguments: Pane.allCases)
    func distinctNamesRenderDistinctlyAt80x24(pane: Pane) {
        var seen: [String: EntityRef] = [:]
        for (entity, row) in Self.drawnRows(pane, width: 80, height: 24) {
            // The name column: the row less its trailing columns (two spaces or more separate them).
            let cell = row.dropFirst(pane == .participants ? 2 : 0).drop { "▾▸ ".contains($0) }
            let name = cell.components(separatedBy: "  ").first ?? String(cell)
            if let other = seen[name] { Issue.record("\(entity) and \(other) both render as \(name)") }
            seen[name] = entity
        }
        #expect(seen.count == Lists.entities(pane, Harness(width: 80, height: 24).state, bundledStore).count)
    }

    /// The issue's path: Tab Tab, j×5 onto Bioenergy, f, "spa", Enter: the cursor and the title stay on
    /// Bioenergy (it has a Spanish member).
    @Test func aFilterKeepsTheCursorAndTheLinkOnTheSameRow() throws {
        var harness = Harness(width: 120, height: 40)
        harness.press(.tab, .tab)
        while case .initiative(let index)? = harness.selectedEntity, bundledStore.initiatives[index].name != "Bioenergy" {
            harness.press(.character("j"))
        }
        let bioenergy = try #require(bundledStore.initiativeIndex("tp-bioenergy") ?? bundledStore.initiatives.firstIndex { $0.name == "Bioenergy" })
        #expect(harness.selectedEntity == .initiative(bioenergy))
        harness.press(.character("f"), .character("s"), .character("p"), .character("a"), .enter)
        #expect(harness.state.countries == ["ES"])
        #expect(harness.selectedEntity == .initiative(bioenergy), "the cursor stayed on Bioenergy")
        #expect(harness.state.linkedInitiative == bioenergy)
        #expect(harness.text.contains("in Bioenergy"))
    }

    /// Over random filters, sorts and searches cleared: whenever the row under the cursor is still
    /// listed, the cursor is on it; a new search puts it on the best match, the top row.
    @Test(arguments: [11 as UInt64, 12, 13])
    func theCursorStaysOnItsRowWhileTheListChanges(seed: UInt64) {
        var random = MonkeyTests.Random(state: seed)
        var harness = Harness(width: 120, height: 40)
        let changes: [[String]] = [
            ["sort"], ["sort-previous"], ["reverse-sort"], ["search", "type:a", "accept-search"],
            ["search", "type:o", "accept-search"], ["back"], ["clear-filters"], ["collapse"], ["expand"],
            ["pick-member-states", "type:swe", "toggle-mark", "confirm"], ["pick-member-states", "type:ita", "toggle-mark", "confirm"],
        ]
        for _ in 0..<300 {
            // Move somewhere, then change the list.
            harness.replay(Array(repeating: "move-down", count: random.below(12)))
            if random.below(4) == 0 { harness.replay(["next-pane"]) }
            let before = harness.selectedEntity
            let change = changes[random.below(changes.count)]
            if change == ["collapse"] || change == ["expand"] { continue }   // folding moves to the parent by design
            harness.replay(change)
            let entities = Lists.entities(harness.state.focus, harness.state, bundledStore)
            if change.first == "search" {
                #expect(harness.state.position(harness.state.focus).selected == 0, "a new search starts at its best match")
            } else if let before, entities.contains(before) {
                #expect(harness.selectedEntity == before, "after \(change)")
            }
        }
    }

    /// Sorting by member state marks the MS header and orders the rows by it; S turns the order round.
    @Test func sortingByAColumnMarksItsHeaderAndOrdersTheRows() {
        var harness = Harness(width: 120, height: 40)
        // The participants pane's column header (the left 60 cells of line 2 at 120 columns).
        var header: String { String(harness.screen.lines[2].prefix(60)) }
        #expect(header.contains("Name▲"))
        harness.replay(["sort", "sort"])
        #expect(harness.state.sort(.participants) == SortSpec(column: "country"))
        #expect(header.contains("MS▲"), "the marker moved to MS: \(header)")
        #expect(!header.contains("Name▲"))
        let countries = Lists.participants(harness.state, bundledStore).map { bundledStore.territories[$0].country.rawValue }
        #expect(countries == countries.sorted())
        harness.replay(["reverse-sort"])
        #expect(header.contains("MS▼"))
        let reversed = Lists.participants(harness.state, bundledStore).map { bundledStore.territories[$0].country.rawValue }
        #expect(reversed == countries.sorted().reversed())
        // Collaborations start with the most.
        harness.replay(["sort", "sort"])
        #expect(header.contains("Coll▼"))
        let counts = Lists.participants(harness.state, bundledStore).map { bundledStore.collaborationCount(ofTerritory: $0) }
        #expect(counts == counts.sorted(by: >))
    }

    /// A tree sorts siblings: children stay under their parent.
    @Test func sortingATreeKeepsChildrenUnderTheirParents() {
        var harness = Harness(width: 120, height: 40)
        harness.replay(["next-pane", "sort-previous"])
        #expect(harness.state.sort(.networks).column == "members")
        let rows = Lists.initiatives(.networks, harness.state, bundledStore)
        for (position, row) in rows.enumerated() where row.depth > 0 {
            let parent = rows[..<position].last { $0.depth == row.depth - 1 }
            #expect(parent.map { bundledStore.children(ofInitiative: $0.initiative).contains(row.initiative) } == true)
        }
        let roots = rows.filter { $0.depth == 0 }.map { bundledStore.memberCount(ofInitiative: $0.initiative) }
        #expect(roots == roots.sorted(by: >))
    }

    /// Swedish order: Å, Ä and Ö after Z, so Åbo comes after every name from A to Z.
    @Test func swedishNamesSortInSwedishOrder() {
        var harness = Harness(width: 120, height: 40, countries: ["FI"])
        harness.state.language = .sv
        let names = Lists.participants(harness.state, bundledStore).map { UILanguage.sv.name(of: bundledStore.territories[$0]) }
        let abo = names.firstIndex(of: "Åbo")
        #expect(abo != nil)
        for (index, name) in names.enumerated() where name.first.map({ ("A"..."Z").contains(String($0)) }) == true {
            #expect(index < abo!, "\(name) comes before Åbo")
        }
        #expect(Collation.key("Åbo", language: .sv) > Collation.key("Västerbotten", language: .sv))
        #expect(Collation.key("Örebro", language: .sv) > Collation.key("Ängelholm", language: .sv))
        #expect(Collation.key("Ängelholm", language: .sv) > Collation.key("Åbo", language: .sv))
        #expect(Collation.key("Örebro", language: .en) < Collation.key("Västerbotten", language: .en))
    }

    /// The dashboard export of a pane has the same header as `regio list` (both come from the schema).
    @Test func exportHeadersAreTheSchemaIds() {
        let harness = Harness()
        let table = ViewExport.table(harness.state, bundledStore)
        #expect(table.columns == ["id", "name", "kind", "country", "nuts", "collaborations"])
        var networks = harness
        networks.replay(["next-pane"])
        #expect(ViewExport.table(networks.state, bundledStore).columns == ["id", "name", "kind", "parent", "started", "leads", "lead_ids", "members"])
    }

    /// x marks the highlighted territory with ◆ in its row; Esc takes the mark away.
    @Test func theCompareMarkShowsInItsRowAndEscClearsIt() {
        var harness = Harness(width: 120, height: 40)
        harness.replay(["move-down"])
        harness.press(.character("x"))
        let marked = harness.state.marked
        #expect(marked != nil)
        #expect(harness.screen.lines[4].hasPrefix("║◆ Alentejo"), "\(harness.screen.lines[4])")
        #expect(harness.text.contains("Esc to unmark"))
        harness.press(.escape)
        #expect(harness.state.marked == nil)
        #expect(harness.screen.lines[4].hasPrefix("║  Alentejo"))
        #expect(harness.text.contains("Alentejo unmarked"))
    }

    /// At 60 columns a sorted column that would give way stays, so its ▲ is on screen.
    @Test func theSortedColumnStaysOnANarrowScreen() {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["next-pane"])
        #expect(!harness.screen.lines[3].contains("Started"), "at 60 columns the start date gives way")
        harness.replay(["sort", "sort"])
        #expect(harness.state.sort(.networks).column == "started")
        #expect(harness.screen.lines[3].contains("Started▲"), "\(harness.screen.lines[3])")
    }

    /// Sorting by kind orders rows by the kind labels as shown, in the interface language.
    @Test(arguments: [UILanguage.en, .sv, .nl])
    func kindSortsByTheLabelsShown(language: UILanguage) {
        var harness = Harness(width: 120, height: 40)
        harness.state.language = language
        harness.replay(["sort"])
        #expect(harness.state.sort(.participants).column == "kind")
        let labels = Lists.participants(harness.state, bundledStore).map { index in
            let kind = bundledStore.territories[index].kind
            return Collation.key(language.t(kind == .memberState ? Phrase.kindState.rawValue : kind.label), language: language.nameLanguage)
        }
        #expect(labels == labels.sorted(), "\(Array(Set(labels)))")
        harness.replay(["next-pane", "sort"])
        #expect(harness.state.sort(.networks).column == "kind")
        let kinds = Lists.initiatives(.networks, harness.state, bundledStore).filter { $0.depth == 0 }
            .map { Collation.key(language.t(bundledStore.initiatives[$0.initiative].kind.label), language: language.nameLanguage) }
        #expect(kinds == kinds.sorted())
    }
}
