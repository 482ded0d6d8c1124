/// A record's field names, with the order the previous record gave them in. The key at each place is
/// first compared, quotes and all, with the name that came at that place last time: records written by one
/// program list their fields in one order, so a key then costs one compare instead of a scan for its
/// closing quote and a search of the names. Any other key is read and matched as `PlainValues.readObject`
/// reads it, with the same answer.
struct PredictedFields<Field> {
    private let names: ShortNames<Field>
    /// Each place's field in the previous record, as a position in `names`, 4 bits a place from the
    /// lowest (0xF: none yet); places past the 16th are not predicted.
    private var order: UInt64 = ~0

    /// At most 15 fields (a position must fit in 4 bits and differ from 0xF).
    init(_ fields: [([UInt8], Field)]) {
        precondition(fields.count < 0xF)
        names = ShortNames(fields)
    }

    /// The field named by the key at the reader, with the reader moved past the key's closing quote; nil
    /// when the key is not a plain string naming one of the fields. `place` is the key's place in its
    /// record, from 0.
    @inline(__always)
    mutating func readKey(_ reader: inout JSONReader, place: Int) -> Field? {
        let bytes = reader.bytes
        let quote = UInt8(ascii: "\"")
        let shift = UInt64(4 * place)
        if place < 16 {
            let guess = Int(truncatingIfNeeded: (order >> shift) & 0xF)
            if guess < names.count {
                // `"name"` exactly: what `plainString` would find, as a name has no quote, backslash or
                // control character in it.
                let name = names.name(at: guess)
                let start = reader.index + 1, end = start + Int(name.length)
                if end < bytes.count, bytes[reader.index] == quote, bytes[end] == quote,
                   ShortBytes(start..<end, in: bytes) == name {
                    reader.index = end + 1
                    return names.value(at: guess)
                }
            }
        }
        guard let key = reader.plainString(), let index = names.index(of: key, in: bytes) else { return nil }
        if place < 16 { order = order & ~(0xF << shift) | UInt64(index) << shift }
        return names.value(at: index)
    }
}
