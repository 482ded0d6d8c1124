import Foundation
import Testing
@testable import RegioModel

/// The loader finds a membership's id handles by their bytes (see `ShortKeyHandles`): a hit must always be
/// the handle last remembered for exactly those bytes, whatever else shares its slot.
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
