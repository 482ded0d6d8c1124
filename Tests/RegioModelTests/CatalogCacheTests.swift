import Foundation
import RegioTestSupport
import Synchronization
import Testing
@testable import RegioModel

/// The cache of loaded data folders: an entry gives back exactly the catalog the files give, and is
/// never trusted when the files changed, when it is damaged, or when another build wrote it.
@Suite struct CatalogCacheTests {
    /// A data folder (the bundled files plus a warning) and a cache folder beside it.
    struct Setup {
        let data: ScratchFolder
        let cacheFolder: ScratchFolder
        let cache: CatalogCache

        init(stamp: String = "test") throws {
            data = try ScratchFolder("regio-cache-data")
            try data.copyBundledDataset()
            cacheFolder = try ScratchFolder("regio-cache")
            cache = CatalogCache(directory: cacheFolder.path + "/regio", stamp: stamp)
        }

        func remove() { data.remove(); cacheFolder.remove() }

        func loadFiles() throws -> Catalog { try CatalogLoader.load(directory: data.path) }

        @discardableResult
        func save() throws -> Bool { cache.save(try loadFiles(), loaded: cache.before(loading: data.path)) }

        var entry: String { cache.entryPath(forFolder: data.path) }
    }

    static func expectSame(_ a: Catalog, _ b: Catalog) {
        #expect(a.territories == b.territories)
        #expect(a.initiatives == b.initiatives)
        #expect(a.memberships == b.memberships)
        #expect(a.warnings == b.warnings)
        #expect(a.resolved?.territory == b.resolved?.territory)
        #expect(a.resolved?.initiative == b.resolved?.initiative)
    }

    @Test func theHashIsXXH64() {
        // Reference values from the xxhash reference implementation (Python's xxhash.xxh64, seed 0).
        let cases: [([UInt8], UInt64)] = [
            ([], 0xEF46_DB37_51D8_E999), (Array("a".utf8), 0xD24E_C4F1_A98C_6E5B), (Array("abc".utf8), 0x44BC_2CF5_AD77_0999),
            (Array((0...255).map(UInt8.init)) + Array((0...255).map(UInt8.init)) + Array((0...255).map(UInt8.init)), 0x8E03_C838_C596_036F),
            (Array(String(repeating: "regio", count: 7).utf8), 0x60FE_6E4F_3D4D_9086),
        ]
        for (bytes, expected) in cases { #expect(ContentHash.of(bytes) == expected, "\(bytes.count) bytes") }
    }

    @Test func theHashOfPiecesIsTheHashOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var hash = ContentHash()
            var rest = bytes[...]
            while !rest.isEmpty {
                let piece = rest.prefix(Int.random(in: 1...40, using: &generator))
                Array(piece).withUnsafeBytes { hash.update($0) }
                rest = rest.dropFirst(piece.count)
            }
            #expect(hash.finish() == ContentHash.of(bytes))
        }
    }

    @Test func anEntryGivesBackTheCatalogTheFilesGive() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.data.write("territories.json", Records.territories)
        try setup.data.write("initiatives.json", Records.initiatives)
        try setup.data.write("memberships.json", Records.memberships)
        let fresh = try setup.loadFiles()
        #expect(try setup.save())
        let cached = try #require(setup.cache.load(folder: setup.data.path))
        Self.expectSame(cached, fresh)
        #expect(cached.origin == .directory(setup.data.path))
    }

    @Test func theBundledDataAndItsWarningsSurviveTheRoundTrip() throws {
        let setup = try Setup()
        defer { setup.remove() }
        // A field regio does not know is a warning; it must come back from the cache too.
        let territories = try String(contentsOfFile: setup.data.file("territories.json"), encoding: .utf8)
        try setup.data.write("territories.json", territories.replacingOccurrences(of: #""kind": "region""#,
                                                                                    with: #""colour": "blue", "kind": "region""#))
        let fresh = try setup.loadFiles()
        #expect(!fresh.warnings.isEmpty)
        #expect(try setup.save())
        Self.expectSame(try #require(setup.cache.load(folder: setup.data.path)), fresh)
    }

    /// Sources are kept as stems and numbers (`SourceListPool`); each comes back from an entry byte for byte.
    @Test func everySourceComesBackFromAnEntryExactly() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let sources = MembershipTableTests.awkwardSources
        let records = sources.indices.map { index in
            let list = [sources[index], sources[(index + 3) % sources.count]].map { "\"" + $0 + "\"" }.joined(separator: ",")
            return #"{"territory": "\#(index % 2 == 0 ? "alpha" : "beta")", "initiative": "net", "role": "\#(Role.allCases[index % Role.allCases.count].rawValue)", "sources": [\#(list)], "confidence": "stated"}"#
        }
        try setup.data.write("territories.json", Records.territories)
        try setup.data.write("initiatives.json", Records.initiatives)
        try setup.data.write("memberships.json", jsonLines(records))
        let fresh = try setup.loadFiles()
        #expect(fresh.memberships.count == sources.count)
        #expect(try setup.save())
        let cached = try #require(setup.cache.load(folder: setup.data.path))
        Self.expectSame(cached, fresh)
        #expect(cached.memberships.map { $0.sources.map { Array($0.utf8) } } == fresh.memberships.map { $0.sources.map { Array($0.utf8) } })
    }

    @Test func aGeneratedFolderRoundTrips() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try DatasetGenerator(territories: 300, initiatives: 40, memberships: 3_000, seed: 7).write(to: setup.data.path)
        let fresh = try setup.loadFiles()
        #expect(try setup.save())
        Self.expectSame(try #require(setup.cache.load(folder: setup.data.path)), fresh)
    }

    @Test func anEditThatKeepsSizeAndTimeMakesTheEntryStale() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        #expect(setup.cache.load(folder: setup.data.path) != nil, "the entry is good before the edit")
        let path = setup.data.file("memberships.json")
        var info = stat()
        stat(path, &info)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        // "member" → "mEmber" would be invalid; change a letter inside a source URL instead.
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "h")))
        bytes[index + 1] = bytes[index + 1] == UInt8(ascii: "t") ? UInt8(ascii: "T") : UInt8(ascii: "t")
        try setup.data.write("memberships.json", bytes: bytes)
        // Put the modification time back, as `touch -r` or `cp -p` would.
        var times = [timespec(tv_sec: info.st_mtim.tv_sec, tv_nsec: info.st_mtim.tv_nsec),
                     timespec(tv_sec: info.st_mtim.tv_sec, tv_nsec: info.st_mtim.tv_nsec)]
        utimensat(AT_FDCWD, path, &times, 0)
        #expect(setup.cache.load(folder: setup.data.path) == nil)
    }

    @Test func aGrownFileMakesTheEntryStale() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        let handle = try #require(FileHandle(forWritingAtPath: setup.data.file("initiatives.json")))
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        handle.closeFile()
        #expect(setup.cache.load(folder: setup.data.path) == nil)
    }

    @Test func anotherBuildsEntryIsNotUsed() throws {
        let setup = try Setup(stamp: "0.9.0 (aaaa)")
        defer { setup.remove() }
        #expect(try setup.save())
        let other = CatalogCache(directory: setup.cache.directory, stamp: "0.9.0 (bbbb)")
        #expect(other.load(folder: setup.data.path) == nil)
        #expect(setup.cache.load(folder: setup.data.path) != nil)
    }

    @Test func aTruncatedEntryIsIgnored() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        #expect(setup.cache.load(folder: setup.data.path) != nil, "the entry is good before it is cut")
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: setup.entry)))
        var lengths = Set((0..<60).map { _ in Int.random(in: 0..<whole.count) })
        lengths.formUnion([0, 1, 8, whole.count - 8, whole.count - 1])
        for length in lengths.sorted() {
            try Data(whole.prefix(length)).write(to: URL(fileURLWithPath: setup.entry))
            #expect(setup.cache.load(folder: setup.data.path) == nil, "cut to \(length) of \(whole.count) bytes")
        }
    }

    @Test func anEntryWithAFlippedByteIsIgnored() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: setup.entry)))
        var positions = Set((0..<60).map { _ in Int.random(in: 0..<whole.count) })
        positions.formUnion([0, whole.count / 2, whole.count - 1])
        for position in positions.sorted() {
            var damaged = whole
            damaged[position] ^= UInt8(1 << Int.random(in: 0..<8))
            try Data(damaged).write(to: URL(fileURLWithPath: setup.entry))
            #expect(setup.cache.load(folder: setup.data.path) == nil, "byte \(position) of \(whole.count) flipped")
        }
    }

    /// Past the whole-entry hash, the decoder itself must stop with an error on any damage: it is what
    /// stands between a bug in writing and a crash.
    @Test func theDecoderRejectsDamagedPayloadsWithoutCrashing() throws {
        let catalog = try CatalogLoader.load(directory: bundledDatasetFolder)
        var writer = SnapshotWriter()
        catalog.write(to: &writer)
        let payload = writer.bytes
        var outcomes = (decoded: 0, rejected: 0)
        func decode(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { buffer in
                var reader = SnapshotReader(buffer)
                if (try? Catalog(from: &reader, origin: .bundled)) != nil { outcomes.decoded += 1 } else { outcomes.rejected += 1 }
            }
        }
        for _ in 0..<150 { decode(Array(payload.prefix(Int.random(in: 0..<payload.count)))) }
        #expect(outcomes.decoded == 0, "a cut payload must never decode")
        for _ in 0..<300 {
            var damaged = payload
            for _ in 0..<Int.random(in: 1...4) { damaged[Int.random(in: 0..<damaged.count)] = UInt8.random(in: 0...255) }
            decode(damaged)
        }
        decode(payload)
        #expect(outcomes.rejected >= 150)
    }

    @Test func aFileChangedDuringTheLoadIsNotCached() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let before = setup.cache.before(loading: setup.data.path)
        let catalog = try setup.loadFiles()
        let path = setup.data.file("territories.json")
        try setup.data.write("territories.json", try String(contentsOfFile: path, encoding: .utf8) + " ")
        #expect(!setup.cache.save(catalog, loaded: before))
        #expect(!FileManager.default.fileExists(atPath: setup.entry))
    }

    @Test func concurrentWritersAndReadersNeverSeeHalfAnEntry() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let fresh = try setup.loadFiles()
        let cache = setup.cache, folder = setup.data.path
        let before = cache.before(loading: folder)
        let results = Mutex<[Catalog?]>([])
        DispatchQueue.concurrentPerform(iterations: 24) { task in
            if task % 2 == 0 {
                #expect(cache.save(fresh, loaded: before))
            } else {
                let loaded = cache.load(folder: folder)
                results.withLock { $0.append(loaded) }
            }
        }
        for case let loaded? in results.withLock({ $0 }) { Self.expectSame(loaded, fresh) }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.directory)
        #expect(names == [URL(fileURLWithPath: setup.entry).lastPathComponent], "one entry and no temporary file left")
        Self.expectSame(try #require(cache.load(folder: folder)), fresh)
    }

    @Test func theLeastRecentlyUsedEntriesGoBeyondTheLimit() throws {
        let cacheFolder = try ScratchFolder("regio-cache")
        defer { cacheFolder.remove() }
        let cache = CatalogCache(directory: cacheFolder.path, stamp: "test")
        var folders: [ScratchFolder] = []
        defer { folders.forEach { $0.remove() } }
        for index in 0..<(CatalogCache.entryLimit + 2) {
            let folder = try ScratchFolder("regio-cache-data-\(index)")
            folders.append(folder)
            try folder.copyBundledDataset()
            #expect(cache.save(try CatalogLoader.load(directory: folder.path), loaded: cache.before(loading: folder.path)))
            // File times have a resolution: keep the order of use unambiguous.
            let when = Date(timeIntervalSince1970: 1_000_000 + Double(index) * 10)
            try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: cache.entryPath(forFolder: folder.path))
            if index == 1 {
                // The first folder is used again after the second was saved: a use makes it the newest.
                #expect(cache.load(folder: folders[0].path) != nil)
            }
        }
        let kept = Set(cache.entries().map(\.path))
        #expect(kept.count == CatalogCache.entryLimit)
        #expect(kept.contains(cache.entryPath(forFolder: folders[0].path)))
        #expect(!kept.contains(cache.entryPath(forFolder: folders[1].path)))
        #expect(!kept.contains(cache.entryPath(forFolder: folders[2].path)))
        #expect(cache.clear().removed == CatalogCache.entryLimit)
        #expect(cache.entries().isEmpty)
    }

    /// What else may sit where an entry belongs: a FIFO (reading it would block), a folder, an empty
    /// file, a file larger than the data. None is used, and none makes the load wait.
    @Test func somethingElseInAnEntrysPlaceIsIgnored() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        let entry = setup.entry
        unlink(entry)
        #expect(mkfifo(entry, 0o600) == 0)
        #expect(setup.cache.load(folder: setup.data.path) == nil)
        unlink(entry)
        try FileManager.default.createDirectory(atPath: entry, withIntermediateDirectories: false)
        #expect(setup.cache.load(folder: setup.data.path) == nil)
        try FileManager.default.removeItem(atPath: entry)
        FileManager.default.createFile(atPath: entry, contents: Data())
        #expect(setup.cache.load(folder: setup.data.path) == nil)
        let handle = try #require(FileHandle(forWritingAtPath: entry))
        try handle.truncate(atOffset: 200 << 20)   // sparse: larger than any entry of this data can be
        try handle.close()
        #expect(setup.cache.load(folder: setup.data.path) == nil)
        // And a good entry written again replaces it.
        unlink(entry)
        #expect(try setup.save())
        #expect(setup.cache.load(folder: setup.data.path) != nil)
    }

    @Test func aCacheThatCannotBeWrittenOnlyMeansNoEntry() throws {
        let setup = try Setup()
        defer { setup.remove() }
        // The cache's place is taken by a file: no folder can be made there.
        try setup.cacheFolder.write("regio", "not a folder")
        #expect(try setup.save() == false)
        #expect(setup.cache.load(folder: setup.data.path) == nil)
    }

    /// A writer killed before its rename leaves a temporary file: the next save removes it at once when
    /// its process is gone, and waits an hour when it may still be writing.
    @Test func aKilledWritersTemporaryFileGoesAtTheNextSave() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        let gone = setup.cache.directory + "/.entry-\(Int32.max - 1)-7.tmp"      // no such process
        let alive = setup.cache.directory + "/.entry-\(getpid())-7.tmp"          // this one, still writing
        for path in [gone, alive] { FileManager.default.createFile(atPath: path, contents: Data(count: 1000)) }
        #expect(try setup.save())
        #expect(!FileManager.default.fileExists(atPath: gone))
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(setup.cache.clear().removed == 1)
        #expect(!FileManager.default.fileExists(atPath: alive), "clear removes temporary files too")
    }

    @Test func aFIFOInTheCacheFolderDoesNotBlockTheListing() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.save())
        let fifo = setup.cache.directory + "/0000000000000000.catalog"
        #expect(mkfifo(fifo, 0o600) == 0)
        let entries = setup.cache.entries()
        #expect(entries.count == 2)
        #expect(entries.map { setup.cache.folder(ofEntry: $0.path) }.compactMap { $0 } == [CatalogCache.absolute(setup.data.path)])
    }

    @Test func theCacheLivesWhereXDGSays() {
        #expect(CatalogCache.standardDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/regio")
        // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory specification).
        #expect(CatalogCache.standardDirectory(environment: ["XDG_CACHE_HOME": "cache", "HOME": "/home/a"]) == "/home/a/.cache/regio")
        #expect(CatalogCache.standardDirectory(environment: [:]) == nil)
    }
}

/// The loading screen's first rows: always the first records of the file, in order, whatever the file
/// and however much of it a preview reads.
@Suite struct LoadPreviewTests {
    @Test func thePreviewIsTheStartOfTheTerritoriesFile() throws {
        let all = try CatalogLoader.load(directory: bundledDatasetFolder).territories
        let preview = LoadPreview.territories(inFolder: bundledDatasetFolder, limit: 25)
        #expect(preview.count == 25)
        #expect(preview == Array(all.prefix(25)))
    }

    @Test func everyPrefixOfTheFileGivesAPrefixOfTheRecords() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: bundledDatasetFolder + "/territories.json")))
        let all = try CatalogLoader.load(directory: bundledDatasetFolder).territories
        var lengths = Set((0..<150).map { _ in Int.random(in: 0...min(bytes.count, 40_000)) })
        lengths.formUnion([0, 1, 2, bytes.count])
        for length in lengths.sorted() {
            let records = Array(bytes.prefix(length)).withUnsafeBufferPointer { LoadPreview.records(in: $0, limit: 10_000) }
            #expect(records == Array(all.prefix(records.count)), "prefix of \(length) bytes")
        }
        let whole = bytes.withUnsafeBufferPointer { LoadPreview.records(in: $0, limit: 10_000) }
        // The plain decoder declines a few unusual records of the bundled file; the first comes late.
        #expect(whole.count >= 100, "the whole file gives the records up to the first unusual one")
    }

    @Test func anUnusualRecordEndsThePreviewAndAMissingFileGivesNone() throws {
        let folder = try ScratchFolder("regio-preview", files: [
            "territories.json": jsonLines([Records.alpha, Records.territory("odd", extra: #", "colour": "blue""#), Records.beta]),
        ])
        defer { folder.remove() }
        #expect(LoadPreview.territories(inFolder: folder.path).map(\.id) == ["alpha"])
        #expect(LoadPreview.territories(inFolder: folder.path + "/nothing-here").isEmpty)
        #expect(LoadPreview.territories(inFolder: folder.path, limit: 0).isEmpty)
    }
}

/// The entry format's pieces read back what was written, for any values.
@Suite struct SnapshotCodecTests {
    enum Item: Equatable {
        case number(Int), string(String), optional(String?), strings([String]), int32s([Int32]), word(UInt64), flag(Bool)
    }

    static func randomString(_ generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("aÅäø€ 🇸🇪👍🏽\u{301}xyz-/:.0123456789")
        let pool = ["", "short", "https://example.eu/regio/source/1", "a much longer string than fifteen bytes"]
        if Bool.random(using: &generator) { return pool.randomElement(using: &generator)! }
        return String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    @Test func whatIsWrittenIsRead() throws {
        var generator = SystemRandomNumberGenerator()
        var runsInPieces = 0
        for _ in 0..<200 {
            var items: [Item] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                switch Int.random(in: 0..<7, using: &generator) {
                case 0: items.append(.number([0, 1, 127, 128, 300, Int.max, Int.random(in: 0...Int.max, using: &generator)]
                    .randomElement(using: &generator)!))
                case 1: items.append(.string(Self.randomString(&generator)))
                case 2: items.append(.optional(Bool.random(using: &generator) ? nil : Self.randomString(&generator)))
                case 3: items.append(.strings((0..<Int.random(in: 0...5, using: &generator)).map { _ in Self.randomString(&generator) }))
                case 4: items.append(.int32s((0..<Int.random(in: 0...9, using: &generator)).map { _ in Int32.random(in: .min ... .max, using: &generator) }))
                case 5: items.append(.word(UInt64.random(in: .min ... .max, using: &generator)))
                default: items.append(.flag(Bool.random(using: &generator)))
                }
            }
            // Written through a sink in small pieces, as an entry is written to its file.
            var written: [UInt8] = []
            var pieces = 0
            var writer = SnapshotWriter(sink: { written += $0; pieces += 1 }, bufferSize: 7)
            for item in items {
                switch item {
                case .number(let value): writer.number(value)
                case .string(let value): writer.string(value)
                case .optional(let value): writer.optionalString(value)
                case .strings(let value): writer.strings(value)
                case .int32s(let value): writer.int32s(value)
                case .word(let value): writer.word(value)
                case .flag(let value): writer.bool(value)
                }
            }
            writer.flush()
            if pieces > 1 { runsInPieces += 1 }
            let read = try written.withUnsafeBytes { bytes -> [Item] in
                var reader = SnapshotReader(bytes)
                let values = try items.map { item -> Item in
                    switch item {
                    case .number: .number(try reader.number())
                    case .string: .string(try reader.string())
                    case .optional: .optional(try reader.optionalString())
                    case .strings: .strings(try reader.strings())
                    case .int32s: .int32s(try reader.int32s())
                    case .word: .word(try reader.word())
                    case .flag: .flag(try reader.bool())
                    }
                }
                #expect(reader.isAtEnd)
                return values
            }
            #expect(read == items)
        }
        #expect(runsInPieces > 100, "most runs reached the sink in several pieces")
    }
}
