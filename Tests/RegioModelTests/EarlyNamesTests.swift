import Foundation
import Testing
@testable import RegioModel

/// The loader starts the store's name indexes as soon as the territories and initiatives are read (see
/// `FileReadings`). A store built from them must be the store built from the records alone, and a
/// catalog whose records change afterwards must not keep them.
@Suite("Name indexes started by the loader")
struct EarlyNamesTests {
    static func loaded() throws -> (FixtureDirectory, Catalog) {
        let folder = try FixtureDirectory()
        try DatasetGenerator(territories: 3000, initiatives: 300, memberships: 30_000, seed: 5).write(to: folder.path)
        return (folder, try CatalogLoader.load(directory: folder.path))
    }

    static func sameNames(_ a: NameIndexes, _ b: NameIndexes) -> Bool {
        let (x, y) = (a.search.folding, b.search.folding)
        return a.territoriesByName == b.territoriesByName && a.territoryNameRank == b.territoryNameRank
            && a.initiativeNameRank == b.initiativeNameRank && x.bytes == y.bytes && x.starts == y.starts
            && x.holds == y.holds && x.beginsWord == y.beginsWord
    }

    @Test func aLoadedStoreHasTheNamesOfItsRecords() throws {
        let (folder, catalog) = try Self.loaded()
        defer { _ = folder }
        #expect(catalog.names != nil)
        let early = Store(catalog: catalog)
        let plain = Store(territories: catalog.territories, initiatives: catalog.initiatives,
                          memberships: Array(catalog.memberships))
        #expect(Self.sameNames(early.names, plain.names))
        for query in ["a", "re", "t1", "north", "zz"] { #expect(early.search(query) == plain.search(query)) }
    }

    @Test func changedRecordsDropTheNamesStartedForTheOldOnes() throws {
        let (folder, loaded) = try Self.loaded()
        defer { _ = folder }
        var catalog = loaded
        catalog.territories[0].name = "Zzyzx"
        #expect(catalog.names == nil)
        let store = Store(catalog: catalog)
        #expect(store.search("zzyzx").first?.entity == .territory(0))
        var other = loaded
        other.initiatives.removeLast()
        #expect(other.names == nil)
    }
}
