import Testing
@testable import RegioModel

/// The fast paths of search and of filtered member counts give what the straightforward computation
/// gives, over random data: names with accents, separators, digits and other scripts, and random forests.
@Suite(.timeLimit(.minutes(1)))
struct FastPathPropertyTests {
    static let pieces = ["a", "b", "o", "ab", "bo", "ö", "Ø", "ß", " ", "-", "·", "x1", "7", "Σ", "ł", "é", "Born", "holm"]

    static func randomText(_ random: inout SeededRandom, pieces count: Int) -> String {
        (0..<count).map { _ in random.pick(pieces) }.joined()
    }

    static func randomStore(seed: UInt64) -> Store {
        var random = SeededRandom(seed: seed)
        let countries: [CountryCode] = ["SE", "DK", "FI", "PL"]
        let territories = (0..<(1 + random.below(30))).map { index in
            let names = NameLanguage.allCases.filter { $0 != .en && random.chance(40) }
                .map { LocalizedName($0, randomText(&random, pieces: 1 + random.below(5))) }
            return Territory(id: "t\(index)", kind: random.pick([.region, .city, .memberState, .group]), name: randomText(&random, pieces: 1 + random.below(5)),
                             names: names, country: random.pick(countries),
                             nuts: random.chance(30) ? "SE\(random.below(40))" : nil, sources: ["s"])
        }
        let initiatives = (0..<(1 + random.below(20))).map { index in
            Initiative(id: "i\(index)", kind: .network, name: randomText(&random, pieces: 1 + random.below(6)),
                       parent: index > 0 && random.chance(60) ? "i\(random.below(index))" : nil, sources: ["s"])
        }
        let memberships = (0..<random.below(120)).map { _ in
            Membership(territory: "t\(random.below(territories.count))", initiative: "i\(random.below(initiatives.count))",
                       role: .member)
        }
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }

    /// How a folded name matches a folded query, worked out on whole strings.
    static func rank(_ query: [UInt8], in name: [UInt8]) -> MatchRank? {
        guard !query.isEmpty, name.count >= query.count else { return nil }
        if Array(name.prefix(query.count)) == query { return name == query ? .exact : .prefix }
        let starts = (1..<(name.count - query.count + 1)).filter { Array(name[$0..<$0 + query.count]) == query }
        if starts.contains(where: { name[$0 - 1] == UInt8(ascii: " ") }) { return .wordPrefix }
        return starts.isEmpty ? nil : .substring
    }

    /// Every entity's best match, by hand: each of its names folded and compared.
    static func expectedHits(_ store: Store, _ query: String) -> [EntityRef: (rank: MatchRank, name: String)] {
        let needle = Array(TextFolding.fold(query).utf8)
        var result: [EntityRef: (rank: MatchRank, name: String)] = [:]
        func consider(_ entity: EntityRef, _ names: [String]) {
            for name in names {
                guard let rank = rank(needle, in: Array(TextFolding.fold(name).utf8)) else { continue }
                if result[entity].map({ rank < $0.rank }) ?? true { result[entity] = (rank, name) }
            }
        }
        for (index, territory) in store.territories.enumerated() {
            consider(.territory(index), [territory.name] + territory.names.map(\.text).filter { $0 != territory.name }
                        + [territory.id] + (territory.nuts.map { [$0] } ?? []))
        }
        for (index, initiative) in store.initiatives.enumerated() {
            consider(.initiative(index), [initiative.name, initiative.id])
        }
        return result
    }

    @Test(arguments: 1...80 as ClosedRange<UInt64>)
    func searchGivesWhatComparingEveryNameGives(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        var random = SeededRandom(seed: seed &+ 1000)
        var queries = (0..<12).map { _ in Self.randomText(&random, pieces: 1 + random.below(3)) }
        // Pieces of names that exist, so that long queries match too.
        queries += store.territories.prefix(6).map { String($0.name.dropFirst(random.below(3)).prefix(1 + random.below(6))) }
        queries += ["o", "b", "7", "t1", "i", "se1", " ", "-"]
        // Each typed a letter at a time, as the search field does, so that each query is searched among
        // what the one before found; then backwards, a letter erased at a time.
        let typed = queries.flatMap { query in (1...max(1, query.count)).map { String(query.prefix($0)) } }
        for query in typed + typed.reversed() {
            let expected = Self.expectedHits(store, query)
            let hits = store.search(query)
            #expect(hits.count == expected.count, "seed \(seed), query '\(query)'")
            for hit in hits {
                let wanted = expected[hit.entity]
                #expect(wanted?.rank == hit.rank && wanted?.name == hit.matchedName,
                        "seed \(seed), query '\(query)', \(hit.entity): \(hit.rank) '\(hit.matchedName)', expected \(String(describing: wanted))")
            }
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.rank <= $1.rank }, "seed \(seed), query '\(query)': best first")
            // What the participants list shows: territories best match first, then in name order.
            let territories = expected.compactMap { entry -> (Int, MatchRank)? in
                if case .territory(let index) = entry.key { return (index, entry.value.rank) } else { return nil }
            }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : store.territoryNameRank($0.0) < store.territoryNameRank($1.0) }.map(\.0)
            // (No query at all is no search: every territory, in name order.)
            let listed = query.isEmpty ? store.territories.indices.sorted(by: store.territoryNameOrder) : territories
            #expect(store.participants(search: query) == listed, "seed \(seed), query '\(query)'")
        }
    }

    /// Typed a key at a time into one list, each query is searched among the names the one before found
    /// (and a first letter from per-territory letters): the same as comparing every name, for territories
    /// alone and for initiatives alone (whose names meet the territories' in the middle of a word of bits).
    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func searchNarrowedKeyByKeyIsTheFullSearch(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        var random = SeededRandom(seed: seed &+ 2000)
        let queries = (0..<8).map { _ in Self.randomText(&random, pieces: 1 + random.below(4)) }
            + store.territories.prefix(4).map { String($0.name.prefix(2 + random.below(6))) }
        for query in queries {
            for typed in (1...max(1, query.count)).map({ String(query.prefix($0)) }) {
                let expected = Self.expectedHits(store, typed)
                let territories = expected.compactMap { entry -> (Int, MatchRank)? in
                    if case .territory(let index) = entry.key { return (index, entry.value.rank) } else { return nil }
                }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : store.territoryNameRank($0.0) < store.territoryNameRank($1.0) }.map(\.0)
                #expect(store.participants(search: typed) == territories, "seed \(seed), query '\(typed)'")
            }
            for typed in (1...max(1, query.count)).map({ String(query.prefix($0)) }) {
                let expected = Set(Self.expectedHits(store, typed).keys.filter { if case .initiative = $0 { true } else { false } })
                #expect(Set(store.searchInitiatives(typed).map(\.entity)) == expected, "seed \(seed), query '\(typed)'")
            }
        }
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func filteredMemberCountsAgreeWithCountingByHand(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        let filters: [Set<CountryCode>] = [["SE"], ["DK", "FI"], ["PL", "SE", "DK"], ["EE"]]
        for countries in filters {
            for initiative in store.initiatives.indices {
                let members = DeepTreeTests.membersByHand(store, under: initiative)
                let within = members.filter { countries.contains(store.territories[$0].country) }.count
                #expect(store.memberCount(ofInitiative: initiative, inCountries: countries) == within,
                        "seed \(seed), i\(initiative), \(countries.sorted())")
            }
        }
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func territoryOrdersAreSortsByTheKeyThenByName(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        let kindRank: [TerritoryKind: Int] = [.region: 2, .city: 0, .memberState: 1]
        let orders: [(TerritoryOrder, (Territory, Int) -> String)] = [
            (.memberState, { territory, _ in territory.country.rawValue }),
            (.collaborations, { _, index in
                let digits = String(999_999 - store.collaborationCount(ofTerritory: index))
                return String(repeating: "0", count: 6 - digits.count) + digits
            }),
            (.kind(kindRank), { territory, _ in String(kindRank[territory.kind] ?? 3) }),
            (.id, { territory, _ in territory.id }),
        ]
        for (order, key) in orders {
            let expected = store.territories.indices.sorted { a, b in
                let ka = key(store.territories[a], a), kb = key(store.territories[b], b)
                return ka != kb ? ka < kb : store.territoryNameRank(a) < store.territoryNameRank(b)
            }
            #expect(store.territoryOrder(order).map { Int($0) } == expected, "seed \(seed), \(order)")
        }
    }

    @Test func leadsAreEachLeadOnceInNameOrder() {
        for seed in 1...40 as ClosedRange<UInt64> {
            var random = SeededRandom(seed: seed)
            let territories = (0..<8).map { Territory(id: "t\($0)", kind: .region, name: Self.randomText(&random, pieces: 3), country: "SE", sources: ["s"]) }
            let memberships = (0..<random.below(30)).map { _ in
                Membership(territory: "t\(random.below(8))", initiative: "i0", role: random.chance(50) ? .lead : .coLead)
            }
            let store = Store(territories: territories, initiatives: [Initiative(id: "i0", kind: .network, name: "I", sources: ["s"])],
                              memberships: memberships)
            let expected = Set(memberships.map { store.territoryIndex($0.territory)! }).sorted(by: store.territoryNameOrder)
            #expect(store.leads(ofInitiative: 0) == expected, "seed \(seed)")
        }
    }
}
