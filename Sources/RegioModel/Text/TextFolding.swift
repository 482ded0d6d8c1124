import Foundation

/// Folds text for matching: lower case, no diacritics, letters that do not decompose spelled out
/// (ø → o, ß → ss, ł → l), and punctuation that separates words turned into a single space.
/// "Österbotten" and "osterbotten" fold alike; so do "Baden-Württemberg" and "baden wurttemberg".
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        // Built as UTF-8 bytes: appending scalars to a String one by one costs several times more, and
        // a million-membership load folds a few hundred thousand names.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        append(folding: text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `text` folded to `result` as UTF-8, after whatever `result` holds already: the search
    /// index folds every name into one buffer, without a String for each.
    static func append(folding text: String, to result: inout [UInt8]) {
        let start = result.count
        var lastWasSpace = true
        if !appendFoldedASCII(text.utf8, to: &result, lastWasSpace: &lastWasSpace) {
            for scalar in text.unicodeScalars {
                appendFolded(scalar, to: &result, lastWasSpace: &lastWasSpace)
            }
        }
        if lastWasSpace, result.count > start { result.removeLast() }
    }

    /// Most names are plain ASCII, which folds byte by byte through a table, without decoding scalars.
    /// False, with nothing appended, when `bytes` hold anything else.
    private static func appendFoldedASCII(_ bytes: String.UTF8View, to result: inout [UInt8],
                                          lastWasSpace: inout Bool) -> Bool {
        let start = result.count
        let folded = bytes.withContiguousStorageIfAvailable { bytes -> Bool in
            let space = UInt8(ascii: " ")
            for byte in bytes {
                guard byte < 0x80 else {
                    result.removeSubrange(start...)
                    lastWasSpace = true
                    return false
                }
                let kept = asciiFolded[Int(byte)]
                if kept != 0 {
                    result.append(kept)
                    lastWasSpace = false
                } else if !lastWasSpace {
                    result.append(space)
                    lastWasSpace = true
                }
            }
            return true
        }
        return folded ?? false
    }

    /// What `appendFolded` makes of each ASCII byte: the letter in lower case, the digit, or 0 for a
    /// separator (everything else).
    private static let asciiFolded: [UInt8] = (0..<128).map { (byte: UInt8) -> UInt8 in
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: 0
        }
    }

    /// Where `query` matches in `text`, as ranges of character offsets into `text`, for highlighting.
    public static func matchRanges(of query: String, in text: String) -> [Range<Int>] {
        let needle = Array(fold(query).utf8)
        guard !needle.isEmpty else { return [] }
        let (folded, owner) = text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") })
            ? foldedASCII(text) : foldedByCharacter(text)
        var ranges: [Range<Int>] = []
        var start = 0
        while start + needle.count <= folded.count {
            if folded[start] == needle[0] && folded[start..<start + needle.count].elementsEqual(needle) {
                let range = owner[start]..<(owner[start + needle.count - 1] + 1)
                if let last = ranges.last, last.upperBound >= range.lowerBound {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    ranges.append(range)
                }
                start += needle.count
            } else {
                start += 1
            }
        }
        return ranges
    }

    /// `text` folded, with the offset of the character each folded byte came from.
    static func foldedByCharacter(_ text: String) -> (folded: [UInt8], owner: [Int]) {
        var folded: [UInt8] = [], owner: [Int] = []
        var lastWasSpace = true
        for (offset, character) in text.enumerated() {
            let before = folded.count
            for scalar in character.unicodeScalars { appendFolded(scalar, to: &folded, lastWasSpace: &lastWasSpace) }
            owner += repeatElement(offset, count: folded.count - before)
        }
        return (folded, owner)
    }

    /// The same for plain ASCII without "\r" (most names; a frame highlights dozens): each byte is a
    /// character of its own ("\r\n" would be one), so no grapheme breaking is needed.
    static func foldedASCII(_ text: String) -> (folded: [UInt8], owner: [Int]) {
        var folded: [UInt8] = [], owner: [Int] = []
        folded.reserveCapacity(text.utf8.count)
        owner.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for (offset, byte) in text.utf8.enumerated() {
            let before = folded.count
            appendFolded(Unicode.Scalar(byte), to: &folded, lastWasSpace: &lastWasSpace)
            // An ASCII byte folds to one byte or none.
            if folded.count > before { owner.append(offset) }
        }
        return (folded, owner)
    }

    /// Appends the folded form of `scalar` to `result` as UTF-8.
    private static func appendFolded(_ scalar: Unicode.Scalar, to result: inout [UInt8], lastWasSpace: inout Bool) {
        let space = UInt8(ascii: " ")
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                result.append(byte + 32); lastWasSpace = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                result.append(byte); lastWasSpace = false
            default:
                if !lastWasSpace { result.append(space); lastWasSpace = true }
            }
            return
        }
        if let replacement = table[value] {
            if replacement == " " {
                // A separator such as "·": one space between words, like punctuation.
                if !lastWasSpace { result.append(space); lastWasSpace = true }
            } else if !replacement.isEmpty {
                result.append(contentsOf: replacement.utf8)
                lastWasSpace = false
            }
            return
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
            return
        case .spaceSeparator, .dashPunctuation, .otherPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .connectorPunctuation, .lineSeparator, .paragraphSeparator:
            if !lastWasSpace { result.append(space); lastWasSpace = true }
        default:
            result.append(contentsOf: properties.lowercaseMapping.utf8)
            lastWasSpace = false
        }
    }

    /// Folded forms of the Latin, Greek and Cyrillic letters with diacritics, plus the letters that have
    /// none: `foldedLetters`, which is `derivedTable()` written out (working it out with Foundation took
    /// 2-3 ms, most of what the bundled dataset's store took to build before the first frame).
    private static let table = [UInt32: String](uniqueKeysWithValues: foldedLetters)

    /// The table worked out from the letters' canonical decompositions. `TextFoldingTableTests` checks that
    /// `foldedLetters` is exactly this and writes it out again with REGIO_RECORD_FOLDED_LETTERS=1.
    static func derivedTable() -> [UInt32: String] {
        var table: [UInt32: String] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x0370...0x03FF, 0x0400...0x04FF, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                let base = decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
                let folded = String(String.UnicodeScalarView(base)).lowercased()
                if folded != String(scalar) { table[value] = folded }
            }
        }
        let special: [Character: String] = [
            "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
            "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h",
            "ŧ": "t", "Ŧ": "t", "ĸ": "k", "ŋ": "n", "Ŋ": "n", "×": " ", "·": " ",
        ]
        for (character, replacement) in special {
            table[character.unicodeScalars.first!.value] = replacement
        }
        return table
    }
}
