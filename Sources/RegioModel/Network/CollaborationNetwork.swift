import Synchronization

/// Territories linked by the initiatives they share (the co-participation projection A = WᵀW of the
/// territory × initiative matrix, without its diagonal): the weight of a link is the number of initiatives
/// both take part in directly. Optionally only initiatives of some kinds count.
public struct CollaborationNetwork: Sendable {
    public struct Link: Equatable, Sendable {
        public var other: Int
        public var weight: Int
    }

    public let kinds: Set<InitiativeKind>
    /// Neighbours of each territory, strongest first (ties by territory number).
    public let links: [[Link]]
    public var territoryCount: Int { links.count }

    public func degree(_ territory: Int) -> Int { links[territory].count }
    public func strength(_ territory: Int) -> Int { links[territory].reduce(0) { $0 + $1.weight } }
    public var linkCount: Int { links.reduce(0) { $0 + $1.count } / 2 }

    /// `kinds` empty: every kind.
    public init(store: Store, kinds: Set<InitiativeKind> = []) {
        self.kinds = kinds
        var weights: [Int: Int] = [:]
        for initiative in store.initiatives.indices where kinds.isEmpty || kinds.contains(store.initiatives[initiative].kind) {
            var members: [Int] = []
            for membership in store.membershipsByInitiative[initiative] {
                let territory = Int(store.membershipTerritory[Int(membership)])
                if territory >= 0 && !members.contains(territory) { members.append(territory) }
            }
            guard members.count > 1 else { continue }
            for i in 0..<members.count {
                for j in (i + 1)..<members.count {
                    let (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i])
                    weights[a << 32 | b, default: 0] += 1
                }
            }
        }
        var links = [[Link]](repeating: [], count: store.territories.count)
        for (key, weight) in weights {
            let a = key >> 32, b = key & 0xFFFF_FFFF
            links[a].append(Link(other: b, weight: weight))
            links[b].append(Link(other: a, weight: weight))
        }
        for index in links.indices {
            links[index].sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.other < $1.other }
        }
        self.links = links
    }

    /// Betweenness centrality by Brandes's algorithm (2001) on the unweighted graph: for each territory,
    /// the share of shortest paths (counted in links, not weights) between two other territories that pass
    /// through it, normalised by (n−1)(n−2)/2 as networkx does for undirected graphs. O(V·E) time.
    /// `progress` is told how many sources are done.
    public func betweenness(progress: ((Int, Int) -> Void)? = nil) -> [Double] {
        let n = links.count
        var centrality = [Double](repeating: 0, count: n)
        var distance = [Int](repeating: -1, count: n)
        var paths = [Double](repeating: 0, count: n)
        var dependency = [Double](repeating: 0, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        var queue = [Int](repeating: 0, count: n)
        for source in 0..<n where !links[source].isEmpty {
            order.removeAll(keepingCapacity: true)
            distance[source] = 0
            paths[source] = 1
            var head = 0, tail = 0
            queue[tail] = source; tail += 1
            while head < tail {
                let current = queue[head]; head += 1
                order.append(current)
                for link in links[current] {
                    let next = link.other
                    if distance[next] < 0 {
                        distance[next] = distance[current] + 1
                        queue[tail] = next; tail += 1
                    }
                    if distance[next] == distance[current] + 1 { paths[next] += paths[current] }
                }
            }
            // Dependencies back from the farthest; predecessors are the neighbours one step closer.
            for current in order.reversed() {
                for link in links[current] where distance[link.other] == distance[current] - 1 {
                    dependency[link.other] += paths[link.other] / paths[current] * (1 + dependency[current])
                }
                if current != source { centrality[current] += dependency[current] }
            }
            for visited in order { distance[visited] = -1; paths[visited] = 0; dependency[visited] = 0 }
            if source % 64 == 0 { progress?(source, n) }
        }
        // Each pair was counted from both ends; normalise as networkx does.
        let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 0
        return centrality.map { $0 * scale }
    }
}

/// What `regio network` and a territory's detail show: each territory's measures and its rank by each.
public struct NetworkMeasures: Sendable {
    public enum Metric: String, CaseIterable, Sendable {
        case degree, strength, betweenness
    }

    public let network: CollaborationNetwork
    public let degree: [Int]
    public let strength: [Int]
    public let betweenness: [Double]
    /// Territories in the network (at least one link), by rank for each metric.
    private let orders: [Metric: [Int]]
    private let ranks: [Metric: [Int]]

    public init(store: Store, kinds: Set<InitiativeKind> = [], progress: ((Int, Int) -> Void)? = nil) {
        let network = CollaborationNetwork(store: store, kinds: kinds)
        self.network = network
        let degree = network.links.indices.map(network.degree)
        let strength = network.links.indices.map(network.strength)
        let betweenness = network.betweenness(progress: progress)
        self.degree = degree; self.strength = strength; self.betweenness = betweenness
        let linked = network.links.indices.filter { !network.links[$0].isEmpty }
        var orders: [Metric: [Int]] = [:], ranks: [Metric: [Int]] = [:]
        for metric in Metric.allCases {
            let value: (Int) -> Double = switch metric {
            case .degree: { Double(degree[$0]) }
            case .strength: { Double(strength[$0]) }
            case .betweenness: { betweenness[$0] }
            }
            let order = linked.sorted { a, b in
                value(a) != value(b) ? value(a) > value(b) : store.territories[a].name < store.territories[b].name
            }
            var rank = [Int](repeating: 0, count: network.territoryCount)
            for (position, territory) in order.enumerated() { rank[territory] = position + 1 }
            orders[metric] = order
            ranks[metric] = rank
        }
        self.orders = orders
        self.ranks = ranks
    }

    /// Territories with at least one link, best first by `metric` (ties by name).
    public func ranking(by metric: Metric) -> [Int] { orders[metric]! }

    /// 1 for the best; 0 for a territory with no link.
    public func rank(of territory: Int, by metric: Metric) -> Int { ranks[metric]![territory] }

    public var rankedCount: Int { orders[.degree]!.count }

    /// Link increments the network of `store` takes to build (Σ members²/2 over initiatives) and an upper
    /// bound of Brandes's work (territories × possible links), without building anything.
    public static func cost(of store: Store) -> (pairs: Int, brandes: Int) {
        var pairs = 0, linked = 0
        for initiative in store.initiatives.indices {
            let members = store.membershipsByInitiative.count(of: initiative)
            pairs += members * (members - 1) / 2
            linked += members
        }
        let territories = min(store.territories.count, linked)
        return (pairs, territories * min(pairs, territories * territories / 2))
    }

    /// Whether a detail view measures the network (on a thread of its own; well under a second in a
    /// release build): the hand-researched data and a NUTS-2 import of all of Horizon Europe are; a
    /// generated million memberships are not, and `regio network` is the way there.
    public static func isAffordable(for store: Store) -> Bool {
        let cost = cost(of: store)
        return cost.pairs <= 3_000_000 && cost.brandes <= 200_000_000
    }

    /// Measures for the store and kinds (empty: every kind), computed once per store and kinds (the last
    /// few are kept); nil when not `isAffordable`. The dashboard calls it on a thread of its own.
    public static func shared(for store: Store, kinds: Set<InitiativeKind> = []) -> NetworkMeasures? {
        guard isAffordable(for: store) else { return nil }
        if let known = cached(for: store, kinds: kinds) { return known }
        let made = NetworkMeasures(store: store, kinds: kinds)
        cache.withLock { entries in
            entries.removeAll { $0.store == nil }
            entries.insert(CacheEntry(store: store, kinds: kinds, measures: made), at: 0)
            if entries.count > cacheCapacity { entries.removeLast(entries.count - cacheCapacity) }
        }
        return made
    }

    /// The measures `shared` has made for the store and kinds, without making them.
    public static func cached(for store: Store, kinds: Set<InitiativeKind> = []) -> NetworkMeasures? {
        cache.withLock { entries in entries.first { $0.store === store && $0.kinds == kinds }?.measures }
    }

    /// The store is held weakly: its measures go with it.
    private struct CacheEntry: Sendable {
        weak var store: Store?
        let kinds: Set<InitiativeKind>
        let measures: NetworkMeasures
    }

    private static let cacheCapacity = 8
    private static let cache = Mutex<[CacheEntry]>([])
}
