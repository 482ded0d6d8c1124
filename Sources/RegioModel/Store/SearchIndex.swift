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
/// with a few bits per name saying which letters it holds, so that a query looks at the bytes only of
/// the names that hold all its letters, however many languages the names come in.
struct SearchIndex: Sendable {
    private var folded: [UInt8] = []
    /// Start of each name in `folded`; one more entry than names, for the end of the last.
    private var starts: [Int32] = [0]
    /// The owner of each name as one number: territories first, then initiatives. A territory's names
    /// are next to each other, and so are an initiative's.
    private var owners: [Int32] = []
    /// Per name, the classes (`byteClass`) of the bytes it holds, and of those that begin a word.
    private var holds: [UInt32] = []
    private var beginsWord: [UInt32] = []
    /// Per name, the pairs of bytes side by side it may hold (see `PairBits`).
    private var pairs: [UInt32] = []
    private var names: [String] = []
    private var languages: [NameLanguage?] = []
    private let territoryCount: Int
    private let entityCount: Int
    /// The territories' names come first, then the initiatives': this many names are territories'.
    private var territoryNameCount = 0

    init(territories: [Territory], initiatives: [Initiative]) {
        territoryCount = territories.count
        entityCount = territories.count + initiatives.count
        Self.forEachName(territories, initiatives) { name, language, owner in
            add(name, language: language, owner: owner)
            if owner < territories.count { territoryNameCount += 1 }
        }
    }

    /// The folded bytes of every entity's first name (a territory's English name, an initiative's name),
    /// territories first, for the store's name orders: the folding is the index's, not done again.
    func withFoldedFirstNames<Result>(_ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) -> Result) -> Result {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(entityCount)
        for (name, owner) in owners.enumerated() where Int(owner) == ranges.count {
            ranges.append(Int(starts[name])..<Int(starts[name + 1]))
        }
        return folded.withUnsafeBufferPointer { body($0, ranges) }
    }

    /// The index of these records with their names folded before (see `folding`); nil when the folded
    /// names are not as many as the records' names, or not in order.
    init?(territories: [Territory], initiatives: [Initiative], folding: Folding) {
        territoryCount = territories.count
        entityCount = territories.count + initiatives.count
        folded = folding.bytes
        starts = folding.starts
        holds = folding.holds
        beginsWord = folding.beginsWord
        pairs = folding.pairs
        Self.forEachName(territories, initiatives) { name, language, owner in
            owners.append(Int32(owner))
            names.append(name)
            languages.append(language)
            if owner < territories.count { territoryNameCount += 1 }
        }
        guard starts.count == names.count + 1, holds.count == names.count, beginsWord.count == names.count, pairs.count == names.count,
              starts.first == 0, starts.last == Int32(folded.count), zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
    }

    /// The folded names and the letters they hold: the costly part of building the index, which a cache
    /// entry keeps.
    struct Folding: Sendable {
        var bytes: [UInt8]
        var starts: [Int32]
        var holds: [UInt32]
        var beginsWord: [UInt32]
        var pairs: [UInt32]
    }

    var folding: Folding { Folding(bytes: folded, starts: starts, holds: holds, beginsWord: beginsWord, pairs: pairs) }

    /// Every name the index holds, in its order: per territory its English name, its other names, its id
    /// and NUTS code; then per initiative its name and id. Each entity's first name is the one the store
    /// sorts by (see `withFoldedFirstNames`).
    private static func forEachName(_ territories: [Territory], _ initiatives: [Initiative],
                                    _ body: (_ name: String, _ language: NameLanguage?, _ owner: Int) -> Void) {
        // Field by field rather than `for territory in`, which would copy every record.
        for index in territories.indices {
            let name = territories[index].name
            body(name, .en, index)
            for entry in territories[index].names where entry.text != name {
                body(entry.text, entry.language, index)
            }
            body(territories[index].id, nil, index)
            // A NUTS code finds its territory, and a prefix (SE33) the territories within that region.
            if let nuts = territories[index].nuts { body(nuts, nil, index) }
        }
        for index in initiatives.indices {
            body(initiatives[index].name, nil, territories.count + index)
            body(initiatives[index].id, nil, territories.count + index)
        }
    }

    private mutating func add(_ name: String, language: NameLanguage?, owner: Int) {
        let start = folded.count
        TextFolding.append(folding: name, to: &folded)
        var classes: UInt32 = 0, wordStarts: UInt32 = 0, pairBits: UInt32 = 0
        // Built with the index, on the core that builds it while the store links the records.
        folded.withUnsafeBufferPointer { bytes in
            var atWordStart = true
            for byte in bytes[start...] {
                let bit = Self.byteClass(byte)
                classes |= bit
                if atWordStart { wordStarts |= bit }
                atWordStart = byte == UInt8(ascii: " ")
            }
            pairBits = PairBits.of(bytes[start...])
        }
        holds.append(classes)
        beginsWord.append(wordStarts)
        pairs.append(pairBits)
        starts.append(Int32(folded.count))
        owners.append(Int32(owner))
        names.append(name)
        languages.append(language)
    }

    /// A bit for each letter a–z on its own (folded text has no capitals), one for the digits, four for
    /// the bytes of other letters, one for the rest (the space). A name can hold a query only if it has
    /// every bit the query has.
    @inline(__always)
    private static func byteClass(_ byte: UInt8) -> UInt32 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): 1 << UInt32(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1 << 26
        case 0x80...: 1 << (27 + UInt32(byte & 3))
        default: 1 << 31
        }
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

    /// The names a query matched, one bit per name of the index. Every name that holds a longer query
    /// holding this one is among them, so a query typed a letter further is searched among these names
    /// only. (Bits rather than a list of numbers: a first letter matches half of half a million names.)
    struct Found: Sendable {
        var needle: [UInt8]
        var territories: Bool
        var initiatives: Bool
        var names: [UInt64] = []

        func narrows(_ other: [UInt8], territories: Bool, initiatives: Bool) -> Bool {
            // An empty query searched nothing, so its finding nothing narrows nothing.
            guard !needle.isEmpty, territories == self.territories, initiatives == self.initiatives,
                  other.count > needle.count else { return false }
            return (0...(other.count - needle.count)).contains { other[$0..<$0 + needle.count].elementsEqual(needle) }
        }
    }

    /// Every entity with a name matching `query` and its best rank, in entity order, and the names that
    /// matched (see `scan`).
    func matches(_ query: String, territories: Bool, initiatives: Bool, after previous: Found? = nil) -> (matches: [Match], found: Found) {
        var result: [Match] = []
        var owner: Int32 = -1, best = UInt8.max, bestName: Int32 = 0
        let found = scan(query, territories: territories, initiatives: initiatives, after: previous,
                         reserving: { result.reserveCapacity($0) }) { nameOwner, rank, name in
            // Each owner's names are together: the best of them is known when the owner changes.
            if nameOwner != owner {
                if owner >= 0 { result.append(Match(owner: owner, rank: best, name: bestName)) }
                (owner, best, bestName) = (nameOwner, rank, Int32(name))
            } else if rank < best {
                (best, bestName) = (rank, Int32(name))
            }
        }
        if owner >= 0 { result.append(Match(owner: owner, rank: best, name: bestName)) }
        return (result, found)
    }

    /// Each territory's best rank for `query` (`UInt8.max` for one that does not match) and the names
    /// that matched: what the participants list needs, without a record per match. A one-letter query
    /// is ranked per territory from `masks` (made when first needed), and then says it found no names:
    /// the query typed further searches all names, which the letter's bit narrows as well.
    func territoryRanks(_ query: String, after previous: Found? = nil, masks: () -> LetterMasks) -> (ranks: [UInt8], found: Found) {
        if let letter = Self.letter(query) {
            return (masks().ranks(Self.byteClass(letter)), Found(needle: [], territories: true, initiatives: false))
        }
        var ranks = [UInt8](repeating: .max, count: territoryCount)
        let found = ranks.withUnsafeMutableBufferPointer { ranks in
            scan(query, territories: true, initiatives: false, after: previous, reserving: { _ in }) { owner, rank, _ in
                ranks[Int(owner)] = min(ranks[Int(owner)], rank)
            }
        }
        return (ranks, found)
    }

    /// The folded query when it is one letter a–z, the first key typed into the search most often.
    private static func letter(_ query: String) -> UInt8? {
        let needle = Array(TextFolding.fold(query).utf8)
        return needle.count == 1 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(needle[0]) ? needle[0] : nil
    }

    /// The letters of each territory's names (see `LetterMasks`), in one pass over the names.
    func letterMasks() -> LetterMasks {
        var whole = [UInt32](repeating: 0, count: territoryCount), begins = whole, beginsWord = whole, held = whole
        // Through buffers: the first one-letter search waits for this pass over half a million names.
        folded.withUnsafeBufferPointer { folded in starts.withUnsafeBufferPointer { starts in
        owners.withUnsafeBufferPointer { owners in holds.withUnsafeBufferPointer { holds in
        self.beginsWord.withUnsafeBufferPointer { nameBeginsWord in
        whole.withUnsafeMutableBufferPointer { whole in begins.withUnsafeMutableBufferPointer { begins in
        beginsWord.withUnsafeMutableBufferPointer { beginsWord in held.withUnsafeMutableBufferPointer { held in
            for name in 0..<territoryNameCount {
                let owner = Int(owners[name]), start = Int(starts[name]), length = Int(starts[name + 1]) - start
                held[owner] |= holds[name]
                // A later word's first letter; `beginsWord` has the name's first letter too, but a name
                // that begins with the letter ranks higher, from `begins`.
                beginsWord[owner] |= nameBeginsWord[name]
                guard length > 0 else { continue }
                let first = Self.byteClass(folded[start])
                begins[owner] |= first
                if length == 1 { whole[owner] |= first }
            }
        }}}}}}}}}
        return LetterMasks(whole: whole, begins: begins, beginsWord: beginsWord, holds: held)
    }

    /// Calls `matched` with the owner, rank (a `MatchRank`'s raw value) and number of every name
    /// matching `query`, in the index's order, and gives the names that matched. One pass over the
    /// names (or over those `previous` found, when the query holds its query): those without all of the
    /// query's letters are passed over on one test, a one-letter query is ranked from the bits alone,
    /// and the rest are searched byte by byte. No hashing, and nothing allocated per name.
    /// `reserving` is told how many matches there can be at most.
    @inline(__always)
    private func scan(_ query: String, territories: Bool, initiatives: Bool, after previous: Found?,
                      reserving: (Int) -> Void, _ matched: (_ owner: Int32, _ rank: UInt8, _ name: Int) -> Void) -> Found {
        let needle = Array(TextFolding.fold(query).utf8)
        var found = Found(needle: needle, territories: territories, initiatives: initiatives)
        // Only the names asked about are looked at: the territories' come first.
        let firstName = territories ? 0 : territoryNameCount
        let endName = initiatives ? owners.count : territoryNameCount
        guard !needle.isEmpty, firstName < endName else { return found }
        let candidates = previous.flatMap { $0.narrows(needle, territories: territories, initiatives: initiatives) ? $0.names : nil }
        let wanted = needle.reduce(UInt32(0)) { $0 | Self.byteClass($1) }
        // A letter a–z has a bit of its own, so its bits say exactly where it is.
        let letter: UInt32? = needle.count == 1 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(needle[0]) ? wanted : nil
        let pair = needle.count >= 2 ? BytePair(needle[0], needle[1]) : nil
        let wantedPairs = PairBits.of(needle)
        let exact = UInt8(MatchRank.exact.rawValue), prefix = UInt8(MatchRank.prefix.rawValue)
        let wordPrefix = UInt8(MatchRank.wordPrefix.rawValue), substring = UInt8(MatchRank.substring.rawValue)
        found.names = [UInt64](repeating: 0, count: (owners.count + 63) / 64)
        reserving(ownerCount(from: firstName, to: endName))
        folded.withUnsafeBufferPointer { haystack in
        needle.withUnsafeBufferPointer { needleBuffer in
        holds.withUnsafeBufferPointer { holds in
        pairs.withUnsafeBufferPointer { pairs in
        beginsWord.withUnsafeBufferPointer { beginsWord in
        starts.withUnsafeBufferPointer { starts in
        owners.withUnsafeBufferPointer { owners in
        found.names.withUnsafeMutableBufferPointer { bits in
            guard let base = haystack.baseAddress, let needleBase = needleBuffer.baseAddress else { return }
            let first = needleBase[0]
            /// The query's letters and pairs that a name lacks (none: it may hold the query).
            @inline(__always) func misses(_ name: Int) -> UInt32 { wanted & ~holds[name] | wantedPairs & ~pairs[name] }
            // The names among the 64 of a word of bits that hold the query's letters and pairs, tested
            // without a branch per name: about a third pass, which a branch would mispredict.
            @inline(__always) func holding(_ word: Int) -> UInt64 {
                let low = word << 6, end = min(low + 64, endName)
                var passing: UInt64 = 0
                for name in max(low, firstName)..<end {
                    passing |= UInt64(misses(name) == 0 ? 1 : 0) << UInt64(name - low)
                }
                return passing
            }
            @inline(__always) func consider(_ name: Int) {
                let rank: UInt8
                if let letter {
                    let start = Int(starts[name])
                    if base[start] == first { rank = Int(starts[name + 1]) - start == 1 ? exact : prefix }
                    else { rank = beginsWord[name] & letter != 0 ? wordPrefix : substring }
                } else {
                    let start = Int(starts[name]), end = Int(starts[name + 1])
                    if let pair, start + BytePair.longest < haystack.count, !pair.mayBeIn(base + start, count: end - start) { return }
                    guard let found = Self.rank(of: needleBase, needle.count, in: base, from: start, to: end) else { return }
                    rank = UInt8(found.rawValue)
                }
                bits[name >> 6] |= 1 << UInt64(name & 63)
                matched(owners[name], rank, name)
            }
            if let candidates {
                // The names the query before found, lowest first (the index's order): fewer, each tested alone.
                for word in candidates.indices where candidates[word] != 0 {
                    var remaining = candidates[word]
                    while remaining != 0 {
                        let name = word << 6 | remaining.trailingZeroBitCount
                        remaining &= remaining - 1
                        if misses(name) == 0 { consider(name) }
                    }
                }
            } else {
                // Every name asked about, 64 at a time.
                for word in (firstName >> 6)...((endName - 1) >> 6) {
                    var remaining = holding(word)
                    while remaining != 0 {
                        consider(word << 6 | remaining.trailingZeroBitCount)
                        remaining &= remaining - 1
                    }
                }
            }
        }}}}}}}}
        return found
    }

    /// How many owners the names `first..<end` have (each owner's names are together).
    private func ownerCount(from first: Int, to end: Int) -> Int {
        first < end ? Int(owners[end - 1]) - Int(owners[first]) + 1 : 0
    }
    func entity(of match: Match) -> EntityRef { entity(Int(match.owner)) }

    func hit(_ match: Match) -> SearchHit {
        SearchHit(entity: entity(Int(match.owner)), rank: MatchRank(rawValue: Int(match.rank))!,
                  matchedName: names[Int(match.name)], language: languages[Int(match.name)])
    }
}
