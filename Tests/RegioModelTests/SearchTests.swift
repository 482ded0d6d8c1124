import Testing
@testable import RegioModel

/// Names chosen so that the query "berg" hits every rank.
private enum SearchFixture {
    static let territories: [Territory] = [
        Territory(id: "t1", kind: .region, name: "Berg", country: "SE"),                 // exact
        Territory(id: "t2", kind: .region, name: "Bergamo", country: "IT"),              // prefix
        Territory(id: "t3", kind: .region, name: "Nord Bergen", country: "NO"),          // word prefix
        Territory(id: "t4", kind: .city, name: "Heidelberg", country: "DE"),             // substring
        Territory(id: "bw", kind: .region, name: "Baden-Württemberg", country: "DE"),    // substring
        Territory(id: "t6", kind: .region, name: "Østfold", country: "NO"),
        Territory(id: "t7", kind: .city, name: "Łódź", country: "PL"),
        Territory(id: "t8", kind: .region, name: "Großenhain", country: "DE"),
        // Its English name matches as a substring, its Swedish name as a prefix: the better one counts.
        Territory(id: "t9", kind: .region, name: "Kleinberg", names: [LocalizedName(.sv, "Berg Nord")], country: "DE"),
        Territory(id: "t10", kind: .region, name: "Xab", country: "DE"),
    ]
    static let initiatives = [Initiative(id: "bn", kind: .network, name: "Bergen Network")]
    static let store = Store(territories: territories, initiatives: initiatives, memberships: [])
}

private func ids(_ hits: [SearchHit], in store: Store) -> [String] {
    hits.map { hit in
        switch hit.entity {
        case .territory(let index): store.territories[index].id
        case .initiative(let index): store.initiatives[index].id
        }
    }
}

@Suite("Search on a hand-made fixture")
struct FixtureSearchTests {
    let store = SearchFixture.store

    @Test func ranksExactThenPrefixThenWordPrefixThenSubstring() {
        let hits = store.searchTerritories("berg")
        let found = Dictionary(uniqueKeysWithValues: zip(ids(hits, in: store), hits))
        #expect(found.mapValues(\.rank) == ["t1": .exact, "t2": .prefix, "t9": .prefix, "t3": .wordPrefix,
                                             "t4": .substring, "bw": .substring])
        #expect(found.mapValues(\.matchedName) == ["t1": "Berg", "t2": "Bergamo", "t9": "Berg Nord", "t3": "Nord Bergen",
                                                    "t4": "Heidelberg", "bw": "Baden-Württemberg"])
        // Better ranks first (the order within a rank is a matter of taste and not checked here).
        #expect(hits.map(\.rank) == [.exact, .prefix, .prefix, .wordPrefix, .substring, .substring])
        #expect(ids(hits, in: store).first == "t1" && ids(hits, in: store)[3] == "t3")
        #expect(MatchRank.exact < .prefix && MatchRank.prefix < .wordPrefix && MatchRank.wordPrefix < .substring)
    }

    @Test func theBestMatchingNameOfAnEntityCountsWithItsLanguage() throws {
        let hit = try #require(store.searchTerritories("berg").first { $0.entity == .territory(8) })
        #expect(hit.rank == .prefix)
        #expect(hit.matchedName == "Berg Nord")
        #expect(hit.language == .sv)
        #expect(store.searchTerritories("kleinberg").first?.language == .en)
        // Each entity appears once, however many of its names match.
        #expect(store.search("berg").filter { $0.entity == .territory(8) }.count == 1)
    }

    @Test func territoriesInitiativesOrBoth() {
        // The initiative's name starts with "bergen" (prefix); the territory's has it as a second word.
        #expect(ids(store.search("bergen"), in: store) == ["bn", "t3"])
        #expect(ids(store.searchTerritories("bergen"), in: store) == ["t3"])
        let initiatives = store.searchInitiatives("bergen")
        #expect(ids(initiatives, in: store) == ["bn"])
        #expect(initiatives.first?.rank == .prefix && initiatives.first?.language == nil)
        #expect(store.searchInitiatives("heidelberg").isEmpty)
    }

    @Test func idsAreSearchedToo() throws {
        let hit = try #require(store.searchTerritories("bw").first)
        #expect(hit.entity == .territory(4) && hit.rank == .exact && hit.matchedName == "bw" && hit.language == nil)
    }

    @Test func caseDiacriticsAndPunctuationAreIgnored() {
        for query in ["baden wurttemberg", "BADEN-WÜRTTEMBERG", "Baden Württemberg", "baden--wurttemberg", " baden  wurttemberg "] {
            let hits = store.searchTerritories(query)
            #expect(ids(hits, in: store) == ["bw"], "\(query)")
            #expect(hits.first?.rank == .exact, "\(query)")
        }
        #expect(store.searchTerritories("württemberg").first?.rank == .wordPrefix)
    }

    @Test func lettersThatDoNotDecompose() {
        #expect(ids(store.searchTerritories("ostfold"), in: store) == ["t6"])
        #expect(ids(store.searchTerritories("lodz"), in: store) == ["t7"])
        #expect(ids(store.searchTerritories("LÓDŹ"), in: store) == ["t7"])
        #expect(ids(store.searchTerritories("grossenhain"), in: store) == ["t8"])
        #expect(ids(store.searchTerritories("GROẞENHAIN"), in: store) == ["t8"])
        #expect(ids(store.searchTerritories("Østfold"), in: store) == ["t6"])
    }

    @Test func aMatchNeverSpansTwoNames() {
        // The folded names lie back to back ("…xab" then "t10"); "bt1" occurs only across that seam.
        #expect(store.search("bt1").isEmpty)
        #expect(store.search("xabt").isEmpty)
    }

    @Test func emptyOrPunctuationOnlyQueriesFindNothing() {
        #expect(store.search("").isEmpty)
        #expect(store.search("   ").isEmpty)
        #expect(store.search("-–,.").isEmpty)
        #expect(store.search("no such name").isEmpty)
    }
}

@Suite("Search in the bundled dataset")
struct BundledSearchTests {
    let store = bundledStore

    func first(_ query: String) -> (id: String, hit: SearchHit)? {
        guard let hit = store.searchTerritories(query).first, case .territory(let index) = hit.entity else { return nil }
        return (store.territories[index].id, hit)
    }

    @Test func swedishNameOfOstrobothnia() throws {
        let result = try #require(first("osterbotten"))
        #expect(result.id == "ostrobothnia")
        #expect(result.hit.matchedName == "Österbotten")
        #expect(result.hit.language == .sv)
        #expect(result.hit.rank == .exact)
    }

    @Test func aboIsTurku() throws {
        let result = try #require(first("abo"))
        #expect(result.id == "turku")
        #expect(result.hit.rank == .exact)
        #expect(result.hit.matchedName == "Åbo")
        #expect(result.hit.language == .sv)
    }

    @Test func caseAndDiacriticInsensitive() throws {
        for query in ["ÖSTERGÖTLAND", "ostergotland", "Östergötland", "OSTERGOTLAND"] {
            let result = try #require(first(query), "\(query)")
            #expect(result.id == "ostergotland", "\(query)")
            #expect(result.hit.rank == .exact, "\(query)")
        }
    }

    @Test func specialLettersAndHyphens() throws {
        #expect(try #require(first("baden wurttemberg")).id == "baden-wurttemberg")
        #expect(try #require(first("sor trondelag")).id == "sor-trondelag")
        #expect(try #require(first("SØR-TRØNDELAG")).id == "sor-trondelag")
        #expect(try #require(first("malopolska")).id == "malopolska")
        #expect(try #require(first("lesser poland")).id == "malopolska")
    }

    @Test func initiativesAreFoundByName() {
        let hits = store.searchInitiatives("bioenergy")
        #expect(hits.contains { hit in
            if case .initiative(let index) = hit.entity { store.initiatives[index].id == "tp-bioenergy" } else { false }
        })
        #expect(hits.allSatisfy { if case .initiative = $0.entity { true } else { false } })
    }

    @Test func emptyQueryFindsNothing() {
        #expect(store.search("").isEmpty)
        #expect(store.searchTerritories("").isEmpty)
        #expect(store.searchInitiatives(" ").isEmpty)
    }

    @Test func resultsAreSortedByRank() {
        for query in ["land", "nor", "a", "region", "ost"] {
            let ranks = store.search(query).map(\.rank)
            #expect(ranks == ranks.sorted(), "\(query)")
        }
    }

    @Test func everyTerritoryIsFoundByEachOfItsNames() {
        for (index, territory) in store.territories.enumerated() {
            for name in territory.allNames {
                let hits = store.searchTerritories(name)
                #expect(hits.contains { $0.entity == .territory(index) && $0.rank == .exact }, "\(territory.id): \(name)")
            }
        }
    }
}
