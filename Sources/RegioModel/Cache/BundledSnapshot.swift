/// The bundled dataset in the cache's snapshot format, compiled in beside its three JSON files: decoding
/// it takes a fraction of a millisecond, where reading and checking the JSON and indexing the store take
/// several (most of what `regio` spent before its first frame). It is made from the JSON, never edited: `BundledSnapshotTests`
/// fails when it is not exactly what the JSON gives and rewrites it when run with
/// REGIO_RECORD_BUNDLED_SNAPSHOT=1. It carries the hashes of the JSON files it was made from and the
/// snapshot format's version; when either differs from what is compiled in, it is not used and the JSON
/// is read as before, so the bundled data shown is always the JSON's.
enum BundledSnapshot {
    private static let magic = Array("REGIO-BUNDLED\n".utf8)

    /// The bundled catalog from the compiled-in snapshot; nil when it is stale or damaged.
    static func catalog() -> Catalog? {
        decode(PackageResources.bundled_snapshot, territories: PackageResources.territories_json,
               initiatives: PackageResources.initiatives_json, memberships: PackageResources.memberships_json)
    }

    /// The snapshot of `catalog` with the indexes a store of it works out (so the bundled store is not
    /// indexed at start either), recording the JSON files it was loaded from.
    static func encode(_ catalog: Catalog, territories: [UInt8], initiatives: [UInt8], memberships: [UInt8]) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.number(CatalogCache.formatVersion)
        for json in [territories, initiatives, memberships] { writer.word(hash(json)) }
        catalog.with(Store(catalog: catalog).indexes).write(to: &writer)
        return magic + writer.bytes
    }

    /// The catalog in `snapshot` if it was made from exactly these JSON files with this format; else nil.
    static func decode(_ snapshot: [UInt8], territories: [UInt8], initiatives: [UInt8], memberships: [UInt8]) -> Catalog? {
        guard snapshot.starts(with: magic) else { return nil }
        return snapshot.withUnsafeBytes { bytes -> Catalog? in
            var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[magic.count...]))
            do {
                guard try reader.number() == CatalogCache.formatVersion else { return nil }
                for json in [territories, initiatives, memberships] {
                    guard try reader.word() == hash(json) else { return nil }
                }
                return try Catalog(from: &reader, origin: .bundled)
            } catch {
                return nil
            }
        }
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }
}
