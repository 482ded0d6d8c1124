import Synchronization

/// How the participants list can be ordered: by any of its columns, ties by English name.
public enum TerritoryOrder: Hashable, Sendable {
    case name, memberState, collaborations, id, nuts
    /// By kind, in the order given (the kinds' labels in the interface language, alphabetically).
    case kind([TerritoryKind: Int])
    /// By the name shown in a language, in that language's alphabetical order (see `Collation`).
    case localName(NameLanguage)
}

/// How an initiative tree orders siblings: by any column of the Networks and Platforms panes.
public enum InitiativeOrder: Hashable, Sendable {
    case name, id, members, started, leads
    /// By kind, in the order given (the kinds' labels in the interface language, alphabetically).
    case kind([InitiativeKind: Int])
}

/// One row of an initiative tree: the initiative and how deep it sits in its section.
public struct TreeEntry: Equatable, Sendable {
    public var initiative: Int
    public var depth: Int
}

/// Orders that need a sort or a tree walk over the whole store, worked out the first time they are
/// asked for and then kept: the store never changes, so they stay right, and a frame at a million
/// memberships no longer sorts a hundred thousand territories.
final class ListingCache: Sendable {
    private let territoryOrders = Mutex<[TerritoryOrder: [Int32]]>([:])
    private let trees = Mutex<[TreeKey: [TreeEntry]]>([:])

    struct TreeKey: Hashable {
        var section: InitiativeSection
        var order: InitiativeOrder
        var descending: Bool
    }
    private let headlineTotal = Mutex<(initiative: Int, listed: Int, announced: Int)??>(nil)

    private let lastMembers = Mutex<(initiative: Int, territories: Set<Int>)?>(nil)
    private let filteredCounts = Mutex<(countries: Set<CountryCode>, counts: [Int: Int])>(([], [:]))

    /// The member territories of the initiative asked about last: every frame marks the participants of
    /// the highlighted initiative, and a large one has a hundred thousand.
    func memberTerritories(of initiative: Int, make: () -> Set<Int>) -> Set<Int> {
        if let last = lastMembers.withLock({ $0 }), last.initiative == initiative { return last.territories }
        let made = make()
        lastMembers.withLock { $0 = (initiative, made) }
        return made
    }

    /// Member counts within one set of countries, kept until another set is asked about: each frame of a
    /// filtered list shows them for its visible rows.
    func memberCount(of initiative: Int, in countries: Set<CountryCode>, make: () -> Int) -> Int {
        let known = filteredCounts.withLock { $0.countries == countries ? $0.counts[initiative] : nil }
        if let known { return known }
        let made = make()
        filteredCounts.withLock { cached in
            if cached.countries != countries { cached = (countries, [:]) }
            cached.counts[initiative] = made
        }
        return made
    }

    /// A mark per territory, reused from count to count: a territory is new to a count when its mark is
    /// not that count's round number.
    private let territoryMarks = Mutex<(round: UInt32, marks: [UInt32])>((0, []))

    /// How many distinct territories (indices below `count`) `walk` visits, counted without hashing.
    func distinctCount(below count: Int, _ walk: (_ visit: (Int) -> Void) -> Void) -> Int {
        territoryMarks.withLock { scratch in
            if scratch.marks.count != count || scratch.round == .max { scratch = (0, [UInt32](repeating: 0, count: count)) }
            scratch.round += 1
            let round = scratch.round
            var distinct = 0
            scratch.marks.withUnsafeMutableBufferPointer { marks in
                walk { territory in
                    if marks[territory] != round { marks[territory] = round; distinct += 1 }
                }
            }
            return distinct
        }
    }

    /// What the last search found, to search among when the next query holds it (typing it further).
    private let lastSearch = Mutex<SearchIndex.Found?>(nil)

    func search(_ body: (_ previous: SearchIndex.Found?) -> SearchIndex.Found) {
        let previous = lastSearch.withLock { $0 }
        let found = body(previous)
        lastSearch.withLock { $0 = found }
    }

    /// The search index's letters per territory, made on the first one-letter search.
    private let letters = Mutex<SearchIndex.LetterMasks?>(nil)

    func letterMasks(make: () -> SearchIndex.LetterMasks) -> SearchIndex.LetterMasks {
        if let known = letters.withLock({ $0 }) { return known }
        let made = make()
        letters.withLock { $0 = made }
        return made
    }

    func headline(make: () -> (initiative: Int, listed: Int, announced: Int)?) -> (initiative: Int, listed: Int, announced: Int)? {
        if let known = headlineTotal.withLock({ $0 }) { return known }
        let made = make()
        headlineTotal.withLock { $0 = .some(made) }
        return made
    }

    func territoryOrder(_ order: TerritoryOrder, make: () -> [Int32]) -> [Int32] {
        if let known = territoryOrders.withLock({ $0[order] }) { return known }
        let made = make()
        territoryOrders.withLock { $0[order] = made }
        return made
    }

    func tree(_ key: TreeKey, make: () -> [TreeEntry]) -> [TreeEntry] {
        if let known = trees.withLock({ $0[key] }) { return known }
        let made = make()
        trees.withLock { $0[key] = made }
        return made
    }
}
