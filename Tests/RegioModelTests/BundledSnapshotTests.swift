import Foundation
import Testing
@testable import RegioModel

/// The compiled-in snapshot of the bundled dataset is exactly what its JSON gives, is up to date with the
/// JSON, and is refused when it is not. Run with REGIO_RECORD_BUNDLED_SNAPSHOT=1 to rewrite it after the
/// JSON (or the snapshot format) changed; CI never records.
@Suite struct BundledSnapshotTests {
    static let json = (territories: PackageResources.territories_json, initiatives: PackageResources.initiatives_json,
                       memberships: PackageResources.memberships_json)

    static func encodeFromJSON() -> [UInt8] {
        BundledSnapshot.encode(CatalogLoader.loadBundledJSON(), territories: json.territories,
                               initiatives: json.initiatives, memberships: json.memberships)
    }

    static func decode(_ snapshot: [UInt8], territories: [UInt8] = json.territories) -> Catalog? {
        BundledSnapshot.decode(snapshot, territories: territories, initiatives: json.initiatives, memberships: json.memberships)
    }

    @Test func theCompiledInSnapshotIsTheOneTheJSONGives() throws {
        let fresh = Self.encodeFromJSON()
        if ProcessInfo.processInfo.environment["REGIO_RECORD_BUNDLED_SNAPSHOT"] == "1" {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Sources/RegioModel/Dataset/bundled.snapshot").standardizedFileURL.path
            try Data(fresh).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path) (\(fresh.count) bytes): rebuild and run the tests again without REGIO_RECORD_BUNDLED_SNAPSHOT")
            return
        }
        let upToDate = PackageResources.bundled_snapshot == fresh
        #expect(upToDate,
                "Sources/RegioModel/Dataset/bundled.snapshot is not what the JSON gives: run swift test with REGIO_RECORD_BUNDLED_SNAPSHOT=1")
    }

    @Test func theSnapshotLoadsTheCatalogTheJSONLoadsFieldByField() throws {
        let fromJSON = CatalogLoader.loadBundledJSON()
        let fromSnapshot = try #require(BundledSnapshot.catalog(), "the compiled-in snapshot was refused")
        #expect(fromSnapshot.origin == .bundled)
        #expect(fromSnapshot.origin == fromJSON.origin)
        #expect(fromSnapshot.territories.count == fromJSON.territories.count)
        for (snapshot, json) in zip(fromSnapshot.territories, fromJSON.territories) { #expect(snapshot == json) }
        #expect(fromSnapshot.initiatives.count == fromJSON.initiatives.count)
        for (snapshot, json) in zip(fromSnapshot.initiatives, fromJSON.initiatives) { #expect(snapshot == json) }
        #expect(fromSnapshot.memberships.count == fromJSON.memberships.count)
        for (snapshot, json) in zip(fromSnapshot.memberships, fromJSON.memberships) { #expect(snapshot == json) }
        #expect(fromSnapshot.memberships == fromJSON.memberships)
        #expect(fromSnapshot.warnings == fromJSON.warnings)
        #expect(fromSnapshot.resolved?.territory == fromJSON.resolved?.territory)
        #expect(fromSnapshot.resolved?.initiative == fromJSON.resolved?.initiative)
        #expect(fromJSON.resolved != nil)
        // The store's indexes come with the snapshot, and are the ones a store of the JSON works out.
        let indexes = try #require(fromSnapshot.indexes)
        StoreIndexesCacheTests.expectSame(indexes, Store(catalog: fromJSON).indexes)
        StoreIndexesCacheTests.expectSame(Store(catalog: fromSnapshot).indexes, Store(catalog: fromJSON).indexes)
        // What the dashboard and the subcommands use goes through the snapshot.
        #expect(CatalogLoader.loadBundled().territories == fromJSON.territories)
    }

    @Test func aSnapshotOfOtherJSONIsRefused() throws {
        let snapshot = Self.encodeFromJSON()
        #expect(Self.decode(snapshot) != nil)
        var changed = Self.json.territories
        let quote = try #require(changed.firstIndex(of: UInt8(ascii: "A")))
        changed[quote] = UInt8(ascii: "B")
        #expect(Self.decode(snapshot, territories: changed) == nil)
    }

    @Test func aDamagedSnapshotIsRefused() {
        let snapshot = Self.encodeFromJSON()
        #expect(Self.decode(Array(snapshot.dropLast())) == nil)
        #expect(Self.decode(snapshot + [0]) == nil)
        #expect(Self.decode([]) == nil)
        var otherFormat = snapshot
        let versionOffset = Array("REGIO-BUNDLED\n".utf8).count
        otherFormat[versionOffset] &+= 1
        #expect(Self.decode(otherFormat) == nil)
    }
}
