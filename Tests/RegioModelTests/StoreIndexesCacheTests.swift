import Foundation
import RegioTestSupport
import Testing
@testable import RegioModel

/// A cache entry keeps the store's indexes beside the catalog: a warm store takes them instead of
/// building them, so they must be exactly what building gives, and an entry whose indexes do not fit
/// its catalog must be refused rather than trusted.
@Suite struct StoreIndexesCacheTests {
    /// Bundled data and a generated folder: trees, several languages, unresolved nothing.
    static func catalogs() throws -> [Catalog] {
        let folder = try ScratchFolder("regio-indexes")
        defer { folder.remove() }
        try DatasetGenerator(territories: 400, initiatives: 60, memberships: 5_000, seed: 11).write(to: folder.path)
        return [try CatalogLoader.load(directory: bundledDatasetFolder), try CatalogLoader.load(directory: folder.path)]
    }

    static func roundTrip(_ catalog: Catalog) throws -> Catalog {
        var writer = SnapshotWriter()
        catalog.write(to: &writer)
        return try writer.bytes.withUnsafeBytes { buffer in
            var reader = SnapshotReader(buffer)
            return try Catalog(from: &reader, origin: catalog.origin)
        }
    }

    static func expectSame(_ a: StoreIndexes, _ b: StoreIndexes) {
        for (x, y) in [(a.membershipsByTerritory, b.membershipsByTerritory), (a.membershipsByInitiative, b.membershipsByInitiative),
                       (a.leadsByInitiative, b.leadsByInitiative)] {
            #expect(x.offsets == y.offsets)
            #expect(x.targets == y.targets)
        }
        #expect(a.collaborationCounts == b.collaborationCounts)
        #expect(a.initiativeCountryMasks == b.initiativeCountryMasks)
        #expect(a.initiativeMemberCounts == b.initiativeMemberCounts)
        #expect(a.names.territoriesByName == b.names.territoriesByName)
        #expect(a.names.territoryNameRank == b.names.territoryNameRank)
        #expect(a.names.initiativeNameRank == b.names.initiativeNameRank)
        let (x, y) = (a.names.search.folding, b.names.search.folding)
        #expect(x.bytes == y.bytes && x.starts == y.starts && x.holds == y.holds && x.beginsWord == y.beginsWord)
    }

    @Test func aWarmStoreTakesTheIndexesABuiltStoreHas() throws {
        for catalog in try Self.catalogs() {
            let built = Store(catalog: catalog)
            let warm = try Self.roundTrip(catalog.with(built.indexes))
            let indexes = try #require(warm.indexes, "the entry keeps the indexes")
            Self.expectSame(indexes, built.indexes)
            let store = Store(catalog: warm)
            Self.expectSame(store.indexes, built.indexes)
            // The search index rebuilt around the cached folding answers as the built one does.
            var generator = SystemRandomNumberGenerator()
            let names = catalog.territories.flatMap { [$0.name] + $0.names.map(\.text) } + catalog.initiatives.map(\.name)
            for _ in 0..<60 {
                let name = names.randomElement(using: &generator)!
                let start = Int.random(in: 0..<max(1, name.count), using: &generator)
                let query = String(name.dropFirst(start).prefix(Int.random(in: 1...4, using: &generator)))
                #expect(store.search(query) == built.search(query), "query \(query)")
            }
        }
    }

    @Test func anEntryWithoutIndexesStillGivesAStore() throws {
        let catalog = try Self.catalogs()[1]
        let read = try Self.roundTrip(catalog)
        #expect(read.indexes == nil)
        Self.expectSame(Store(catalog: read).indexes, Store(catalog: catalog).indexes)
    }

    /// Indexes that passed the entry's checksum but do not fit the catalog are refused: each of these
    /// would otherwise give wrong rows, or send a query past the end of an array.
    @Test func indexesThatDoNotFitTheCatalogAreRefused() throws {
        let catalog = try Self.catalogs()[1]
        let good = Store(catalog: catalog).indexes
        var damages: [(String, (inout StoreIndexes) -> Void)] = []
        damages.append(("a membership listed under another territory", { indexes in
            var targets = indexes.membershipsByTerritory.targets
            targets.swapAt(0, targets.count - 1)
            indexes.membershipsByTerritory = Adjacency(offsets: indexes.membershipsByTerritory.offsets, targets: targets)
        }))
        damages.append(("a membership listed twice in its own list", { indexes in
            var targets = indexes.membershipsByTerritory.targets
            let offsets = indexes.membershipsByTerritory.offsets
            let list = (0..<offsets.count - 1).first { offsets[$0 + 1] - offsets[$0] >= 2 }!
            targets[Int(offsets[list]) + 1] = targets[Int(offsets[list])]
            indexes.membershipsByTerritory = Adjacency(offsets: offsets, targets: targets)
        }))
        damages.append(("a membership left out", { indexes in
            // Lists still in order and under their own initiative: only the total tells.
            var offsets = indexes.membershipsByInitiative.offsets
            var targets = indexes.membershipsByInitiative.targets
            let list = (0..<offsets.count - 1).first { offsets[$0 + 1] > offsets[$0] }!
            targets.remove(at: Int(offsets[list]))
            for later in (list + 1)..<offsets.count { offsets[later] -= 1 }
            indexes.membershipsByInitiative = Adjacency(offsets: offsets, targets: targets)
        }))
        damages.append(("a list past the end", { indexes in
            var offsets = indexes.membershipsByInitiative.offsets
            offsets[offsets.count - 1] += 1
            indexes.membershipsByInitiative = Adjacency(offsets: offsets, targets: indexes.membershipsByInitiative.targets)
        }))
        damages.append(("a lead that is no territory", { indexes in
            var targets = indexes.leadsByInitiative.targets
            targets[0] = Int32(catalog.territories.count)
            indexes.leadsByInitiative = Adjacency(offsets: indexes.leadsByInitiative.offsets, targets: targets)
        }))
        damages.append(("a name order with a territory twice", { indexes in
            var order = indexes.names.territoriesByName
            order[1] = order[0]
            indexes.names = NameIndexes(search: indexes.names.search, territoriesByName: order,
                                        territoryNameRank: indexes.names.territoryNameRank,
                                        initiativeNameRank: indexes.names.initiativeNameRank)
        }))
        damages.append(("a count column of the wrong length", { indexes in
            indexes.collaborationCounts.removeLast()
        }))
        for (what, damage) in damages {
            var indexes = good
            damage(&indexes)
            #expect(throws: SnapshotError.self, "\(what)") { try Self.roundTrip(catalog.with(indexes)) }
        }
    }

    /// Random damage to the indexes' bytes: whatever still decodes makes a store that answers queries
    /// (a crash here ends the test run).
    @Test func damagedIndexBytesNeverGiveAStoreThatCrashes() throws {
        let catalog = try Self.catalogs()[0]
        var plain = SnapshotWriter()
        catalog.write(to: &plain)
        var writer = SnapshotWriter()
        catalog.with(Store(catalog: catalog).indexes).write(to: &writer)
        let payload = writer.bytes
        let indexStart = plain.bytes.count - 1 // the flag that says whether indexes follow
        var outcomes = (decoded: 0, rejected: 0)
        for _ in 0..<300 {
            var damaged = payload
            for _ in 0..<Int.random(in: 1...3) {
                damaged[Int.random(in: indexStart..<damaged.count)] = UInt8.random(in: 0...255)
            }
            let read: Catalog? = damaged.withUnsafeBytes { buffer in
                var reader = SnapshotReader(buffer)
                return try? Catalog(from: &reader, origin: .bundled)
            }
            guard let read else { outcomes.rejected += 1; continue }
            outcomes.decoded += 1
            let store = Store(catalog: read)
            for territory in store.territories.indices {
                _ = store.memberships(ofTerritory: territory)
                _ = store.partners(ofTerritory: territory)
            }
            for initiative in store.initiatives.indices { _ = store.members(ofInitiative: initiative) }
            for query in ["a", "sk", "vä", "1"] { _ = store.search(query) }
        }
        #expect(outcomes.rejected > 0, "some damage must be caught")
    }

    @Test func ranksAndOrdersAreInverses() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 100] {
            let order = (0..<Int32(count)).shuffled(using: &generator)
            let ranks = try! #require(StoreIndexes.ranks(ofOrder: order, count: count))
            #expect(StoreIndexes.order(ofRanks: ranks) == order)
            for (rank, record) in order.enumerated() { #expect(ranks[Int(record)] == Int32(rank)) }
            if count >= 2 {
                var twice = order
                twice[1] = twice[0]
                #expect(StoreIndexes.ranks(ofOrder: twice, count: count) == nil)
                #expect(StoreIndexes.ranks(ofOrder: order + [0], count: count) == nil)
                var outside = order
                outside[0] = Int32(count)
                #expect(StoreIndexes.ranks(ofOrder: outside, count: count) == nil)
            }
        }
    }
}
