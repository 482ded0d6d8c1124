import Testing
@testable import RegioModel

/// Initiative trees of any shape: the distinct-member count of every subtree agrees with counting by hand,
/// and a parent chain 100,000 deep builds a store (walking each subtree on its own took minutes: quadratic).
@Suite(.timeLimit(.minutes(1)))
struct DeepTreeTests {
    /// A random forest of initiatives with random memberships, as a store.
    static func randomStore(seed: UInt64) -> Store {
        var random = SeededRandom(seed: seed)
        let territoryCount = 1 + random.below(12)
        let initiativeCount = 1 + random.below(40)
        let territories = (0..<territoryCount).map {
            Territory(id: "t\($0)", kind: .region, name: "T\($0)", country: "SE", sources: ["s"])
        }
        let initiatives = (0..<initiativeCount).map { index in
            // Parents come before children, so the forest has no cycle.
            Initiative(id: "i\(index)", kind: .network, name: "I\(index)",
                       parent: index > 0 && random.chance(70) ? "i\(random.below(index))" : nil, sources: ["s"])
        }
        let memberships = (0..<random.below(80)).map { _ in
            Membership(territory: "t\(random.below(territoryCount))", initiative: "i\(random.below(initiativeCount))",
                       role: .member)
        }
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }

    /// The territories with a membership in `initiative` or anything below it, found by walking the tree.
    static func membersByHand(_ store: Store, under initiative: Int) -> Set<Int> {
        var members: Set<Int> = []
        var stack = [initiative]
        while let current = stack.popLast() {
            for membership in store.directMembers(ofInitiative: current) { members.insert(membership.territory) }
            stack += store.children(ofInitiative: current)
        }
        return members
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func subtreeMemberCountsAgreeWithCountingByHand(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        for initiative in store.initiatives.indices {
            let members = Self.membersByHand(store, under: initiative)
            #expect(store.memberCount(ofInitiative: initiative) == members.count, "seed \(seed), i\(initiative)")
        }
    }

    /// Enough memberships for the counts to be shared out over two cores (see `Parallel.worthAThread`),
    /// in trees of every depth, with territories in several trees at once.
    @Test(arguments: [3, 4] as [UInt64])
    func subtreeMemberCountsAgreeWithCountingByHandAtScale(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let territories = (0..<2_000).map { Territory(id: "t\($0)", kind: .region, name: "T\($0)", country: "SE", sources: ["s"]) }
        let initiatives = (0..<1_500).map { index in
            Initiative(id: "i\(index)", kind: .network, name: "I\(index)",
                       parent: index > 0 && random.chance(85) ? "i\(index - 1 - random.below(min(index, 20)))" : nil,
                       sources: ["s"])
        }
        let memberships = (0..<2 * Parallel.worthAThread + 10_000).map { _ in
            Membership(territory: "t\(random.below(2_000))", initiative: "i\(random.below(1_500))", role: .member)
        }
        let store = Store(territories: territories, initiatives: initiatives, memberships: memberships)
        for initiative in stride(from: 0, to: 1_500, by: 7) {
            #expect(store.memberCount(ofInitiative: initiative) == Self.membersByHand(store, under: initiative).count,
                    "seed \(seed), i\(initiative)")
        }
    }

    @Test func aParentChain100000DeepBuildsAStoreAndAnswers() {
        let depth = 100_000
        let initiatives = (0..<depth).map {
            Initiative(id: "c\($0)", kind: .network, name: "Chain \($0)", parent: $0 > 0 ? "c\($0 - 1)" : nil, sources: ["s"])
        }
        let territory = Territory(id: "t", kind: .region, name: "T", country: "SE", sources: ["s"])
        let store = Store(territories: [territory], initiatives: initiatives,
                          memberships: [Membership(territory: "t", initiative: "c\(depth - 1)", role: .member)])
        // The one member at the bottom counts for every initiative above it.
        #expect(store.memberCount(ofInitiative: 0) == 1)
        #expect(store.memberCount(ofInitiative: depth / 2) == 1)
        #expect(store.ancestors(ofInitiative: depth - 1).count == depth - 1)
        #expect(store.root(ofInitiative: depth - 1) == 0)
    }
}

/// One record with a great many fields: the check for repeated and unknown fields is linear (comparing
/// every pair took 10 s for 64,000 fields and 37 s for 128,000).
@Suite(.timeLimit(.minutes(1)))
struct WideRecordTests {
    @Test func aRecordWith100000UnknownFieldsIsReadInLinearTime() throws {
        let extra = (0..<100_000).map { "\"f\($0)\":0" }.joined(separator: ",")
        let territory = "[{\"id\":\"t\",\"kind\":\"region\",\"name\":\"T\",\"country\":\"SE\",\"sources\":[\"s\"],\"confidence\":\"stated\",\(extra),\"f7\":1}]"
        let catalog = try CatalogLoader.load(territories: Array(territory.utf8), initiatives: Array("[]".utf8),
                                             memberships: Array("[]".utf8), origin: .directory("wide"), directory: "wide")
        #expect(catalog.territories.count == 1)
        // Every extra field is a warning, and the repeated one says so.
        #expect(catalog.warnings.count == 100_001)
        #expect(catalog.warnings.last?.message.contains("appears twice") == true)
    }
}
