import Testing
@testable import RegioModel

/// The fast paths behind a keystroke at a million memberships give what the straightforward computation
/// gives, over random data: the participants' search (one letter from per-territory letters, more from
/// the names; few matches sorted, many dealt in name order), an initiative's members by role, and a
/// territory's partners.
@Suite(.timeLimit(.minutes(1)))
struct KeystrokeFastPathTests {
    /// A random store whose memberships have every role, repeat territories across a random forest of
    /// initiatives (so that a territory is a member of an initiative and of one below it), and whose
    /// names share letters (so that one-letter searches rank by every rule).
    static func randomStore(seed: UInt64) -> Store {
        var random = SeededRandom(seed: seed)
        let pieces = ["a", "b", "o", "ab", " b", "ö", "Ø", " ", "-", "x1", "Born", "holm", "B"]
        func text(_ count: Int) -> String { (0..<count).map { _ in random.pick(pieces) }.joined() }
        let territories = (0..<(1 + random.below(40))).map { index in
            let names = NameLanguage.allCases.filter { $0 != .en && random.chance(30) }.map { LocalizedName($0, text(1 + random.below(3))) }
            return Territory(id: "t\(index)", kind: .region, name: text(1 + random.below(4)), names: names,
                             country: random.pick(["SE", "DK", "FI"] as [CountryCode]), sources: ["s"])
        }
        let initiatives = (0..<(1 + random.below(12))).map { index in
            Initiative(id: "i\(index)", kind: .network, name: "I\(index)",
                       parent: index > 0 && random.chance(70) ? "i\(random.below(index))" : nil, sources: ["s"])
        }
        var seen: Set<String> = []
        let memberships = (0..<random.below(150)).compactMap { _ -> Membership? in
            let territory = "t\(random.below(territories.count))", initiative = "i\(random.below(initiatives.count))"
            // One membership per territory and initiative, as validation asks.
            guard seen.insert(territory + "/" + initiative).inserted else { return nil }
            return Membership(territory: territory, initiative: initiative, role: random.pick(Role.allCases), sources: ["s"])
        }
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func participantsSearchedByLetterAndByCountryAreTheFullSearch(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        for query in letters + ["B", "Ö", "ab", "o b", "x", "1", "-", "bo"] {
            let expected = FastPathPropertyTests.expectedHits(store, query).compactMap { entry -> (Int, MatchRank)? in
                if case .territory(let index) = entry.key { return (index, entry.value.rank) } else { return nil }
            }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : store.territoryNameRank($0.0) < store.territoryNameRank($1.0) }.map(\.0)
            #expect(store.participants(search: query) == expected, "seed \(seed), query '\(query)'")
            let countries: Set<CountryCode> = ["SE", "FI"]
            #expect(store.participants(countries: countries, search: query)
                    == expected.filter { countries.contains(store.territories[$0].country) }, "seed \(seed), query '\(query)'")
        }
    }

    @Test(arguments: 1...80 as ClosedRange<UInt64>)
    func listingByRankIsASortByRankThenName(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let count = random.below(400)
        var byName = (0..<count).map { Int32($0) }
        for place in byName.indices.reversed() { byName.swapAt(place, random.below(place + 1)) }
        var nameRank = [Int32](repeating: 0, count: count)
        for (place, territory) in byName.enumerated() { nameRank[Int(territory)] = Int32(place) }
        // From none matching to all: below and above the point where dealing replaces sorting.
        let matching = random.below(101)
        let ranks = (0..<count).map { _ in random.chance(matching) ? UInt8(random.below(4)) : UInt8.max }
        let expected = (0..<count).filter { ranks[$0] != .max }
            .sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : nameRank[$0] < nameRank[$1] }
        #expect(Store.listed(ranks: ranks, byName: byName, nameRank: nameRank) == expected, "seed \(seed)")
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func roleGroupsAreTheMembershipsSortedByNameThenWalk(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        for initiative in store.initiatives.indices {
            let memberships = store.membershipIndices(underInitiative: initiative)
            for limit in [0, 1, 3, 1000] {
                let expected = Role.allCases.compactMap { role -> RoleGroup? in
                    let positions = memberships.indices.filter { store.role(ofMembership: memberships[$0]) == role }
                    guard !positions.isEmpty else { return nil }
                    let ordered = positions.sorted { a, b in
                        let ra = store.territoryNameRank(store.territory(ofMembership: memberships[a]))
                        let rb = store.territoryNameRank(store.territory(ofMembership: memberships[b]))
                        return ra != rb ? ra < rb : a < b
                    }
                    return RoleGroup(role: role, count: positions.count, first: ordered.prefix(limit).map { memberships[$0] })
                }
                #expect(store.roleGroups(underInitiative: initiative, limit: limit) == expected, "seed \(seed), i\(initiative), limit \(limit)")
                // Read in parts on several cores and merged, as for the largest initiatives.
                #expect(store.roleGroups(underInitiative: initiative, limit: limit, parallelFrom: 0) == expected,
                        "seed \(seed), i\(initiative), limit \(limit), in parts")
            }
        }
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func partnersAreTheTerritoriesSharingAnInitiative(seed: UInt64) {
        let store = Self.randomStore(seed: seed)
        for territory in store.territories.indices {
            var through: [Int: Set<Int>] = [:]
            for mine in store.memberships(ofTerritory: territory) {
                for other in store.directMembers(ofInitiative: mine.initiative) where other.territory != territory {
                    through[other.territory, default: []].insert(mine.initiative)
                }
            }
            let expected = through.map { Partner(territory: $0.key, through: $0.value.sorted()) }.sorted { a, b in
                a.through.count != b.through.count ? a.through.count > b.through.count : store.territoryNameOrder(a.territory, b.territory)
            }
            #expect(store.partners(ofTerritory: territory) == expected, "seed \(seed), t\(territory)")
        }
    }

    @Test func theSmallestPairsAreThoseOfAFullSortByKeyThenValue() {
        var random = SeededRandom(seed: 7)
        for limit in [0, 1, 2, 10, 50, 500] {
            var smallest = SmallestKeys(limit: limit)
            // Few distinct keys, so that ties are many and the value decides.
            let pairs = (0..<300).map { _ in (key: random.below(20), value: random.below(1000)) }
            for pair in pairs { smallest.offer(pair.key, pair.value) }
            let expected = pairs.sorted { $0.key != $1.key ? $0.key < $1.key : $0.value < $1.value }.prefix(limit)
            #expect(smallest.ascending.map(\.key) == expected.map(\.key) && smallest.ascending.map(\.value) == expected.map(\.value),
                    "limit \(limit)")
        }
    }

    /// The table as splitting each line into strings reads it.
    static func splitTable(_ text: String) -> NUTSTable {
        var table = NUTSTable(text: "")
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let level = Int(fields[1]) else { continue }
            let versions = fields[2].split(separator: " ").compactMap { year in NUTSVersion.allCases.first { String($0.year) == year } }
            let region = NUTSRegion(code: fields[0], level: level, versions: versions,
                                    successors: fields[3].split(separator: " ").map(String.init), name: fields[4].isEmpty ? nil : fields[4])
            table.regions[region.code] = region
            table.ordered.append(region)
            if level == 0 { table.countries.insert(region.code) }
        }
        return table
    }

    @Test(arguments: 0...60 as ClosedRange<UInt64>)
    func theNUTSTableReadByteByByteIsTheTableSplitIntoStrings(seed: UInt64) {
        let embedded = String(decoding: PackageResources.nuts_table_tsv, as: UTF8.self)
        var random = SeededRandom(seed: seed)
        let pieces = ["SE", "3", "31", "\t", "\t", " ", "2021", "2024", "2021 2024", "\n", "#", "Västerbotten", "x", "-1", "0", "EL"]
        // Seed 0 is the embedded table itself; the others are random lines with a piece of it.
        let text = seed == 0 ? embedded : (0..<random.below(200)).map { _ in random.pick(pieces) }.joined()
            + String(embedded.prefix(random.below(400)))
        let table = NUTSTable(text: text), expected = Self.splitTable(text)
        #expect(table.ordered == expected.ordered && table.regions == expected.regions && table.countries == expected.countries,
                "seed \(seed)")
    }
}
