import Foundation
import Testing
@testable import RegioModel

/// Several data folders as one: the bundled dataset with the CORDIS fixture imported, and id clashes.
@Suite struct CatalogMergeTests {
    static func merged() throws -> (Store, FixtureDirectory) {
        let directory = try FixtureDirectory()
        let imported = try CordisFixture.importAndLoad(CordisFixture.files, into: directory)
        return (Store(catalog: CatalogMerge.merge([CatalogLoader.loadBundled(), imported])), directory)
    }

    @Test func territoriesWithTheSameNUTSCodeAreOne() throws {
        let (store, directory) = try Self.merged()
        // 8 imported, of which NL33 (Zuid-Holland) and FI1D (East and North Finland) are bundled already.
        #expect(store.territories.count == CatalogLoader.loadBundled().territories.count + 6)
        #expect(store.territoryIndex("nuts-NL33") == nil)
        let zuidHolland = try #require(store.territoryIndex("zuid-holland"))
        #expect(store.memberships(ofTerritory: zuidHolland).contains { store.initiatives[$0.initiative].id == "cordis-826000004" })
        #expect(store.territories[zuidHolland].sources.contains("organization.csv:12"))
        #expect(store.origin.label == "bundled dataset + " + directory.path + "/out")
    }

    @Test func aNUTS3RegionSeesTheImportedNUTS2RegionAroundIt() throws {
        let (store, _) = try Self.merged()
        let vasterbotten = try #require(store.territoryIndex("vasterbotten"))
        #expect(store.enclosingNUTSRegions(ofTerritory: vasterbotten).map { store.territories[$0].id } == ["nuts-SE33"])
        // Sweden (SE) and a NUTS-1 code never count as the region around it.
        let sweden = try #require(store.territoryIndex("sweden"))
        #expect(store.enclosingNUTSRegions(ofTerritory: sweden).isEmpty)
    }

    @Test func clashingIdsAreKeptApartAndReferencesFollow() {
        let first = Catalog(territories: [Territory(id: "t", kind: .region, name: "T", country: "SE", nuts: "SE11")],
                            initiatives: [Initiative(id: "x", kind: .network, name: "X")],
                            memberships: [Membership(territory: "t", initiative: "x", role: .lead)])
        let second = Catalog(territories: [Territory(id: "t", kind: .city, name: "Other T", country: "DE")],
                             initiatives: [Initiative(id: "x", kind: .network, name: "Other X"),
                                           Initiative(id: "y", kind: .network, name: "Y", parent: "x")],
                             memberships: [Membership(territory: "t", initiative: "y", role: .partner)])
        let merged = CatalogMerge.merge([first, second])
        #expect(merged.territories.map(\.id) == ["t", "t@2"])
        #expect(merged.initiatives.map(\.id) == ["x", "x@2", "y"])
        #expect(merged.initiatives[2].parent == "x@2")
        #expect(merged.memberships.map { "\($0.territory) in \($0.initiative)" } == ["t in x", "t@2 in y"])
    }

    @Test func thePartnerFinderCountsResearchProjectsWithMyPartners() {
        // A works with B (P1); C works with B in P2 and P3: two research projects with one of A's partners.
        let territories = ["A", "B", "C"].map { Territory(id: $0, kind: .region, name: $0, country: "SE") }
        let initiatives = ["P1", "P2", "P3"].map { Initiative(id: $0, kind: .researchProject, name: $0) }
        let pairs = [("A", "P1"), ("B", "P1"), ("B", "P2"), ("C", "P2"), ("B", "P3"), ("C", "P3")]
        let store = Store(territories: territories, initiatives: initiatives,
                          memberships: pairs.map { Membership(territory: $0.0, initiative: $0.1, role: .partner) })
        let suggestion = store.suggestedPartners(for: 0).first
        #expect(suggestion?.territory == 2)
        #expect(suggestion?.reasons.contains(.researchTies(projects: 2, partners: 1)) == true)
        #expect(suggestion.map { $0.reasons.map(store.describe) }?.contains("2 research projects with 1 of your partners") == true)
        // 1 for both taking part in research projects, 1 for the partner in common, 2 for the projects with B.
        #expect(suggestion?.reasons.contains(.sameKind(.researchProject)) == true)
        #expect(suggestion?.score == 4)
    }

    /// Imports place organisations at NUTS 2: a NUTS-3 candidate borrows its region's research projects,
    /// and the reason says so; a partner counts when its own NUTS-2 region is in the project.
    @Test func aNUTS3CandidateBorrowsItsRegionsResearchTies() throws {
        let territories = [
            Territory(id: "A", kind: .region, name: "A", country: "SE", nuts: "SE110"),
            Territory(id: "B", kind: .region, name: "B", country: "SE", nuts: "SE121"),
            Territory(id: "C", kind: .region, name: "C", country: "SE", nuts: "SE331"),
            Territory(id: "R", kind: .region, name: "Upper Norrland", country: "SE", nuts: "SE33"),
            Territory(id: "Q", kind: .region, name: "East Middle Sweden", country: "SE", nuts: "SE12"),
        ]
        let initiatives = [Initiative(id: "P1", kind: .interregProject, name: "P1"), Initiative(id: "P4", kind: .interregProject, name: "P4")]
            + ["H1", "H2", "H3"].map { Initiative(id: $0, kind: .researchProject, name: $0) }
        // A works with B; C with B (so C is a partner's partner). C's region R works with B in H1 and with
        // B's region Q in H2; H3 has R alone.
        let pairs = [("A", "P1"), ("B", "P1"), ("C", "P4"), ("B", "P4"), ("R", "H1"), ("B", "H1"), ("R", "H2"), ("Q", "H2"), ("R", "H3")]
        let store = Store(territories: territories, initiatives: initiatives,
                          memberships: pairs.map { Membership(territory: $0.0, initiative: $0.1, role: .partner) })
        let a = try #require(store.territoryIndex("A")), c = try #require(store.territoryIndex("C"))
        let region = try #require(store.territoryIndex("R"))
        let suggestion = try #require(store.suggestedPartners(for: a).first { $0.territory == c })
        #expect(suggestion.reasons.contains(.researchTies(projects: 2, partners: 1, region: region)), "\(suggestion.reasons)")
        #expect(suggestion.reasons.map(store.describe).contains(
            "2 research projects with 1 of your partners, through its NUTS-2 region Upper Norrland (SE33)"))
        // A territory with projects of its own uses them, and says nothing of a region.
        let ownTies = store.researchTies(of: region, with: [store.territoryIndex("B")!])
        #expect(ownTies.projects == 2 && ownTies.region == nil)
    }
}
