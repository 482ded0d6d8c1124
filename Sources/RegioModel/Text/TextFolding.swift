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
    /// index folds every name into one buffer, without a String for each. Read from the UTF-8 bytes:
    /// ASCII and the two-byte letters (Latin with diacritics, Greek, Cyrillic: most names) through
    /// tables, only longer scalars one by one.
    static func append(folding text: String, to result: inout [UInt8]) {
        let start = result.count
        var lastWasSpace = true
        var text = text
        text.withUTF8 { bytes in
            let space = UInt8(ascii: " ")
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    let kept = asciiFolded[Int(lead)]
                    if kept != 0 {
                        result.append(kept)
                        lastWasSpace = false
                    } else if !lastWasSpace {
                        result.append(space)
                        lastWasSpace = true
                    }
                    index += 1
                    continue
                }
                // A String's bytes are valid UTF-8, so the lead byte tells the length.
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for next in bytes[index + 1..<index + length] { value = value << 6 | UInt32(next & 0x3F) }
                index += length
                if length == 2, let folded = TwoByteFolding.table[Int(value) - 0x80].known {
                    switch folded {
                    case .dropped: break
                    case .separator:
                        if !lastWasSpace { result.append(space); lastWasSpace = true }
                    case .letters(let word, let count):
                        for place in 0..<count { result.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(place)))) }
                        lastWasSpace = false
                    }
                } else {
                    appendFolded(Unicode.Scalar(value)!, to: &result, lastWasSpace: &lastWasSpace)
                }
            }
        }
        if lastWasSpace, result.count > start { result.removeLast() }
    }

    /// What `appendFolded` does with each scalar written in two UTF-8 bytes (U+0080 to U+07FF), worked
    /// out once by calling it, so that the table cannot disagree with it.
    private enum TwoByteFolding {
        enum Folded {
            case dropped, separator
            /// Up to eight bytes, the first in the lowest byte of the word.
            case letters(UInt64, count: Int)
        }

        struct Entry {
            /// Nil when the folded form is longer than a word: `appendFolded` is then called itself.
            var known: Folded?
        }

        static let table: [Entry] = (UInt32(0x80)..<0x800).map { value in
            var bytes: [UInt8] = [], lastWasSpace = false
            appendFolded(Unicode.Scalar(value)!, to: &bytes, lastWasSpace: &lastWasSpace)
            if bytes.isEmpty { return Entry(known: .dropped) }
            if lastWasSpace { return Entry(known: bytes == [UInt8(ascii: " ")] ? .separator : nil) }
            guard bytes.count <= 8 else { return Entry(known: nil) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            return Entry(known: .letters(word, count: bytes.count))
        }
    }

    /// What `appendFolded` makes of each ASCII byte: the byte it keeps (a letter in lower case, a digit), or
    /// 0 for a separator; worked out by calling it, like `TwoByteFolding`.
    private static let asciiFolded: [UInt8] = (0..<128).map { (byte: UInt8) -> UInt8 in
        var bytes: [UInt8] = [], lastWasSpace = false
        appendFolded(Unicode.Scalar(byte), to: &bytes, lastWasSpace: &lastWasSpace)
        return lastWasSpace ? 0 : bytes[0]
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
