/// Text from data files is untrusted: a name could carry escape sequences that would take over the user's
/// terminal. Everything shown in the dashboard or printed as text goes through `displaySafe` first.
extension String {
    /// Control characters become visible (ESC as "␛", others as U+FFFD), bidirectional overrides and
    /// isolates are dropped, line breaks and tabs become spaces, and runs of combining marks are capped so
    /// that a "zalgo" flood cannot smear over neighbouring cells.
    public var displaySafe: String {
        // Fast path: plain printable ASCII and ordinary letters need nothing.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 < 0xC2 }) || !needsSanitising { return self }
        var result = String.UnicodeScalarView()
        var marksInARow = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09, 0x0A, 0x0D:
                result.append(" "); marksInARow = 0
            case 0x1B:
                result.append("␛"); marksInARow = 0
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                result.append("\u{FFFD}"); marksInARow = 0
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                continue
            default:
                if scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .enclosingMark {
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
