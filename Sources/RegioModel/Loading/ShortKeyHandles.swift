import Foundation

/// Handles of short byte strings (ids of 1 to 16 bytes) found by their bytes in an open-addressing table.
/// A million memberships name a few thousand initiatives and territories over and over; this finds an
/// id's handle from its bytes with a cheap hash and two word compares, instead of making a String and
/// hashing it with SipHash for the pool's dictionary. A slot holds the whole key it was filled from, so a
/// hit is never wrong. Nothing remembered is forgotten: a direct-mapped table that let ids evict each
/// other missed a quarter of the lookups of 10,000 initiatives, each then made a String and hashed it.
/// A miss therefore means a new id (or a longer one, which is not kept): the long way.
struct ShortKeyHandles {
    private struct Slot {
        var low: UInt64 = 0, high: UInt64 = 0
        /// Bytes in the key; 0 for an empty slot.
        var length: Int32 = 0
        var handle: Int32 = 0
    }

    /// A power of two, at most half filled so that a probe soon meets an empty slot.
    private var slots = [Slot](repeating: Slot(), count: 1 << 10)
    private var filled = 0
    /// The key found or remembered last: a territory's memberships are usually written together, and
    /// comparing with it spares a visit to the table.
    private var last = Slot()

    /// The handle remembered for `bytes[range]`, if any.
    mutating func handle(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        // An empty key would match an empty slot.
        guard !range.isEmpty, let (low, high) = Self.words(range, in: bytes) else { return nil }
        let length = Int32(range.count)
        if last.length == length && last.low == low && last.high == high { return last.handle }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.slot(low, high, length) & mask
            while true {
                let slot = slots[index]
                if slot.length == 0 { return nil }
                if slot.length == length && slot.low == low && slot.high == high {
                    last = slot
                    return slot.handle
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The same for a whole buffer.
    mutating func handle(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? { handle(for: 0..<bytes.count, in: bytes) }

    /// Remembers `handle` for `bytes[range]` (nothing for an empty key or one longer than 16 bytes), in
    /// place of the handle remembered for the same bytes before, if any.
    mutating func remember(_ handle: Int32, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        guard !range.isEmpty, let (low, high) = Self.words(range, in: bytes) else { return }
        if 2 * (filled + 1) > slots.count { grow() }
        let slot = Slot(low: low, high: high, length: Int32(range.count), handle: handle)
        let mask = slots.count - 1
        var index = Self.slot(low, high, slot.length) & mask
        while slots[index].length != 0 {
            if slots[index].length == slot.length && slots[index].low == low && slots[index].high == high { break }
            index = (index + 1) & mask
        }
        if slots[index].length == 0 { filled += 1 }
        slots[index] = slot
        last = slot
    }

    mutating func remember(_ handle: Int32, for bytes: UnsafeBufferPointer<UInt8>) {
        remember(handle, for: 0..<bytes.count, in: bytes)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.length != 0 {
            var index = Self.slot(slot.low, slot.high, slot.length) & mask
            while slots[index].length != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// Up to 16 bytes as two little-endian words, zero-padded (the length tells "a" from "a\0"). Read as
    /// two whole words and masked when 16 bytes from the key's start are inside the buffer (the usual
    /// case: a closing quote and more of the file follow an id), else copied byte by byte.
    private static func words(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let count = range.count
        guard count <= 16, let base = bytes.baseAddress else { return nil }
        let start = UnsafeRawPointer(base + range.lowerBound)
        if range.lowerBound + 16 <= bytes.count {
            let low = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
            let high = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            return (low & mask(keeping: count), high & mask(keeping: count - 8))
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: start, byteCount: count) }
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }

    /// A mask of the low `bytes` bytes of a word (none for 0 or fewer, all for 8 or more).
    private static func mask(keeping bytes: Int) -> UInt64 {
        if bytes >= 8 { return ~0 }
        if bytes <= 0 { return 0 }
        return (1 << UInt64(8 * bytes)) &- 1
    }

    /// Seeded afresh in each process (see `SeededMix`).
    private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int32) -> Int {
        Int(truncatingIfNeeded: SeededMix.mix(SeededMix.mix(low ^ SeededMix.seed ^ UInt64(length)) ^ high))
    }
}
