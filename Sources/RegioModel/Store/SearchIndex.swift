import Foundation

/// A territory or an initiative, by its index in the store.
public enum EntityRef: Hashable, Sendable {
    case territory(Int)
    case initiative(Int)
}

/// How well a query matched a name; better matches sort first.
public enum MatchRank: Int, Comparable, Sendable {
    case exact, prefix, wordPrefix, substring
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public struct SearchHit: Equatable, Sendable {
    public var entity: EntityRef
    public var rank: MatchRank
    /// The name that matched best, and its language (nil for an initiative's name).
    public var matchedName: String
    public var language: NameLanguage?
}

/// Every name of every territory and initiative, folded (see `TextFolding`) into one contiguous buffer,
/// so that a query is one tight scan with `memmem` however many languages the names come in.
struct SearchIndex: Sendable {
    private var folded: [UInt8] = []
    /// Start of each name in `folded`; one more entry than names, for the end of the last.
    private var starts: [Int32] = [0]
    /// The owner of each name as one number: territories first, then initiatives.
    private var owners: [Int32] = []
    private var names: [String] = []
    private var languages: [NameLanguage?] = []
    private let territoryCount: Int
    private let entityCount: Int

    /// `foldedNames` and `foldedInitiativeNames` are the territories' English names and the initiatives'
    /// names, already folded for sorting.
    init(territories: [Territory], initiatives: [Initiative], foldedNames: [String], foldedInitiativeNames: [String]) {
        territoryCount = territories.count
        entityCount = territories.count + initiatives.count
        for (index, territory) in territories.enumerated() {
            add(territory.name, folded: foldedNames[index], language: .en, owner: index)
            for entry in territory.names where entry.text != territory.name {
                add(entry.text, language: entry.language, owner: index)
            }
            add(territory.id, language: nil, owner: index)
            // A NUTS code finds its territory, and a prefix (SE33) the territories within that region.
            if let nuts = territory.nuts { add(nuts, language: nil, owner: index) }
        }
        for (index, initiative) in initiatives.enumerated() {
            add(initiative.name, folded: foldedInitiativeNames[index], language: nil, owner: territories.count + index)
            add(initiative.id, language: nil, owner: territories.count + index)
        }
    }

    private mutating func add(_ name: String, folded foldedName: String? = nil, language: NameLanguage?, owner: Int) {
        folded.append(contentsOf: (foldedName ?? TextFolding.fold(name)).utf8)
        starts.append(Int32(folded.count))
        owners.append(Int32(owner))
        names.append(name)
        languages.append(language)
    }

    private func entity(_ owner: Int) -> EntityRef {
        owner < territoryCount ? .territory(owner) : .initiative(owner - territoryCount)
    }

    /// One entity's best match: which entity (territories first, then initiatives), how well, and
    /// through which name. Plain integers, so that ordering thousands of them costs little.
    struct Match {
        var owner: Int32
        var rank: UInt8
        var name: Int32
    }

    /// Every entity with a name matching `query` and its best rank, in no particular order. The work is
    /// one scan of the folded names plus one step per occurrence; no hashing.
    func matches(_ query: String, territories: Bool, initiatives: Bool) -> [Match] {
        let needle = Array(TextFolding.fold(query).utf8)
        guard !needle.isEmpty else { return [] }
        let none = UInt8.max
        var bestRank = [UInt8](repeating: none, count: entityCount)
        var bestName = [Int32](repeating: 0, count: entityCount)
        var touched: [Int32] = []
        folded.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needleBuffer in
                guard let base = haystack.baseAddress, let needleBase = needleBuffer.baseAddress else { return }
                var position = 0
                var name = 0
                // Find each occurrence in the whole buffer, then work out which name it falls in:
                // occurrences come in order, so the name only ever moves forward (a binary search
                // for each would cost more when a one-letter query matches almost every name).
                while let offset = Self.find(needleBase, needle.count, in: base, haystack.count, from: position) {
                    if Int(starts[name + 1]) <= offset {
                        name = name + 2 < starts.count && Int(starts[name + 2]) > offset ? name + 1 : nameContaining(offset)
                    }
                    let start = Int(starts[name]), end = Int(starts[name + 1])
                    let owner = Int(owners[name])
                    let wanted = owner < territoryCount ? territories : initiatives
                    position = offset + 1
                    guard wanted && offset + needle.count <= end else {
                        // Nothing in this name can count: go on from the next one.
                        if !wanted { position = end }
                        continue
                    }
                    let rank: MatchRank
                    if offset == start { rank = needle.count == end - start ? .exact : .prefix }
                    else if haystack[offset - 1] == UInt8(ascii: " ") { rank = .wordPrefix }
                    else { rank = .substring }
                    let value = UInt8(rank.rawValue)
                    if bestRank[owner] == none { touched.append(Int32(owner)) }
                    if value < bestRank[owner] {
                        bestRank[owner] = value
                        bestName[owner] = Int32(name)
                    }
                    // Later occurrences in the same name can only be word prefixes or substrings: once
                    // this one is a word prefix or better, the rest of the name cannot improve on it.
                    if rank <= .wordPrefix { position = end }
                }
            }
        }
        return touched.map { Match(owner: $0, rank: bestRank[Int($0)], name: bestName[Int($0)]) }
    }

    func entity(of match: Match) -> EntityRef { entity(Int(match.owner)) }

    func hit(_ match: Match) -> SearchHit {
        SearchHit(entity: entity(Int(match.owner)), rank: MatchRank(rawValue: Int(match.rank))!,
                  matchedName: names[Int(match.name)], language: languages[Int(match.name)])
    }

    /// The next occurrence of the needle at or after `from`: memchr for its first byte, memcmp for the rest.
    /// (glibc's memmem is not visible to Swift without _GNU_SOURCE.)
    private static func find(_ needle: UnsafePointer<UInt8>, _ needleCount: Int, in haystack: UnsafePointer<UInt8>,
                             _ haystackCount: Int, from: Int) -> Int? {
        var position = from
        while position + needleCount <= haystackCount {
            guard let hit = memchr(haystack + position, Int32(needle[0]), haystackCount - position - needleCount + 1) else {
                return nil
            }
            let offset = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack + offset, needle, needleCount) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    /// Binary search over `starts` for the name that holds byte `offset`.
    private func nameContaining(_ offset: Int) -> Int {
        var low = 0, high = starts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
