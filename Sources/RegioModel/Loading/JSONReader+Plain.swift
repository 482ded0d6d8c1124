/// Quick scans for the record fast paths: they recognise only the plain forms and answer nil otherwise,
/// leaving the full parser to deal with (and report on) everything else.
extension JSONReader {
    /// A string without escapes or control characters: its content's byte range, with the reader moved
    /// past the closing quote. Non-ASCII bytes are allowed here and validated when the text is made.
    mutating func plainString() -> Range<Int>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var position = start
        // Eight bytes at a time while eight are left (a source URL is some 40): the first quote, backslash
        // or control character among them, exactly (see `ByteLanes`), tells where the string stops.
        let raw = UnsafeRawBufferPointer(bytes)
        while position + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let quotes = ByteLanes.zeros(word ^ (UInt64(UInt8(ascii: "\"")) &* ByteLanes.ones))
            let stops = quotes | ByteLanes.zeros(word ^ (UInt64(UInt8(ascii: "\\")) &* ByteLanes.ones)) | ByteLanes.controls(word)
            if stops != 0 {
                let lane = stops.trailingZeroBitCount / 8
                guard quotes & (0x80 << UInt64(8 * lane)) != 0 else { return nil }
                index = position + lane + 1
                return start..<position + lane
            }
            position += 8
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                return start..<position
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// The literal `null`.
    mutating func skipNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }
}
