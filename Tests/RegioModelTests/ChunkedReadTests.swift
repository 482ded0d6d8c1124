import Foundation
import Synchronization
import Testing
@testable import RegioModel

/// A data file is checked for bytes that cannot be JSON as it is read, a chunk at a time, instead of in a
/// pass of its own before parsing: the read must still stop right after the first such byte, wherever it
/// falls (inside a chunk, at a chunk's edge, in a later piece), and read a clean file whole.
@Suite("Reading a data file in checked chunks")
struct ChunkedReadTests {
    /// A file of `size` bytes of JSON-possible text, with `impossible` bytes at the given offsets.
    static func file(size: Int, impossible: [Int]) throws -> (FixtureDirectory, String, [UInt8]) {
        let folder = try FixtureDirectory()
        var bytes = (0..<size).map { index -> UInt8 in index % 61 == 60 ? 0x0A : UInt8(ascii: "a") + UInt8(index % 26) }
        for offset in impossible { bytes[offset] = 0x01 }
        let path = folder.path + "/data.json"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (folder, path, bytes)
    }

    static func read(_ path: String, _ range: Range<Int>) throws -> [UInt8] {
        guard case .success(.file(let file)) = DataFiles.open(path) else { throw CocoaError(.fileReadUnknown) }
        return try file.read(range).get()
    }

    @Test func aCleanFileIsReadWholeAcrossChunks() throws {
        let size = ImpossibleBytes.chunkSize * 3 + 12_345
        let (folder, path, bytes) = try Self.file(size: size, impossible: [])
        defer { _ = folder }
        #expect(try Self.read(path, 0..<size) == bytes)
        let middle = ImpossibleBytes.chunkSize - 7..<ImpossibleBytes.chunkSize * 2 + 99
        #expect(try Self.read(path, middle) == Array(bytes[middle]))
    }

    @Test(arguments: [0, 17, ImpossibleBytes.chunkSize - 1, ImpossibleBytes.chunkSize, ImpossibleBytes.chunkSize * 2 + 5])
    func theReadStopsJustAfterTheFirstImpossibleByte(offset: Int) throws {
        let size = ImpossibleBytes.chunkSize * 3
        let (folder, path, bytes) = try Self.file(size: size, impossible: [offset, offset + 1000])
        defer { _ = folder }
        #expect(try Self.read(path, 0..<size) == Array(bytes[0...offset]))
        // A range that starts after the byte is read up to its own first impossible byte.
        if offset + 1 < size - 2000 { #expect(try Self.read(path, offset + 1..<size) == Array(bytes[offset + 1...offset + 1000])) }
    }

    /// Reads of one open file reuse the buffers of reads that ended, while more reads are to come
    /// (`DataFile`): each read must see exactly its own range, never bytes a longer read left behind,
    /// also when reads run on several threads at once and some stop early at an impossible byte.
    @Test func readsThatReuseBuffersSeeOnlyTheirOwnBytes() throws {
        let size = ImpossibleBytes.chunkSize * 2 + 777
        let impossible = ImpossibleBytes.chunkSize + 3
        let (folder, path, bytes) = try Self.file(size: size, impossible: [impossible])
        defer { _ = folder }
        guard case .success(.file(let file)) = DataFiles.open(path) else { throw CocoaError(.fileReadUnknown) }
        /// What reading `range` must give: up to and including the first impossible byte in it.
        @Sendable func expected(_ range: Range<Int>) -> [UInt8] {
            range.contains(impossible) ? Array(bytes[range.lowerBound...impossible]) : Array(bytes[range])
        }
        var random = SeededRandom(seed: 9)
        let ranges = (0..<400).map { _ -> Range<Int> in
            let start = random.below(size)
            return start..<min(size, start + random.below(random.chance(30) ? size : 5_000) + 1)
        }
        file.expectReads(ranges.count)
        let wrong = ranges.filter { (try? file.read($0).get()) != expected($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        // Nothing is kept once no read is to come, so the buffers do not outlast the reading.
        #expect(file.spareBufferCount == 0)
        file.expectReads(ranges.count)
        _ = file.read(0..<ImpossibleBytes.chunkSize + 10)
        #expect(file.spareBufferCount == 1)
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            let range = ranges[index]
            let same = (try? file.withBytes(range) { Array($0) }.get()) == expected(range)
            if !same { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(file.spareBufferCount == 0)
    }

    /// A large memberships file with a control byte deep inside, loaded from disk in pieces, reports what
    /// a one-thread read of the same bytes reports, and nothing from after the byte.
    @Test func aControlByteDeepInAFileLoadedInPiecesIsReportedAsByOneThread() throws {
        let folder = try FixtureDirectory()
        try DatasetGenerator(territories: 4000, initiatives: 400, memberships: 40_000, seed: 11).write(to: folder.path)
        let path = folder.path + "/" + CatalogLoader.membershipsFile
        var lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).components(separatedBy: "\n")
        lines[25_001] = lines[25_001].replacingOccurrences(of: #""role":""#, with: "\"role\":\"\u{1}")
        lines[38_001] = lines[38_001].replacingOccurrences(of: #""role":""#, with: #""role":"boss","was":""#)
        let bytes = Array(lines.joined(separator: "\n").utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(JSONArrayPieces.starts(in: .memory(bytes), count: 8).count > 1)

        var validator = CatalogValidator()
        _ = bytes.withUnsafeBufferPointer { validator.readMemberships($0, fastPath: false) }
        let fromFile = try #require(try? DataFiles.open(path).get())
        let pieces = FileReadings.read(territories: nil, initiatives: nil, memberships: fromFile, progress: nil)
        #expect(pieces.memberships == nil)
        #expect(pieces.problems == validator.problems)
        let problem = try #require(pieces.problems.first)
        #expect(pieces.problems.count == 1)
        #expect(problem.position?.line == 25_002 && problem.message.contains("control character 0x1"), "\(problem)")
    }

    /// The word-at-a-time test agrees with looking at every byte, for bytes of every kind anywhere in a
    /// word: below 0x20 (impossible or tab, line feed, carriage return), 0x20 and above, 0x80 and above.
    @Test func theWordTestFindsTheFirstImpossibleByteAsAByteByByteLookDoes() {
        var random = SeededRandom(seed: 9)
        let kinds: [ClosedRange<UInt8>] = [0x00...0x1F, 0x09...0x0A, 0x0D...0x0D, 0x20...0x7F, 0x80...0xFF]
        for _ in 0..<20_000 {
            let count = Int(random.next() % 40)
            let bytes = (0..<count).map { _ -> UInt8 in
                let kind = kinds[Int(random.next() % UInt64(kinds.count))]
                return kind.lowerBound + UInt8(truncatingIfNeeded: random.next() % UInt64(kind.count))
            }
            let expected = bytes.firstIndex(where: ImpossibleBytes.isImpossible)
            #expect(bytes.withUnsafeBufferPointer { ImpossibleBytes.firstOffset(in: $0) } == expected, "\(bytes)")
        }
    }
}
