import Foundation
import RegioModel
import Testing
@testable import RegioUI

/// The detail view keeps every fact at every width: long lines wrap, nothing is cut, the cursor moves
/// between lines that open something and the counter says which of them it is on.
@Suite struct DetailWrapTests {
    /// Every detail of the bundled data at widths 42 (the narrowest layout) to 140: each row fits, and
    /// the words of every wrapped line are all there, in order.
    @Test(arguments: [42, 58, 78, 118, 140])
    func everyDetailLineFitsAndLosesNothing(width: Int) {
        let store = bundledStore
        let entities = store.territories.indices.map { EntityRef.territory($0) } + store.initiatives.indices.map { EntityRef.initiative($0) }
        for entity in entities {
            let wide = DetailDocument.build(entity, store: store, width: 100_000).rows
            let narrow = DetailDocument.build(entity, store: store, width: width).rows
            for row in narrow {
                let cells = row.spans.reduce(0) { $0 + TextWidth.width(of: $1.text) }
                #expect(cells <= width, "\(entity): \(cells) cells at width \(width): \(row.kind) \(row.spans.map(\.text).joined())")
            }
            // The lines that open something (and their continuations) hold the same text at both widths
            // (spaces aside: a word longer than the line, such as a URL, is split). The network's bars are
            // drawn to the width, so they are left out.
            let words = { (rows: [DetailRow]) -> String in
                var lines: [String] = []
                var inLink = false
                for row in rows {
                    let text = row.spans.map(\.text).joined()
                    if row.kind != .continuation { inLink = row.kind == .link && !text.contains("█") && !text.contains("─ ") }
                    if inLink { lines.append(text) }
                }
                return lines.joined(separator: " ")
            }
            let wideWords = words(wide).replacingOccurrences(of: " ", with: "")
            let narrowWords = words(narrow).replacingOccurrences(of: " ", with: "")
            let same = zip(wideWords, narrowWords).prefix { $0 == $1 }.count
            let equal = wideWords == narrowWords
            #expect(equal,
                    "\(entity) differs at width \(width) from: \(wideWords.dropFirst(same).prefix(60)) | \(narrowWords.dropFirst(same).prefix(60))")
        }
    }

    /// The role, stated/inferred and the source numbers come before the initiative's name.
    @Test func rolesConfidenceAndSourcesComeFirst() throws {
        let store = bundledStore
        let index = try #require(store.territoryIndex("vasterbotten"))
        let rows = DetailDocument.build(.territory(index), store: store, width: 40).rows
        let links = rows.filter { $0.kind == .link && $0.target.map { if case .initiative = $0 { true } else { false } } == true }
        #expect(!links.isEmpty)
        for link in links {
            let text = link.spans.map(\.text).joined()
            #expect(text.range(of: #"^›\s+\S+\s+(stated|inferred)\s+\[[\d,]+\]"#, options: .regularExpression) != nil, "\(text)")
        }
    }

    /// Down walks the links only; n/N counts them; past the last one the page still scrolls to its end,
    /// and up from the first one brings the top back.
    @Test func theCursorMovesBetweenLinksAndEveryLineCanBeReached() throws {
        var harness = Harness(width: 60, height: 20)
        harness.replay(["search", "type:vasterbotten", "accept-search", "open"])
        let page = try #require(harness.state.history.last)
        let document = DetailDocument.build(page.content, store: bundledStore, width: 58)
        let links = document.rows.indices.filter { document.rows[$0].kind == .link }
        #expect(harness.text.contains("1/\(links.count)"))
        for (place, link) in links.enumerated() {
            #expect(harness.state.history.last?.position.selected == link)
            #expect(harness.text.contains("\(place + 1)/\(links.count)"))
            harness.replay(["move-down"])
        }
        for _ in 0..<document.rows.count { harness.replay(["move-down"]) }
        let bottom = try #require(harness.state.history.last?.position)
        #expect(bottom.scroll + Layout(width: 60, height: 20, focus: .participants).detailRows >= document.rows.count,
                "the last line is on screen: \(bottom)")
        harness.replay(["go-top"])
        for _ in 0..<3 { harness.replay(["move-up"]) }
        #expect(harness.state.history.last?.position.scroll == 0, "the top is on screen again")
    }

    /// Exporting a region's detail writes its collaborations and partners as data, not screen lines.
    @Test func aDetailExportIsOneRowPerCollaborationAndPartner() throws {
        var harness = Harness()
        harness.replay(["search", "type:vasterbotten", "accept-search", "open"])
        let table = ViewExport.table(harness.state, bundledStore)
        #expect(table.columns == ["section", "id", "name", "country", "role", "within", "via", "confidence", "sources"])
        let index = try #require(bundledStore.territoryIndex("vasterbotten"))
        let collaborations = table.rows.filter { $0[0] == "collaborations" }
        #expect(collaborations.count == bundledStore.memberships(ofTerritory: index).count)
        #expect(table.rows.filter { $0[0] == "partners" }.count == bundledStore.partners(ofTerritory: index).count)
        for row in collaborations {
            #expect(bundledStore.initiativeIndex(row[1]) != nil, "an initiative id: \(row[1])")
            #expect(["stated", "inferred"].contains(row[7]))
            #expect(row[8].components(separatedBy: " | ").allSatisfy { $0.hasPrefix("http") || $0.hasPrefix("seed:") }, "sources: \(row[8])")
            #expect(!row.joined().contains("›"), "no screen text")
        }
    }

    /// Exporting a comparison writes the initiatives both, or only one, take part in, and the partners
    /// in common, as data.
    @Test func aComparisonExportIsData() throws {
        let store = bundledStore
        let a = try #require(store.territoryIndex("varmland")), b = try #require(store.territoryIndex("vasterbotten"))
        var state = AppState()
        state.history = [DetailPage(.comparison(a, b))]
        let table = ViewExport.table(state, store)
        let comparison = store.compare(a, b)
        #expect(table.rows.filter { $0[0] == "both" }.map { $0[1] } == comparison.shared.map { store.initiatives[$0].id })
        #expect(table.rows.filter { $0[0] == "only" && $0[5] == "varmland" }.count == comparison.onlyFirst.count)
        #expect(table.rows.filter { $0[0] == "partners_in_common" }.count == comparison.partnersInCommon.count)
        #expect(!table.rows.joined().joined().contains("›"))
    }

    /// A word longer than any line (a URL) starts beside its label and breaks inside itself, rather than
    /// leaving the label alone on its line.
    @Test func aURLLongerThanTheLineStartsBesideItsNumber() {
        let url = "https://example.org/" + String(repeating: "a", count: 120)
        let lines = DetailWrap.wrap([Span("  [1] "), Span(url)], width: 60)
        #expect(lines[0].map(\.text).joined().hasPrefix("  [1] https://example.org/"))
        #expect(lines.map { $0.map(\.text).joined() }.joined().replacingOccurrences(of: " ", with: "") == "[1]" + url)
        // A word that fits on the next line still moves there whole.
        let short = DetailWrap.wrap([Span("  [2] " + String(repeating: "b", count: 50) + " " + String(repeating: "c", count: 40))], width: 60)
        #expect(short.count == 2 && short[1].map(\.text).joined().trimmingCharacters(in: .whitespaces) == String(repeating: "c", count: 40))
    }
}
