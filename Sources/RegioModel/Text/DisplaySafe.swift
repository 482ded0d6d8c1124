/// Text from data files is untrusted: a name could carry escape sequences that would take over the user's
/// terminal. Everything shown in the dashboard or printed as text goes through `displaySafe` first, and
/// everything the command-line tools print goes through `terminalSafe` on its way out.
extension String {
    /// Control characters become visible (ESC as "␛", others as U+FFFD), bidirectional overrides and
    /// isolates are dropped, line breaks and tabs become spaces, and runs of combining marks are capped so
    /// that a "zalgo" flood cannot smear over neighbouring cells.
    public var displaySafe: String {
        // Fast path: plain printable ASCII and ordinary letters need nothing.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 < 0xC2 }) || !needsSanitising { return self }
        return sanitised(keepingLayout: false)
    }

    /// Whole output, several lines at once, made safe for a terminal: the same escaping as `displaySafe`
    /// except that line ends (LF, and CR directly before LF as CSV has them) and tabs stay as they are.
    /// Text that is already safe — nearly all of it, and all JSON that `JSONOutput` writes, since it
    /// escapes whatever this would change — comes back unchanged.
    public var terminalSafe: String {
        let clean = utf8.withContiguousStorageIfAvailable { !Self.needsTerminalSanitising($0) } ?? false
        return clean ? self : sanitised(keepingLayout: true)
    }

    /// A combining mark (nonspacing or enclosing) that follows two others: displayed, a run of them
    /// smears over the lines above and below.
    public static func isFloodingMark(_ scalar: Unicode.Scalar, marksBefore: Int) -> Bool {
        marksBefore >= 2 && isCombiningMark(scalar)
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark
    }

    private func sanitised(keepingLayout: Bool) -> String {
        var result = String.UnicodeScalarView()
        var marksInARow = 0
        let scalars = Array(unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            switch value {
            case 0x0A where keepingLayout, 0x09 where keepingLayout:
                result.append(scalar); marksInARow = 0
            case 0x0D where keepingLayout && index + 1 < scalars.count && scalars[index + 1] == "\n":
                result.append(scalar); marksInARow = 0
            case 0x09, 0x0A, 0x0D:
                result.append(" "); marksInARow = 0
            case 0x1B:
                result.append("␛"); marksInARow = 0
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                result.append("\u{FFFD}"); marksInARow = 0
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                continue
            default:
                if Self.isCombiningMark(scalar) {
                    marksInARow += 1
                    if marksInARow > 2 { continue }
                } else {
                    marksInARow = 0
                }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the UTF-8 holds anything `terminalSafe` changes: a C0 control other than LF, tab and CR-LF,
    /// DEL, a C1 control, an invisible format character `sanitised` drops, or a third combining mark in a
    /// row. One pass over the bytes, decoding only what is not ASCII: output of many megabytes goes
    /// through here.
    private static func needsTerminalSanitising(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var marksInARow = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    let lineEnd = byte == 0x0A || byte == 0x09 || (byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A)
                    if !lineEnd { return true }
                }
                marksInARow = 0
                index += 1
                continue
            }
            // A String's UTF-8 is valid, so the lead byte gives the length.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F))
            for offset in 1..<length where index + offset < count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            switch value {
            case 0x80..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                return true
            default:
                if value >= 0x300, let scalar = Unicode.Scalar(value), isCombiningMark(scalar) {
                    marksInARow += 1
                    if marksInARow > 2 { return true }
                } else {
                    marksInARow = 0
                }
            }
        }
        return false
    }

    private var needsSanitising: Bool {
        var marksInARow = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F..<0xA0).contains(value) || (0x200B...0x200F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2060...0x2069).contains(value) || value == 0xFEFF
                || (0xFFF9...0xFFFB).contains(value) {
                return true
            }
            if Self.isCombiningMark(scalar) {
                marksInARow += 1
                if marksInARow > 2 { return true }
            } else {
                marksInARow = 0
            }
        }
        return false
    }
}
