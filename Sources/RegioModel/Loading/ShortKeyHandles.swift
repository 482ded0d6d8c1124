/// Handles of short byte strings (ids of 1 to 16 bytes) found by their bytes in an open-addressing table.
/// A million memberships name a few thousand initiatives and territories over and over; this finds an
/// id's handle from its bytes with a cheap hash and two word compares, instead of making a String and
/// hashing it with SipHash for the pool's dictionary. A slot holds the whole key it was filled from, so a
/// hit is never wrong. Nothing remembered is forgotten: a direct-mapped table that let ids evict each
/// other missed a quarter of the lookups of 10,000 initiatives, each then made a String and hashed it.
/// A miss therefore means a new id (or a longer one, which is not kept): the long way.
struct ShortKeyHandles {
    private struct Slot {
        /// Length 0 for an empty slot.
        var key = ShortBytes.empty
        var handle: Int32 = 0
    }

    /// A power of two, at most half filled so that a probe soon meets an empty slot.
    private var slots = [Slot](repeating: Slot(), count: 1 << 10)
    private var filled = 0
    /// The key found or remembered last: a territory's memberships are usually written together, and
    /// comparing with it spares a visit to the table.
    private var last = Slot()

    /// The handle remembered for `key`, if any.
    mutating func handle(for key: ShortBytes) -> Int32? {
        if last.key == key { return last.handle }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.slot(key) & mask
            while true {
                let slot = slots[index]
                if slot.key.length == 0 { return nil }
                if slot.key == key {
                    last = slot
                    return slot.handle
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The handle remembered for `bytes[range]`, if any (none for an empty key or one over 16 bytes).
    mutating func handle(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        ShortBytes(range, in: bytes).flatMap { handle(for: $0) }
    }

    /// The same for a whole buffer.
    mutating func handle(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? { handle(for: 0..<bytes.count, in: bytes) }

    /// Remembers `handle` for `key`, in place of the handle remembered for it before, if any.
    mutating func remember(_ handle: Int32, for key: ShortBytes) {
        if 2 * (filled + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.slot(key) & mask
        while slots[index].key.length != 0 && slots[index].key != key { index = (index + 1) & mask }
        if slots[index].key.length == 0 { filled += 1 }
        slots[index] = Slot(key: key, handle: handle)
        last = slots[index]
    }

    /// The same for `bytes[range]` (nothing for an empty key or one over 16 bytes).
    mutating func remember(_ handle: Int32, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        if let key = ShortBytes(range, in: bytes) { remember(handle, for: key) }
    }

    mutating func remember(_ handle: Int32, for bytes: UnsafeBufferPointer<UInt8>) {
        remember(handle, for: 0..<bytes.count, in: bytes)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.key.length != 0 {
            var index = Self.slot(slot.key) & mask
            while slots[index].key.length != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// Seeded afresh in each process (see `SeededMix`).
    private static func slot(_ key: ShortBytes) -> Int {
        Int(truncatingIfNeeded: SeededMix.mix(SeededMix.mix(key.low ^ SeededMix.seed ^ UInt64(key.length)) ^ key.high))
    }
}
