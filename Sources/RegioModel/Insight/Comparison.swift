/// Two territories side by side: what they share, what only one has, and how they are linked.
public struct TerritoryComparison: Equatable, Sendable {
    public var first: Int
    public var second: Int
    /// Initiatives both take part in, by name.
    public var shared: [Int]
    public var onlyFirst: [Int]
    public var onlySecond: [Int]
    public var partnersInCommon: [Int]
    /// The shortest chain of collaborations from first to second, or nil when they are not linked.
    public var path: [LinkStep]?
}

/// One hop of a chain: through an initiative to a territory.
public struct LinkStep: Equatable, Sendable {
    public var initiative: Int
    public var territory: Int
}

extension Store {
    public func compare(_ first: Int, _ second: Int) -> TerritoryComparison {
        let a = Set(memberships(ofTerritory: first).map(\.initiative))
        let b = Set(memberships(ofTerritory: second).map(\.initiative))
        let partnersA = Set(partners(ofTerritory: first).map(\.territory))
        let partnersB = Set(partners(ofTerritory: second).map(\.territory))
        return TerritoryComparison(
            first: first, second: second,
            shared: a.intersection(b).sorted(by: initiativeNameOrder),
            onlyFirst: a.subtracting(b).sorted(by: initiativeNameOrder),
            onlySecond: b.subtracting(a).sorted(by: initiativeNameOrder),
            partnersInCommon: partnersA.intersection(partnersB).subtracting([first, second]).sorted(by: territoryNameOrder),
            path: shortestPath(from: first, to: second))
    }

    /// Breadth-first search over territory —initiative→ territory hops. Neighbours are visited in name
    /// order (initiatives, then territories), so among several shortest chains the same one is always
    /// chosen: the one whose hops come first by name.
    public func shortestPath(from start: Int, to goal: Int) -> [LinkStep]? {
        if start == goal { return [] }
        var previous: [Int: LinkStep] = [:]   // territory → the step that reached it, from its predecessor
        var predecessor: [Int: Int] = [:]
        var visitedInitiatives: Set<Int> = []
        var frontier = [start]
        var seen: Set<Int> = [start]
        while !frontier.isEmpty {
            var next: [Int] = []
            for territory in frontier {
                let via = Set(memberships(ofTerritory: territory).map(\.initiative)).sorted(by: initiativeNameOrder)
                for initiative in via where visitedInitiatives.insert(initiative).inserted {
                    let members = Set(directMembers(ofInitiative: initiative).map(\.territory)).sorted(by: territoryNameOrder)
                    for member in members where seen.insert(member).inserted {
                        previous[member] = LinkStep(initiative: initiative, territory: member)
                        predecessor[member] = territory
                        if member == goal {
                            var path: [LinkStep] = []
                            var current = goal
                            while current != start {
                                path.append(previous[current]!)
                                current = predecessor[current]!
                            }
                            return path.reversed()
                        }
                        next.append(member)
                    }
                }
            }
            frontier = next
        }
        return nil
    }
}
