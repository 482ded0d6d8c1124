/// A byte string of 1 to 16 bytes held as two little-endian words and its length, so that comparing two
/// is three word compares instead of a call to memcmp. The record fast paths read ids, field names and
/// enum values this way: a million memberships compare several of them each.
struct ShortBytes: Equatable, Sendable {
    var low: UInt64
    var high: UInt64
    /// 1 to 16 (the length tells "a" from "a\0", both zero-padded alike).
    var length: Int32

    /// `bytes[range]`, or nil when it is empty or longer than 16 bytes. Read as two whole words and
    /// masked when 16 bytes from its start lie inside the buffer (the usual case: a closing quote and
    /// more of the file follow a string), else copied byte by byte.
    @inline(__always)
    init?(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        let count = range.count
        guard count > 0, count <= 16, let base = bytes.baseAddress else { return nil }
        let start = UnsafeRawPointer(base + range.lowerBound)
        length = Int32(count)
        if range.lowerBound + 16 <= bytes.count {
            low = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)) & Self.mask(keeping: count)
            high = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & Self.mask(keeping: count - 8)
        } else {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: start, byteCount: count) }
            low = UInt64(littleEndian: words.0)
            high = UInt64(littleEndian: words.1)
        }
    }

    /// No bytes: what an empty slot of a table of them holds (no key read from a buffer is empty).
    static let empty = ShortBytes(low: 0, high: 0, length: 0)

    private init(low: UInt64, high: UInt64, length: Int32) {
        self.low = low
        self.high = high
        self.length = length
    }

    /// A name known in advance (a field's, an enum value's); nil when it is empty or over 16 bytes.
    init?(_ name: [UInt8]) {
        guard let made = name.withUnsafeBufferPointer({ ShortBytes(0..<name.count, in: $0) }) else { return nil }
        self = made
    }

    /// No byte of 0x80 or above: then only the same bytes make an equal String (see `MembershipIDs`).
    var isASCII: Bool { (low | high) & 0x8080_8080_8080_8080 == 0 }

    /// A mask of the low `bytes` bytes of a word (none for 0 or fewer, all for 8 or more).
    @inline(__always)
    private static func mask(keeping bytes: Int) -> UInt64 {
        if bytes >= 8 { return ~0 }
        if bytes <= 0 { return 0 }
        return (1 << UInt64(8 * bytes)) &- 1
    }
}
