import Testing
@testable import RegioModel

/// The fast paths find where a plain string ends eight bytes at a time; the answer must be the one a scan
/// byte by byte gives, wherever the string lies in its buffer and whatever bytes it holds.
@Suite("Plain strings")
struct PlainStringTests {
    /// The scan byte by byte: the closing quote's range, or nil at a backslash, a control character or
    /// the end of the buffer.
    static func byteByByte(_ bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
        for position in (start + 1)..<bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { return (start + 1)..<position }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
        }
        return nil
    }

    @Test(arguments: 0..<8)
    func aPlainStringEndsWhereAScanByteByByteEndsIt(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 77)
        // Mostly ordinary letters, with every kind of byte that stops a string, those next to them in
        // value (0x1F, 0x20, 0x21, 0x5B, 0x5D), bytes with the top bit set, and zero.
        let rare: [UInt8] = [0x22, 0x5C, 0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for _ in 0..<3_000 {
            let count = 1 + random.below(40)
            var bytes = (0..<count).map { _ in
                random.chance(8) ? random.pick(rare) : UInt8(truncatingIfNeeded: 0x61 + random.below(26))
            }
            let start = random.below(count)
            bytes[start] = UInt8(ascii: "\"")
            if random.chance(70), start + 1 < count { bytes[start + 1 + random.below(count - start - 1)] = UInt8(ascii: "\"") }
            let expected = Self.byteByByte(bytes, from: start)
            bytes.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(bytes: buffer)
                reader.index = start
                let found = reader.plainString()
                #expect(found == expected, "\(bytes) from \(start)")
                #expect(reader.index == (found.map { $0.upperBound + 1 } ?? start))
            }
        }
    }
}
