/// The cheap hashing that the loader's own tables use instead of a `Hasher` (SipHash), for keys that
/// are a few words: source lists (`SourceListPool`) and short ids (`ShortKeyHandles`).
enum SeededMix {
    /// Chosen afresh in each process, so that no file can be written to make its keys collide (a probe
    /// would then walk the whole table for every record).
    static let seed = UInt64.random(in: 0 ... .max)

    /// The 64-bit finaliser of MurmurHash3: every input bit affects every output bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }
}
