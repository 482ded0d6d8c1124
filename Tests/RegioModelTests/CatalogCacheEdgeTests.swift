import Foundation
import RegioTestSupport
import Testing
@testable import RegioModel

/// What someone else may do to the cache folder while regio uses it (found by an adversarial trial).
@Suite struct CatalogCacheEdgeTests {
    /// An entry cut short by another program while regio reads it: regio reads its own copy, so the
    /// bytes it decodes stay whole (with the file mapped, reading them ended regio with SIGBUS).
    @Test func anEntryCutShortWhileReadLeavesTheBytesReadWhole() throws {
        let folder = try ScratchFolder("regio-cache-cut")
        defer { folder.remove() }
        let path = folder.path + "/entry.catalog"
        let content = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(content).write(to: URL(fileURLWithPath: path))
        let sum = CatalogCache.withEntryBytes(path, largest: .max) { bytes -> Int in
            #expect(truncate(path, 4096) == 0)
            return bytes.reduce(0) { $0 &+ Int($1) }   // touches every page after the cut
        }
        #expect(sum == content.reduce(0) { $0 &+ Int($1) })
        // Only a start asked for: only that is read.
        #expect(CatalogCache.withEntryBytes(path, largest: .max, prefix: 100) { $0.count } == 100)
    }

    /// One entry over the byte limit goes; the older ones that fit stay (the count of kept bytes used
    /// to include the removed entry, and everything older went with it).
    @Test func aHugeEntryDoesNotTakeOlderOnesWithIt() throws {
        let cacheFolder = try ScratchFolder("regio-cache-trim")
        let data = try ScratchFolder("regio-cache-trim-data")
        defer { cacheFolder.remove(); data.remove() }
        try data.copyBundledDataset()
        let cache = CatalogCache(directory: cacheFolder.path, stamp: "test")
        #expect(cache.save(try CatalogLoader.load(directory: data.path), loaded: cache.before(loading: data.path)))
        let small = cache.entryPath(forFolder: data.path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: small)
        // A sparse file larger than the limit, newer than the small entry.
        let huge = cacheFolder.path + "/0123456789abcdef.catalog"
        FileManager.default.createFile(atPath: huge, contents: Data())
        #expect(truncate(huge, off_t(CatalogCache.byteLimit) + 1) == 0)
        #expect(cache.entries().count == 2)
        cache.trim()
        #expect(cache.entries().map(\.path) == [small])
    }
}
