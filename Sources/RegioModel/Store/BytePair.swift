/// Whether a short name may hold two given bytes side by side, answered for up to sixteen bytes at once
/// with four 8-byte loads instead of a memchr per occurrence of the first byte. The second key typed
/// into the participants' search looks through every name holding both letters (a hundred thousand and
/// more at a million memberships), and most of them hold the letters apart: they are passed over on
/// this test alone, and only the rest are searched byte by byte (`SearchIndex.rank`).
struct BytePair {
    /// The longest name tested; a longer one is searched without the test.
    static let longest = 16
    private let first: UInt64, second: UInt64

    /// The first two bytes of a needle of two or more.
    init(_ first: UInt8, _ second: UInt8) {
        self.first = UInt64(first) &* ByteLanes.ones
        self.second = UInt64(second) &* ByteLanes.ones
    }

    /// Whether bytes `0..<count` at `name` have the pair at some offset (false is certain; true may be
    /// wrong only for a name too long to test). Reads `longest + 1` bytes from `name`, which the caller
    /// makes sure are in the buffer, whatever `count` is.
    @inline(__always)
    func mayBeIn(_ name: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count <= Self.longest else { return true }
        // One lane per offset where the pair could start: 0 ... count - 2.
        let offsets = count - 1
        guard offsets > 0 else { return false }
        let raw = UnsafeRawPointer(name)
        let low = lanesHolding(raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 1, as: UInt64.self))
        let high = lanesHolding(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 9, as: UInt64.self))
        let lowMask: UInt64 = offsets >= 8 ? .max : (1 << UInt64(8 * offsets)) - 1
        let highMask: UInt64 = offsets <= 8 ? 0 : offsets >= 16 ? .max : (1 << UInt64(8 * (offsets - 8))) - 1
        return low & lowMask != 0 || high & highMask != 0
    }

    /// 0x80 in each lane (byte) where `here` has the first byte and `next` (the bytes one further on)
    /// the second; exact per lane, with no borrow between lanes.
    @inline(__always)
    private func lanesHolding(_ here: UInt64, _ next: UInt64) -> UInt64 {
        let here = UInt64(littleEndian: here), next = UInt64(littleEndian: next)
        return ByteLanes.zeros((here ^ first) | (next ^ second))
    }
}
