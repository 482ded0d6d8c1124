import CTextWidth

/// Terminal cell widths of text, measured with `wcwidth`: the function ncurses itself uses to advance
/// the cursor, so what the UI lays out is what the terminal shows. `String.count` is not a width: "漢" is
/// one character and two cells, a combining accent is one scalar and no cell.
public enum TextWidth {
    /// Makes `wcwidth` answer for UTF-8 (it returns -1 for every non-ASCII character in the C locale).
    /// Tries the user's locale first and falls back to C.UTF-8 when that is not UTF-8. Idempotent.
    @discardableResult
    public static func prepareLocale() -> Bool { localeIsUTF8 }

    private static let localeIsUTF8: Bool = {
        setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8Codeset() { return true }
        }
        return false
    }()

    private static func isUTF8Codeset() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Width of one character (grapheme cluster) in cells: the sum of its scalars' widths, as ncurses
    /// advances over them. A control or unassigned scalar counts one cell, because it is drawn as a
    /// replacement mark (`displaySafe`), and so "\r\n", one character, is two cells, as the ASCII fast path
    /// below counts it.
    public static func width(of character: Character) -> Int {
        if character.isASCII && character.unicodeScalars.count == 1 { return 1 }
        _ = localeIsUTF8
        var total = 0
        for scalar in character.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// One scalar's cells: wcwidth's answer, with a control or unassigned scalar (-1) as one.
    static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.isASCII { return 1 }
        let width = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
        return width < 0 ? 1 : width
    }

    /// The sum of the characters' widths. A character's width is the sum of its scalars' (an ASCII
    /// scalar is one cell either way), so the scalars are summed directly: breaking text into grapheme
    /// clusters first cost more than the widths themselves, on every cell of every frame.
    public static func width(of text: some StringProtocol) -> Int {
        if allBytes(of: text, { $0 < 0x80 }) { return text.utf8.count }
        _ = localeIsUTF8
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// Whether every UTF-8 byte of `text` passes `test`, read from its storage when it is contiguous (as a
    /// native String's is): through the UTF-8 view a byte at a time it cost several times as much, and
    /// every frame asks it of every piece of text it draws.
    @inline(__always)
    public static func allBytes(of text: some StringProtocol, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? text.utf8.allSatisfy(test)
    }

    /// The pieces a terminal advances over one at a time in a character: each scalar that takes room, with
    /// the zero-width scalars after it. ncurses gives each piece cells of its own, so a cluster such as
    /// "👍🏽" (two 2-cell scalars) or a letter followed by 200 spacing marks is several pieces.
    public static func units(of character: Character) -> [String] {
        var units: [String] = []
        for scalar in character.unicodeScalars {
            if units.isEmpty || width(of: scalar) > 0 {
                units.append(String(scalar))
            } else {
                units[units.count - 1].unicodeScalars.append(scalar)
            }
        }
        return units
    }

    /// `text` as pieces no wider than `maxWidth` cells, in order: whole characters where they fit, a
    /// character wider than `maxWidth` split into its `units`, and a unit still too wide (a 2-cell
    /// scalar in 1 cell) shown as "…". Layout that consumes one piece per step always ends.
    public static func pieces(of text: some StringProtocol, fittingIn maxWidth: Int) -> [(text: String, width: Int)] {
        var pieces: [(text: String, width: Int)] = []
        for character in text {
            let cells = width(of: character)
            if cells <= maxWidth { pieces.append((String(character), cells)); continue }
            for unit in units(of: character) {
                let unitWidth = width(of: unit)
                pieces.append(unitWidth <= maxWidth ? (unit, unitWidth) : ("…", 1))
            }
        }
        return pieces
    }

    /// The longest prefix of `text` that fits in `width` cells, with "…" in the last cell when cut. A
    /// character too wide for the room left is cut into its units rather than dropped whole.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        // Plain ASCII without a carriage return (whose "\r\n" is one character of two cells) is one cell
        // a byte: the prefix is a slice, not a walk through characters.
        if allBytes(of: text, { $0 < 0x80 && $0 != 0x0D }) {
            return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
        }
        var result = ""
        var used = 0
        for character in text {
            let cells = self.width(of: character)
            if used + cells > width - 1 {
                if cells > 2 {
                    for unit in units(of: character) {
                        let unitWidth = self.width(of: unit)
                        if used + unitWidth > width - 1 { break }
                        result += unit
                        used += unitWidth
                    }
                }
                break
            }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// `text` cut in the middle ("S3 Thematic…on Energy") when wider than `width` cells.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard self.width(of: text) > width else { return text }
        guard width > 8 else { return truncate(text, to: width) }
        let tailWidth = (width - 1) / 2
        var tail = ""
        var used = 0
        for character in text.reversed() {
            let cells = self.width(of: character)
            if used + cells > tailWidth { break }
            tail.insert(character, at: tail.startIndex)
            used += cells
        }
        return truncate(text, to: width - used) + tail
    }

    /// `text` truncated or padded with spaces to exactly `width` cells.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - self.width(of: cut)))
        return alignRight ? padding + cut : cut + padding
    }
}
