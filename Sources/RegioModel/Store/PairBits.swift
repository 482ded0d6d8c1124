/// Per name, 32 bits saying which pairs of bytes side by side it may hold: each pair sets one bit,
/// picked by a hash of the two bytes. A name can hold a query only if it has every bit of the query's
/// pairs. The second key typed into a search looks through every name holding both letters (a hundred
/// thousand and more at a million memberships); most hold them apart, and this test passes over most of
/// those without reading their bytes. (Several pairs share a bit, so a name passing the test may still
/// not hold the query: the bytes decide.)
enum PairBits {
    /// The bit of the pair `first`, `second`: the top five bits of a multiplicative hash.
    @inline(__always)
    static func bit(_ first: UInt8, _ second: UInt8) -> UInt32 {
        1 << (((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 27)
    }

    /// The bits of every pair in `bytes` (none for fewer than two bytes).
    @inline(__always)
    static func of<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var bits: UInt32 = 0
        var previous: UInt8? = nil
        for byte in bytes {
            if let previous { bits |= bit(previous, byte) }
            previous = byte
        }
        return bits
    }
}
