import Foundation
import Testing
@testable import RegioModel

/// The short cuts taken for large stores must give exactly what the plain ways give: ordering a search's
/// matches by passes in name order instead of a sort, cached list orders and trees, membership lists
/// without paths.
@Suite("Queries at scale")
struct ScaleQueryTests {
    static let store: Store = {
        let folder = try! FixtureDirectory()
        try! DatasetGenerator(territories: 3000, initiatives: 300, memberships: 20_000, seed: 3).write(to: folder.path)
        return withExtendedLifetime(folder) { Store(catalog: try! CatalogLoader.load(directory: folder.path)) }
    }()

    /// One-letter queries match most names (the pass in name order); longer ones few (the sort).
    @Test(arguments: ["a", "e", "s", "be", "öst", "berg", "ing"])
    func searchOrderIsTheRankedOrderWhicheverWayItIsMade(query: String) {
        let store = Self.store
        let listed = store.participants(search: query)
        let hits = store.searchTerritories(query)
        #expect(listed == hits.map { if case .territory(let index) = $0.entity { index } else { -1 } })
        // Best rank first, and by name within a rank.
        for (a, b) in zip(hits, hits.dropFirst()) {
            guard case .territory(let first) = a.entity, case .territory(let second) = b.entity else { continue }
            #expect(a.rank < b.rank || (a.rank == b.rank && store.territoryNameOrder(first, second)))
        }
    }

    /// The kept counts and member sets are the ones worked out afresh, whichever set of countries was asked before.
    @Test func filteredMemberCountsAreCountsOfMembersInThoseCountries() {
        let store = Self.store
        let countrySets: [Set<CountryCode>] = [[store.countriesPresent[0]], [store.countriesPresent[1], store.countriesPresent[2]],
                                               [store.countriesPresent[0]]]
        for countries in countrySets {
            for initiative in stride(from: 0, to: store.initiatives.count, by: 7) {
                var expected: Set<Int> = []
                var stack = [initiative]
                while let current = stack.popLast() {
                    for member in store.members(ofInitiative: current) where countries.contains(store.territories[member.ref.territory].country) {
                        expected.insert(member.ref.territory)
                    }
                    stack += store.children(ofInitiative: current)
                }
                #expect(store.memberCount(ofInitiative: initiative, inCountries: countries) == expected.count)
            }
        }
    }

    @Test func aOneLetterQueryTakesThePassInNameOrder() {
        // The condition under which the other path is used; if the generator changed, this test says so.
        #expect(Self.store.participants(search: "a").count > Self.store.territories.count / 8)
    }

    @Test func cachedOrdersAreTheSortedOrders() {
        let store = Self.store
        let byCountry = store.participants(order: .memberState)
        #expect(byCountry == store.territories.indices.sorted { a, b in
            store.territories[a].country != store.territories[b].country
                ? store.territories[a].country < store.territories[b].country : store.territoryNameOrder(a, b)
        })
        let byCollaborations = store.participants(order: .collaborations)
        #expect(byCollaborations == store.territories.indices.sorted { a, b in
            store.collaborationCount(ofTerritory: a) != store.collaborationCount(ofTerritory: b)
                ? store.collaborationCount(ofTerritory: a) > store.collaborationCount(ofTerritory: b) : store.territoryNameOrder(a, b)
        })
        // Asked twice, the same answer (the second from the cache).
        #expect(store.participants(order: .memberState) == byCountry)
        #expect(store.participants(countries: ["SE"], order: .memberState).allSatisfy { store.territories[$0].country == "SE" })
    }

    @Test func membershipIndicesAreTheMembersWithoutPaths() {
        let store = Self.store
        for initiative in store.initiatives.indices.prefix(60) {
            let members = store.members(ofInitiative: initiative)
            #expect(store.membershipIndices(underInitiative: initiative) == members.map(\.ref.membership))
            #expect(Set(members.map(\.ref.territory)).count == store.memberCount(ofInitiative: initiative))
        }
    }

    /// Every listed initiative's children follow it one level deeper, also with a member-state filter:
    /// what the dashboard's tree relies on to know which rows fold.
    @Test func treesListChildrenRightAfterTheirParents() {
        let store = Self.store
        for section in [InitiativeSection.networks, .platforms] {
            for countries in [Set<CountryCode>(), ["SE"], ["IT", "EL"]] {
                let tree = store.tree(section, countries: countries)
                #expect(tree.map(\.initiative) == store.initiatives(in: section, countries: countries))
                for (position, entry) in tree.enumerated() {
                    let parent = store.initiatives[entry.initiative].parent.flatMap(store.initiativeIndex)
                    if entry.depth == 0 { continue }
                    // The nearest earlier row one level up is the parent.
                    let above = tree[..<position].last { $0.depth == entry.depth - 1 }
                    #expect(above?.initiative == parent)
                }
            }
        }
    }
}
