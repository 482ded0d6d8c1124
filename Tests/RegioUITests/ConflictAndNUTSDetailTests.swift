import Testing
import RegioModel
@testable import RegioUI

/// The detail view shows where sources disagree and the NUTS region with its parents.
@Suite("Detail: conflicts and NUTS")
struct ConflictAndNUTSDetailTests {
    static func text(_ id: String, width: Int = 100, language: UILanguage = .en) -> String {
        let entity = bundledStore.entity(id)!
        return DetailDocument.build(entity, store: bundledStore, width: width, language: language).rows
            .map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
    }

    @Test func aMembershipsConflictIsShownUnderItInTheWarningColour() throws {
        let document = DetailDocument.build(bundledStore.entity("andalusia")!, store: bundledStore, width: 100)
        let row = try #require(document.rows.first { $0.spans.contains { $0.text.contains("Sources disagree:") } })
        #expect(row.spans.allSatisfy { $0.role == .warning })
        // Wrapped over several rows; the whole text is there.
        #expect(Self.text("andalusia").contains("viaemilianet"))
    }

    @Test func anInitiativesConflictIsShownInItsDetail() {
        #expect(Self.text("lars").contains("Sources disagree: The end date differs"))
        #expect(Self.text("lars", language: .sv).contains("Källorna går isär:"))
    }

    @Test func theNUTSLineNamesTheRegionItsParentsAndTheVersions() {
        #expect(Self.text("vasterbotten", width: 140).contains(
            "NUTS region: SE331 Västerbottens län › SE33 Övre Norrland › SE3 Norra Sverige (NUTS 2021 and NUTS 2024)"))
        #expect(Self.text("ostrobothnia", width: 160).contains("NUTS region: FI195 Ostrobothnia › FI19 West Finland › FI1 Mainland Finland (only NUTS 2021; NUTS 2024: FI199, FI19A)"))
        #expect(Self.text("ostrobothnia", width: 140, language: .sv).contains("(bara NUTS 2021; NUTS 2024: FI199, FI19A)"))
        // The UK is not in the table: the code alone, no versions claimed.
        #expect(Self.text("scotland", width: 140).contains("NUTS region: UKM\n"))
    }
}

@Suite("Dashboard narrowed to a NUTS region")
struct NUTSDashboardTests {
    @Test func listsAndHeaderFollowTheRegionAndCClearsIt() {
        var harness = Harness()
        harness.state.nutsRegions = ["SE33"]
        #expect(Lists.participants(harness.state, bundledStore).map { bundledStore.territories[$0].id } == ["vasterbotten"])
        let networks = Lists.initiatives(.networks, harness.state, bundledStore).map { bundledStore.initiatives[$0.initiative].id }
        #expect(networks.contains("lars") && networks.contains("pri-pilot"))
        #expect(!networks.contains("higher"))  // no member in Upper Norrland
        let screen = harness.renderer.render(harness.state).plainText
        #expect(screen.split(separator: "\n").first?.contains("NUTS SE33") == true, "\(screen)")
        harness.replay(["clear-filters"])
        #expect(harness.state.nutsRegions.isEmpty)
        #expect(Lists.participants(harness.state, bundledStore).count == bundledStore.territories.count)
    }
}
