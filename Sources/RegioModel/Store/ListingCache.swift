import Synchronization

/// How the participants list can be ordered: by any of its columns, ties by English name.
public enum TerritoryOrder: Hashable, Sendable {
    case name, memberState, collaborations, id, kind, nuts
    /// By the name shown in a language, in that language's alphabetical order (see `Collation`).
    case localName(NameLanguage)
}

/// How an initiative tree orders siblings: by any column of the Networks and Platforms panes.
public enum InitiativeOrder: Hashable, Sendable {
    case name, id, kind, members, started, leads
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
