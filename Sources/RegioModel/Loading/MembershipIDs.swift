/// One id column of a membership table (territories or initiatives): each id's handle in the table's pool,
/// found by the id's bytes (see `ShortKeyHandles`).
///
/// A million memberships read in 16 pieces bring each piece's 16,000 or so distinct ids to a pool of its
/// own for the first time, and looking each up in the pool's dictionary (a String hashed with SipHash, in
/// a dictionary grown from empty) cost as much as finding all the repeats. While every id in the pool is
/// ASCII, at most 16 bytes long and remembered here, an ASCII id not remembered here cannot be in the pool
/// (for ASCII text only the same bytes make an equal String; a non-ASCII id may equal an ASCII one: the
/// Kelvin sign "K" is canonically "K"), so it is added without a lookup. Anything else (a long or
/// non-ASCII id, or an id the general path added) is looked up, and from then on every new id is.
struct MembershipIDs {
    private var keys = ShortKeyHandles()
    /// The pool's size while every id in it is known to be one remembered here; nil once that is not known.
    private var mirrored: Int? = 0

    /// The pool's handle of the id at the reader, added when new; nil when it is not a plain string with
    /// something besides white space in it.
    mutating func handle(_ reader: inout JSONReader, _ values: inout PlainValues,
                         in pool: inout InternPool<String>) -> Int32? {
        guard let range = reader.plainString() else { return nil }
        let key = ShortBytes(range, in: reader.bytes)
        if let key, let handle = keys.handle(for: key) { return handle }
        guard let text = values.nonBlankText(range, in: reader.bytes) else { return nil }
        let handle: Int32
        if let key, key.isASCII, mirrored == pool.count {
            handle = pool.appendNew(text)
            mirrored = pool.count
        } else {
            handle = pool.handle(for: text)
            mirrored = nil
        }
        if let key { keys.remember(handle, for: key) }
        return handle
    }
}
