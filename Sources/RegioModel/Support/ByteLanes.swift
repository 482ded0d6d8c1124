/// Eight bytes of a word tested at once, each byte a lane, exactly: no borrow or carry crosses from one
/// lane into the next. The loader's check for bytes that cannot be JSON, its fast paths' scan for the end
/// of a plain string and the search's test for a pair of bytes side by side all ask which lanes hold a
/// given byte.
enum ByteLanes {
    /// The byte 0x01 in every lane: `byte &* ones` repeats a byte in every lane.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// Each lane's low seven bits, and each lane's top bit.
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// 0x80 in each lane of `word` that is zero: a lane's top bit is set when any of its bits is, as its
    /// low seven bits plus 0x7F carry into it.
    @inline(__always)
    static func zeros(_ word: UInt64) -> UInt64 { ~(((word & lows) &+ lows) | word | lows) }

    /// 0x80 in each lane of `word` below 0x20 (a control character): its low seven bits plus 0x60 stay
    /// below 0x80, and its top bit is clear.
    @inline(__always)
    static func controls(_ word: UInt64) -> UInt64 { ~(((word & lows) &+ 0x6060_6060_6060_6060) | word) & highs }
}
