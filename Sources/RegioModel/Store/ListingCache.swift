import Synchronization

/// How the participants list can be ordered.
public enum TerritoryOrder: Sendable {
    case name, memberState, collaborations
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
    private let trees = Mutex<[InitiativeSection: [TreeEntry]]>([:])
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

    func tree(_ section: InitiativeSection, make: () -> [TreeEntry]) -> [TreeEntry] {
        if let known = trees.withLock({ $0[section] }) { return known }
        let made = make()
        trees.withLock { $0[section] = made }
        return made
    }
}
