import Foundation
import Testing
@testable import RegioModel

/// The loader finds a membership's id handles by their bytes (see `ShortKeyHandles`): a hit must always be
/// the handle last remembered for exactly those bytes, whatever else was remembered.
@Suite("Id handles by their bytes")
struct ShortKeyHandlesTests {
    @Test func aHitIsAlwaysTheHandleLastRememberedForThoseBytes() {
        var random = SeededRandom(seed: 42)
        var handles = ShortKeyHandles()
        var remembered: [[UInt8]: Int32] = [:]
        // Many more keys than slots, so that slots are shared; lengths 0 to 20 (over 16 is never kept);
        // keys that differ only in a trailing zero byte or in their last byte.
        for step in 0..<200_000 {
            let length = Int(random.next() % 21)
            var key = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next() % 4 + 0x61) }
            if step % 7 == 0, !key.isEmpty { key[key.count - 1] = 0 }
            key.withUnsafeBufferPointer { bytes in
                if let found = handles.handle(for: bytes) {
                    #expect(remembered[key] == found, "\(key) gave \(found)")
                } else if step % 2 == 0 {
                    handles.remember(Int32(step), for: bytes)
                    if length <= 16 && length > 0 { remembered[key] = Int32(step) }
                }
            }
        }
        #expect(remembered.count > 1000)
    }

    /// The table keeps every key (a direct-mapped one let keys evict each other): with far more keys
    /// than it starts with room for, each is found with its own handle, and keys never remembered
    /// (including ones differing only in the last byte, or by a trailing zero) are never found.
    @Test func everyRememberedKeyIsFoundAndNoOther() {
        var random = SeededRandom(seed: 7)
        var handles = ShortKeyHandles()
        var remembered: [[UInt8]: Int32] = [:]
        while remembered.count < 40_000 {
            let length = Int(random.next() % 16) + 1
            let key = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next() % 6 + 0x30) }
            guard remembered[key] == nil else { continue }
            let handle = Int32(remembered.count)
            key.withUnsafeBufferPointer { handles.remember(handle, for: $0) }
            remembered[key] = handle
        }
        for (key, handle) in remembered {
            #expect(key.withUnsafeBufferPointer { handles.handle(for: $0) } == handle, "\(key)")
        }
        var misses = 0
        for (key, _) in remembered.prefix(5_000) {
            for other in [key + [0], Array(key.dropLast()) + [key.last! &+ 1], key + [0x30]] where remembered[other] == nil {
                #expect(other.withUnsafeBufferPointer { handles.handle(for: $0) } == nil, "\(other)")
                misses += 1
            }
        }
        #expect(misses > 5_000)
    }

    /// A key inside a longer buffer is read as whole words and masked, or byte by byte near the end of
    /// the buffer: either way only its own bytes count, whatever follows it.
    @Test func aKeyIsItsOwnBytesWhereverItLies() {
        let text = Array(#"{"initiative":"i618","x":"i6180","y":"abcdefghijklmnop","z":"i618"#.utf8)
        func range(of key: String, from start: Int = 0) -> Range<Int> {
            let key = Array(key.utf8)
            let at = (start...(text.count - key.count)).first { Array(text[$0..<$0 + key.count]) == key }!
            return at..<at + key.count
        }
        var handles = ShortKeyHandles()
        text.withUnsafeBufferPointer { bytes in
            let first = range(of: "i618")
            handles.remember(1, for: first, in: bytes)
            handles.remember(2, for: range(of: "abcdefghijklmnop"), in: bytes)
            // The same id at the very end of the buffer (fewer than 16 bytes after its start).
            let last = range(of: "i618", from: text.count - 4)
            #expect(last.upperBound == text.count)
            #expect(handles.handle(for: last, in: bytes) == 1)
            #expect(handles.handle(for: range(of: "i6180"), in: bytes) == nil)
            #expect(handles.handle(for: range(of: "abcdefghijklmnop"), in: bytes) == 2)
            // The first 15 bytes of a remembered 16-byte key, and the same four bytes with what follows.
            #expect(handles.handle(for: range(of: "abcdefghijklmno"), in: bytes) == nil)
            #expect(handles.handle(for: first.lowerBound..<first.upperBound + 1, in: bytes) == nil)
        }
    }

    @Test func longAndEmptyKeysAreNeverFound() {
        var handles = ShortKeyHandles()
        let long = Array("t-a-territory-id-of-twenty".utf8)
        long.withUnsafeBufferPointer { handles.remember(1, for: $0) }
        #expect(long.withUnsafeBufferPointer { handles.handle(for: $0) } == nil)
        #expect([UInt8]().withUnsafeBufferPointer { handles.handle(for: $0) } == nil)
        let short = Array("i618".utf8)
        short.withUnsafeBufferPointer { handles.remember(7, for: $0) }
        #expect(short.withUnsafeBufferPointer { handles.handle(for: $0) } == 7)
        #expect(Array("i6180".utf8).withUnsafeBufferPointer { handles.handle(for: $0) } == nil)
    }

    /// Ids found by their bytes give the records and problems of the general path: repeated, empty,
    /// blank, long and non-ASCII ids, in any order.
    @Test func theFastPathReadsIdsAsTheGeneralPathDoes() throws {
        let ids = ["t1", "t1", "", "t2", "  ", "t-a-territory-id-of-twenty", "t2", "Ümeå", "", "t1", "t-a-territory-id-of-twenty"]
        let records = ids.enumerated().map { index, id in
            #"{"territory": "\#(id)", "initiative": "i\#(index % 3)", "role": "member", "sources": ["s"], "confidence": "stated"}"#
        }
        let bytes = Array(jsonLines(records).utf8)
        var fast = CatalogValidator(), general = CatalogValidator()
        let fromFast = bytes.withUnsafeBufferPointer { fast.readMemberships($0)?.parsed }
        let fromGeneral = bytes.withUnsafeBufferPointer { general.readMemberships($0, fastPath: false)?.parsed }
        #expect(fast.problems == general.problems)
        #expect(fast.problems.count == 3)
        #expect(fromFast?.records == fromGeneral?.records)
        #expect(fromFast?.records.map(\.territory) == ids.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }
}
