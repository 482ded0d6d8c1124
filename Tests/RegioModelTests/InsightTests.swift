import Foundation
import Testing
import RegioTestSupport
@testable import RegioModel

/// A hand-made world for the partner finder and the chains between territories.
///   Platform P ⊃ p1 "Partnership One", p2 "Partnership Two"; umbrella V "Vanguard" ⊃ v1 "Vanguard Pilot";
///   leaf projects I1 "Project One", I2 "Project Two", I3 "Project Three".
///   Alpha: p1 V I1 · Bravo: p1 I1 I3 · Charlie: p2 V I2 · Delta: p2 I2 · Echo: V I3 · Foxtrot: v1 I2 · Golf: none
enum InsightFixture {
    static let store: Store = {
        let territories = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"].map {
            Territory(id: $0.lowercased(), kind: .region, name: $0, country: $0 == "Golf" ? "PL" : "SE")
        }
        let initiatives = [
            Initiative(id: "P", kind: .thematicPlatform, name: "Platform"),
            Initiative(id: "p1", kind: .thematicPartnership, name: "Partnership One", parent: "P"),
            Initiative(id: "p2", kind: .thematicPartnership, name: "Partnership Two", parent: "P"),
            Initiative(id: "V", kind: .initiative, name: "Vanguard"),
            Initiative(id: "v1", kind: .initiativePilot, name: "Vanguard Pilot", parent: "V"),
            Initiative(id: "I1", kind: .interregProject, name: "Project One"),
            Initiative(id: "I2", kind: .interregProject, name: "Project Two"),
            Initiative(id: "I3", kind: .interregProject, name: "Project Three"),
        ]
        let pairs = [("alpha", "p1"), ("alpha", "V"), ("alpha", "I1"), ("bravo", "p1"), ("bravo", "I1"), ("bravo", "I3"),
                     ("charlie", "p2"), ("charlie", "V"), ("charlie", "I2"), ("delta", "p2"), ("delta", "I2"),
                     ("echo", "V"), ("echo", "I3"), ("foxtrot", "v1"), ("foxtrot", "I2")]
        return Store(territories: territories, initiatives: initiatives,
                     memberships: pairs.map { Membership(territory: $0.0, initiative: $0.1, role: .member) })
    }()

    static func index(_ id: String) -> Int { store.territoryIndex(id)! }
    static func initiative(_ id: String) -> Int { store.initiativeIndex(id)! }
}

@Suite struct PartnerFinderTests {
    let store = InsightFixture.store

    @Test func rankingFollowsTheDocumentedScore() {
        let suggestions = store.suggestedPartners(for: InsightFixture.index("alpha"))
        let ranked = suggestions.map { (store.territories[$0.territory].name, $0.score) }
        // Charlie: platform P (3) + Vanguard (2) + Interreg projects (1) = 6.
        // Delta: platform P (3) + Interreg (1) = 4. Echo: Vanguard (2) + Interreg (1) + Bravo in common (1) = 4.
        // Foxtrot: Interreg (1). Delta before Echo: a tie goes to name order.
        #expect(ranked.map(\.0) == ["Charlie", "Delta", "Echo", "Foxtrot"])
        #expect(ranked.map(\.1) == [6, 4, 4, 1])
    }

    @Test func territoriesAlreadyInAPartnershipOrUnreachableAreNotSuggested() {
        let names = store.suggestedPartners(for: InsightFixture.index("alpha")).map { store.territories[$0.territory].name }
        #expect(!names.contains("Bravo"), "Bravo already shares Partnership One and Project One")
        #expect(!names.contains("Golf"), "Golf takes part in nothing")
        #expect(!names.contains("Alpha"))
    }

    @Test func reasonsAreFactsInWords() {
        let echo = store.suggestedPartners(for: InsightFixture.index("alpha")).first { store.territories[$0.territory].id == "echo" }!
        #expect(echo.reasons == [.sameNetwork(InsightFixture.initiative("V")), .sameKind(.interregProject), .sharedPartners(1)])
        #expect(echo.reasons.map(store.describe) == ["both in Vanguard", "both in Interreg projects", "1 partner in common"])
        let charlie = store.suggestedPartners(for: InsightFixture.index("alpha")).first!
        #expect(store.describe(charlie.reasons[0]) == "both in Platform")
    }

    @Test func limitAndCountryFilter() {
        #expect(store.suggestedPartners(for: InsightFixture.index("alpha"), limit: 2).count == 2)
        #expect(store.suggestedPartners(for: InsightFixture.index("alpha"), countries: ["PL"]).isEmpty)
    }

    @Test func bundledDalarnaGetsReasonedSuggestions() {
        let store = bundledStore
        let dalarna = store.territoryIndex("dalarna")!
        let suggestions = store.suggestedPartners(for: dalarna, limit: 5)
        #expect(suggestions.count == 5)
        #expect(suggestions.allSatisfy { !$0.reasons.isEmpty && $0.score > 0 })
        #expect(zip(suggestions, suggestions.dropFirst()).allSatisfy { $0.score >= $1.score })
        // None of them already shares a partnership, project or pilot with Dalarna.
        let close = store.closePartners(of: dalarna)
        #expect(suggestions.allSatisfy { !close.contains($0.territory) })
    }
}

@Suite struct ComparisonTests {
    let store = InsightFixture.store

    @Test func sharedAndOnlyOneSide() {
        let comparison = store.compare(InsightFixture.index("alpha"), InsightFixture.index("charlie"))
        #expect(comparison.shared.map { store.initiatives[$0].id } == ["V"])
        #expect(comparison.onlyFirst.map { store.initiatives[$0].id } == ["p1", "I1"])
        #expect(comparison.onlySecond.map { store.initiatives[$0].id } == ["p2", "I2"])
    }

    @Test func shortestChainIsChosenDeterministically() {
        // Two shortest chains reach Delta from Alpha: via Charlie and Partnership Two, or via Charlie and
        // Project Two. Charlie's initiatives are tried in name order, so Partnership Two wins.
        let path = store.shortestPath(from: InsightFixture.index("alpha"), to: InsightFixture.index("delta"))
        #expect(path?.map { store.initiatives[$0.initiative].id } == ["V", "p2"])
        #expect(path?.map { store.territories[$0.territory].id } == ["charlie", "delta"])
        for _ in 0..<5 {
            #expect(store.shortestPath(from: InsightFixture.index("alpha"), to: InsightFixture.index("delta")) == path)
        }
    }

    @Test func directlyLinkedAndNotLinked() {
        let direct = store.shortestPath(from: InsightFixture.index("alpha"), to: InsightFixture.index("bravo"))
        #expect(direct?.count == 1)
        #expect(store.shortestPath(from: InsightFixture.index("alpha"), to: InsightFixture.index("golf")) == nil)
        #expect(store.compare(InsightFixture.index("alpha"), InsightFixture.index("golf")).path == nil)
    }

    @Test func varmlandAndVasterbottenAreLinkedThroughBioenergyOrThePilot() {
        let store = bundledStore
        let comparison = store.compare(store.territoryIndex("varmland")!, store.territoryIndex("vasterbotten")!)
        #expect(comparison.path?.count == 1)
        #expect(comparison.shared.map { store.initiatives[$0].id }.contains("tp-bioenergy"))
    }
}

@Suite struct ExportFormatTests {
    let table = ExportTable(columns: ["name", "note"], rows: [["Plain", "a, b"], ["Quote \"x\"", "line\nbreak"], ["Pipe | bar", ""]])

    @Test func csvQuotesAsRFC4180() {
        let csv = table.rendered(as: .csv)
        #expect(csv == "name,note\r\nPlain,\"a, b\"\r\n\"Quote \"\"x\"\"\",line break\r\nPipe | bar,\r\n")
    }

    @Test func jsonRoundTripsThroughTheLoadersParser() throws {
        let json = table.rendered(as: .json)
        let parsed = try JSONParser.parse(Array(json.utf8))
        guard case .array(let rows) = parsed.value else { Issue.record("not an array"); return }
        #expect(rows.count == 3)
        guard case .string(let note)? = rows[1]["note"]?.value else { Issue.record("no note"); return }
        #expect(note == "line\nbreak")
        guard case .string(let name)? = rows[1]["name"]?.value else { Issue.record("no name"); return }
        #expect(name == "Quote \"x\"")
    }

    @Test func markdownIsATableWithEscapedPipes() {
        let lines = table.rendered(as: .markdown).split(separator: "\n")
        #expect(lines[0] == "| name | note |")
        #expect(lines[1] == "|---|---|")
        #expect(lines[4] == "| Pipe \\| bar |  |")
    }

    @Test func formatFromFileName() {
        #expect(ExportTable.Format(fileName: "x.CSV") == .csv)
        #expect(ExportTable.Format(fileName: "x.md") == .markdown)
        #expect(ExportTable.Format(fileName: "x.json") == .json)
        #expect(ExportTable.Format(fileName: "x.txt") == nil)
    }

    @Test func safeWriterNeverOverwritesUnlessAskedAndLeavesNoTemporaryFile() throws {
        let scratch = try ScratchFolder("regio-export")
        defer { scratch.remove() }
        let folder = scratch.path
        let path = scratch.file("out.csv")
        try SafeFileWriter.write("one", to: path, overwrite: false)
        #expect(throws: SafeFileWriter.Failure.exists(path)) { try SafeFileWriter.write("two", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        try SafeFileWriter.write("three", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
        #expect(throws: SafeFileWriter.Failure.self) { try SafeFileWriter.write("x", to: folder + "/missing/dir.csv", overwrite: false) }
    }

    @Test func flatMembershipTableHasOneRowPerMembership() {
        let store = bundledStore
        let table = store.membershipTable(countries: ["IT"])
        let italian = store.territories.indices.filter { store.territories[$0].country == "IT" }
        #expect(table.rows.count == italian.reduce(0) { $0 + store.memberships(ofTerritory: $1).count })
        #expect(table.rows.allSatisfy { $0[3] == "IT" })
        #expect(table.columns.first == "territory_id")
    }
}

@Suite struct BarChartTests {
    @Test func barsScaleToTheLargestAndShowNumbers() {
        let lines = BarChart.lines([("SE", 16), ("IT", 8), ("IE", 0)], width: 30)
        #expect(lines[0].hasPrefix("SE 16 ") && lines[0].hasSuffix("█"))
        #expect(lines[1].hasPrefix("IT  8 "))
        #expect(lines[2] == "IE  0 ")
        let full = lines[0].filter { $0 == "█" }.count, half = lines[1].filter { $0 == "█" }.count
        #expect(half == full / 2)
    }
}
