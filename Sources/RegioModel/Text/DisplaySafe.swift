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
    /// except that line ends (LF, and CR directly before LF as CSV has them) and tabs stay as they are,
    /// and combining marks are left alone (JSON output keeps the exact text). Text that is already safe —
    /// nearly all of it — comes back unchanged after one pass over its bytes.
    public var terminalSafe: String {
        if !Self.hasTerminalControls(utf8) { return self }
        return sanitised(keepingLayout: true)
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
                if !keepingLayout && (scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .enclosingMark) {
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
    /// DEL, a C1 control (C2 80–9F), or one of the invisible format characters dropped above
    /// (U+200B–200F, U+202A–202E, U+2060–2069 start with E2; U+FEFF and U+FFF9–FFFB with EF).
    private static func hasTerminalControls(_ bytes: String.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var pendingCR = false
        while let byte = iterator.next() {
            if pendingCR && byte != 0x0A { return true }
            pendingCR = false
            switch byte {
            case 0x0A, 0x09: break
            case 0x0D: pendingCR = true
            case 0x00..<0x20, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0x8B...0x8F where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xA0...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF: return true
            case 0xB9...0xBB where previous == 0xBF && beforePrevious == 0xEF: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return pendingCR
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
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark {
                marksInARow += 1
                if marksInARow > 2 { return true }
            } else {
                marksInARow = 0
            }
        }
        return false
    }
}
