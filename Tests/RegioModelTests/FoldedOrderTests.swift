import Foundation
import Testing
@testable import RegioModel

/// The name indexes fold every name once, into the search index's buffer, and sort by those bytes
/// (`TextFolding.append(folding:to:)`, `FoldedKeys`). Both are shortcuts: they must give exactly what
/// folding each name into a String of its own and comparing Strings gave.
@Suite("Folded names: ASCII folding and name order")
struct FoldedOrderTests {
    static let pieces: [String] = [
        "a", "b", "Z", "q", "0", "9", " ", "  ", "-", ".", "'", "\t", "\r", "\u{0}", "ä", "Ö", "ß", "ø", "ł", "é",
        "e\u{301}", "\u{301}", "Ω", "ж", "Ж", "漢", "\u{F900}", "가", "·", "×", "\u{200D}", "👍", "x", "ab", "abcdefgh",
    ]

    static func randomName(_ random: inout SeededRandom, asciiOnly: Bool) -> String {
        var text = ""
        for _ in 0..<random.below(14) {
            let piece = random.pick(pieces)
            if asciiOnly && !piece.utf8.allSatisfy({ $0 < 0x80 }) { continue }
            text += piece
        }
        return text
    }

    /// The scalar-by-scalar folding every name took before, with its trailing separator dropped.
    static func foldedOneScalarAtATime(_ text: String) -> String {
        var bytes = TextFolding.foldedByCharacter(text).folded
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func foldingByTableGivesWhatFoldingScalarByScalarGives() {
        var random = SeededRandom(seed: 41)
        for round in 0..<20_000 {
            let name = Self.randomName(&random, asciiOnly: round % 2 == 0)
            #expect(TextFolding.fold(name) == Self.foldedOneScalarAtATime(name), "\(name.debugDescription)")
        }
    }

    @Test func everyTwoByteScalarFoldsByTableAsItDoesOneAtATime() {
        for value in UInt32(0x80)..<0x800 {
            let scalar = String(Unicode.Scalar(value)!)
            for name in [scalar, "a" + scalar + "b", "x " + scalar + scalar + " y", scalar + "-" + scalar] {
                #expect(TextFolding.fold(name) == Self.foldedOneScalarAtATime(name), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func foldingIntoASharedBufferAppendsEachNameAsItsOwnFolding() {
        var random = SeededRandom(seed: 42)
        var buffer: [UInt8] = Array("kept".utf8)
        var expected = buffer
        for round in 0..<2_000 {
            let name = Self.randomName(&random, asciiOnly: round % 3 == 0)
            TextFolding.append(folding: name, to: &buffer)
            expected += TextFolding.fold(name).utf8
        }
        #expect(buffer == expected)
    }

    @Test func foldedKeysOrderNamesAsStringsDo() {
        var random = SeededRandom(seed: 43)
        var names: [String] = []
        for round in 0..<3_000 {
            names.append(TextFolding.fold(Self.randomName(&random, asciiOnly: round % 4 != 0)))
        }
        // Long shared prefixes, so that the first eight bytes often tie.
        names += ["abcdefgh", "abcdefghi", "abcdefgh a", "abcdefgha", "abcdefg", "abcdefgh\u{F900}", "abcdefghж"]
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        for name in names {
            ranges.append(bytes.count..<bytes.count + name.utf8.count)
            bytes += name.utf8
        }
        bytes.withUnsafeBufferPointer { buffer in
            let keys = FoldedKeys(bytes: buffer, ranges: ranges)
            for _ in 0..<60_000 {
                let a = random.below(names.count), b = random.below(names.count)
                let expected: Bool? = names[a] == names[b] ? nil : names[a] < names[b]
                #expect(keys.order(a, b) == expected, "\(names[a].debugDescription) vs \(names[b].debugDescription)")
            }
        }
    }

    @Test func theStoreSortsTerritoriesByFoldedNameThenByName() {
        let names = ["Österbotten", "osterbotten", "Ostrava", "Åland", "ÖSTERBOTTEN", "Ωmega", "Alpha", "alpha", "Ålesund"]
        let territories = names.enumerated().map { index, name in
            Territory(id: "t\(index)", kind: .region, name: name, names: [], country: CountryCode("SE"),
                      sources: ["https://example.eu/\(index)"])
        }
        let indexes = NameIndexes(territories: territories, initiatives: [])
        let sorted = indexes.territoriesByName.map { names[Int($0)] }
        let expected = names.sorted { a, b in
            let (x, y) = (TextFolding.fold(a), TextFolding.fold(b))
            return x != y ? x < y : a < b
        }
        #expect(sorted == expected)
        #expect(sorted.prefix(4) == ["Åland", "Ålesund", "Alpha", "alpha"])
    }
}
