import Foundation

/// What the store keeps about names: name orders and ranks, and the search index. It
/// depends on nothing but the names, so the store builds it on another core while it links the records.
struct NameIndexes: Sendable {
    let search: SearchIndex
    /// Territory indices in name order (folded: case and diacritics ignored), and each one's place in it.
    let territoriesByName: [Int32]
    let territoryNameRank: [Int32]
    let initiativeNameRank: [Int32]

    init(search: SearchIndex, territoriesByName: [Int32], territoryNameRank: [Int32], initiativeNameRank: [Int32]) {
        self.search = search
        self.territoriesByName = territoriesByName
        self.territoryNameRank = territoryNameRank
        self.initiativeNameRank = initiativeNameRank
    }

    init(territories: [Territory], initiatives: [Initiative]) {
        let search = SearchIndex(territories: territories, initiatives: initiatives)
        self.search = search
        // The search index has folded every name already; the orders are worked out from its bytes.
        let (byName, initiativesByName) = search.withFoldedFirstNames { bytes, ranges in
            let keys = FoldedKeys(bytes: bytes, ranges: ranges)
            let territoryOrder = territories.indices.sorted { a, b in
                keys.order(a, b) ?? (territories[a].name < territories[b].name)
            }
            let initiativeOrder = initiatives.indices.sorted { a, b in
                keys.order(territories.count + a, territories.count + b) ?? (initiatives[a].name < initiatives[b].name)
            }
            return (territoryOrder, initiativeOrder)
        }
        territoriesByName = byName.map { Int32($0) }
        territoryNameRank = Self.ranks(of: byName)
        initiativeNameRank = Self.ranks(of: initiativesByName)
    }

    /// Each index's place in `order`.
    private static func ranks(of order: [Int]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: order.count)
        for (rank, index) in order.enumerated() { ranks[index] = Int32(rank) }
        return ranks
    }
}

/// Folded names compared as Swift compares them as Strings, without making a String for each: plain
/// ASCII (almost every folded name, as diacritics fold away) compares byte by byte, which for ASCII is
/// exactly String's order, and mostly by its first eight bytes as one number. A pair in which either
/// name holds anything else is compared as Strings.
struct FoldedKeys {
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]
    /// Per name, its first eight bytes big-endian (zero-padded: a folded name holds no zero byte, so a
    /// shorter name sorts first, as it must); nil for a name that is not plain ASCII.
    private let prefixes: [UInt64?]

    init(bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>]) {
        self.bytes = bytes
        self.ranges = ranges
        prefixes = ranges.map { range in
            var prefix: UInt64 = 0
            for (place, index) in range.enumerated() {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if place < 8 { prefix |= UInt64(byte) << UInt64(56 - 8 * place) }
            }
            return prefix
        }
    }

    /// Whether name `a` sorts before name `b`; nil when they are equal.
    func order(_ a: Int, _ b: Int) -> Bool? {
        guard let prefixA = prefixes[a], let prefixB = prefixes[b] else {
            let textA = text(a), textB = text(b)
            return textA == textB ? nil : textA < textB
        }
        if prefixA != prefixB { return prefixA < prefixB }
        let rangeA = ranges[a], rangeB = ranges[b]
        let common = min(rangeA.count, rangeB.count)
        if common > 8 {
            let compared = memcmp(bytes.baseAddress! + rangeA.lowerBound + 8, bytes.baseAddress! + rangeB.lowerBound + 8, common - 8)
            if compared != 0 { return compared < 0 }
        }
        return rangeA.count == rangeB.count ? nil : rangeA.count < rangeB.count
    }

    private func text(_ name: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[name]]), as: UTF8.self) }
}
