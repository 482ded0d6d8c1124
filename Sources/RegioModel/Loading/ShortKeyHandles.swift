import Foundation

/// Handles of short byte strings (ids of up to 16 bytes) found by their bytes in a small direct-mapped
/// table. A million memberships name a few thousand initiatives and territories over and over; this finds
/// an id's handle from its bytes with two word compares, instead of making a String and hashing it with
/// SipHash for the pool's dictionary. A slot holds the whole key it was filled from, so a hit is never
/// wrong; a miss (a new id, a longer one, or a slot taken by another id) only means the long way.
struct ShortKeyHandles {
    private struct Slot {
        var low: UInt64 = 0, high: UInt64 = 0
        /// Bytes in the key; 0 for an empty slot.
        var length: Int32 = 0
        var handle: Int32 = 0
    }

    private static let slotBits = 14
    private var slots = [Slot](repeating: Slot(), count: 1 << slotBits)
    /// The key found or remembered last: a territory's memberships are usually written together, and
    /// comparing with it spares a visit to the table, which is mostly out of the processor's cache.
    private var last = Slot()

    /// The handle remembered for these bytes, if any.
    mutating func handle(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        // An empty key would match an empty slot.
        guard !bytes.isEmpty, let (low, high) = Self.words(bytes) else { return nil }
        let length = Int32(bytes.count)
        if last.length == length && last.low == low && last.high == high { return last.handle }
        let slot = slots[Self.slot(low, high, bytes.count)]
        guard slot.length == length && slot.low == low && slot.high == high else { return nil }
        last = slot
        return slot.handle
    }

    /// Remembers `handle` for these bytes (nothing for a key longer than 16 bytes), in place of whatever
    /// the slot held.
    mutating func remember(_ handle: Int32, for bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, let (low, high) = Self.words(bytes) else { return }
        let slot = Slot(low: low, high: high, length: Int32(bytes.count), handle: handle)
        slots[Self.slot(low, high, bytes.count)] = slot
        last = slot
    }

    /// Up to 16 bytes as two words, zero-padded (the length tells "a" from "a\0").
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 16 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress { withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) } }
        return words
    }

    private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: ((mixed ^ (mixed >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> UInt64(64 - slotBits))
    }
}
