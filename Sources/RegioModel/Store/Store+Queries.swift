/// One membership of a territory in an initiative, resolved to indices.
public struct MembershipRef: Equatable, Sendable {
    /// Index into `Store.memberships`.
    public var membership: Int
    public var territory: Int
    public var initiative: Int
}

/// A member of an initiative, possibly through one of its sub-initiatives.
public struct InitiativeMember: Equatable, Sendable {
    public var ref: MembershipRef
    /// The initiatives from the one asked about down to the one the membership is in; just the first
    /// when the territory is a direct member.
    public var path: [Int]
    public var isDirect: Bool { path.count == 1 }
}

/// Another territory sharing at least one initiative with a given one.
public struct Partner: Equatable, Sendable {
    public var territory: Int
    /// The shared initiatives, in store order.
    public var through: [Int]
}

extension Store {
    // MARK: lookup

    public func territoryIndex(_ id: String) -> Int? { territoryIndexByID[id] }
    public func initiativeIndex(_ id: String) -> Int? { initiativeIndexByID[id] }
    public func territory(_ id: String) -> Territory? { territoryIndexByID[id].map { territories[$0] } }
    public func initiative(_ id: String) -> Initiative? { initiativeIndexByID[id].map { initiatives[$0] } }

    /// A territory's name in `language` where the data has one, else (and for nil) its English name;
    /// read in place, where a copy of the whole record cost more than a table cell's other work.
    public func name(ofTerritory index: Int, in language: NameLanguage?) -> String {
        if let language {
            for entry in territories[index].names where entry.language == language { return entry.text }
        }
        return territories[index].name
    }

    public func entity(_ id: String) -> EntityRef? {
        if let index = territoryIndexByID[id] { return .territory(index) }
        if let index = initiativeIndexByID[id] { return .initiative(index) }
        return nil
    }

    /// Ids close to `id`, for "did you mean" after an unknown one.
    public func suggestions(for id: String, limit: Int = 3) -> [String] {
        Suggest.closest(to: id, among: Array(territoryIndexByID.keys) + Array(initiativeIndexByID.keys), limit: limit)
    }

    // MARK: territories

    /// Territory indices of the given member states, in store order.
    public func territories(in countries: Set<CountryCode>) -> [Int] {
        countries.flatMap { territoriesByCountry[$0] ?? [] }.sorted()
    }

    public func territoryCount(in country: CountryCode) -> Int { territoriesByCountry[country]?.count ?? 0 }

    /// The countries that have at least one territory, sorted by code.
    public var countriesPresent: [CountryCode] { territoriesByCountry.keys.sorted() }

    public func memberships(ofTerritory territory: Int) -> [MembershipRef] {
        membershipsByTerritory[territory].map { ref(Int($0)) }
    }

    /// The number of distinct initiatives a territory takes part in.
    public func collaborationCount(ofTerritory territory: Int) -> Int { Int(collaborationCounts[territory]) }

    /// Territories sharing an initiative with `territory`, most shared initiatives first, then by name.
    public func partners(ofTerritory territory: Int) -> [Partner] {
        var through: [Int: [Int]] = [:]
        for membershipIndex in membershipsByTerritory[territory] {
            let initiative = Int(membershipInitiative[Int(membershipIndex)])
            for other in membershipsByInitiative[initiative] {
                let partner = Int(membershipTerritory[Int(other)])
                guard partner != territory else { continue }
                if through[partner]?.last != initiative { through[partner, default: []].append(initiative) }
            }
        }
        return through.map { Partner(territory: $0.key, through: Array(Set($0.value)).sorted()) }
            .sorted { a, b in
                a.through.count != b.through.count ? a.through.count > b.through.count
                    : territoryNameOrder(a.territory, b.territory)
            }
    }

    // MARK: initiatives

    public func children(ofInitiative initiative: Int) -> [Int] { childrenByInitiative[initiative].map { Int($0) } }

    /// The parent chain of an initiative, nearest first.
    public func ancestors(ofInitiative initiative: Int) -> [Int] {
        var result: [Int] = []
        var current = initiatives[initiative].parent.flatMap { initiativeIndexByID[$0] }
        // Validation rejects parent cycles; the bound keeps a walk finite (and linear) all the same.
        while let index = current, result.count < initiatives.count {
            result.append(index)
            current = initiatives[index].parent.flatMap { initiativeIndexByID[$0] }
        }
        return result
    }

    /// The initiative at the top of the parent chain (itself when it has no parent).
    public func root(ofInitiative initiative: Int) -> Int { ancestors(ofInitiative: initiative).last ?? initiative }

    /// Direct memberships of an initiative.
    public func directMembers(ofInitiative initiative: Int) -> [MembershipRef] {
        membershipsByInitiative[initiative].map { ref(Int($0)) }
    }

    /// Members of an initiative and of everything below it (a platform's members include its
    /// partnerships' members), each with the path by which it belongs. Direct members come first.
    public func members(ofInitiative initiative: Int) -> [InitiativeMember] {
        var result: [InitiativeMember] = []
        // Breadth first, reading the queue by position: removing from the front would cost a move of
        // the whole queue per initiative, quadratic under a root with thousands of descendants.
        var queue: [[Int]] = [[initiative]]
        var next = 0
        var visited: Set<Int> = [initiative]
        while next < queue.count {
            let path = queue[next]
            next += 1
            let current = path.last!
            for membershipIndex in membershipsByInitiative[current] {
                result.append(InitiativeMember(ref: ref(Int(membershipIndex)), path: path))
            }
            for child in childrenByInitiative[current] where visited.insert(Int(child)).inserted {
                queue.append(path + [Int(child)])
            }
        }
        return result
    }

    /// Every membership in the initiative or below it, as indices into `memberships`: what `members`
    /// gives without the paths, for pages that list tens of thousands.
    public func membershipIndices(underInitiative initiative: Int) -> [Int] {
        var result: [Int] = []
        var queue = [initiative]
        var next = 0
        var visited: Set<Int> = [initiative]
        while next < queue.count {
            let current = queue[next]
            next += 1
            result += membershipsByInitiative[current].lazy.map { Int($0) }
            for child in childrenByInitiative[current] where visited.insert(Int(child)).inserted { queue.append(Int(child)) }
        }
        return result
    }

    public func initiative(ofMembership membership: Int) -> Int { Int(membershipInitiative[membership]) }
    public func role(ofMembership membership: Int) -> Role { membershipRole[membership] }
    public func territory(ofMembership membership: Int) -> Int { Int(membershipTerritory[membership]) }

    /// The number of distinct territories in an initiative, including those of its sub-initiatives.
    public func memberCount(ofInitiative initiative: Int) -> Int { Int(initiativeMemberCounts[initiative]) }

    /// Whether the initiative (or anything below it) has a member in one of the countries of `mask`.
    public func initiative(_ initiative: Int, hasMemberIn mask: UInt64) -> Bool {
        initiativeCountryMasks[initiative] & mask != 0
    }

    /// Distinct territories that are members of the initiative or its sub-initiatives.
    public func memberTerritories(ofInitiative initiative: Int) -> Set<Int> {
        cache.memberTerritories(of: initiative) { collectMemberTerritories(ofInitiative: initiative) }
    }

    /// Distinct member territories in one of `countries`, counting everything below the initiative.
    public func memberCount(ofInitiative initiative: Int, inCountries countries: Set<CountryCode>) -> Int {
        cache.memberCount(of: initiative, in: countries) {
            let mask = Countries.mask(countries)
            guard initiativeCountryMasks[initiative] & mask != 0 else { return 0 }
            // A mark per territory rather than a set of up to a hundred thousand, and no walk into a
            // sub-initiative without a member in the countries: setting a filter counts every visible
            // initiative's members before the next frame.
            return cache.distinctCount(below: territories.count) { visit in
                var stack = [initiative]
                var seen: Set<Int> = [initiative]
                while let current = stack.popLast() {
                    for membership in membershipsByInitiative[current] {
                        let territory = Int(membershipTerritory[Int(membership)])
                        if territory >= 0 && territoryCountryBit[territory] & mask != 0 { visit(territory) }
                    }
                    for child in childrenByInitiative[current]
                    where initiativeCountryMasks[Int(child)] & mask != 0 && seen.insert(Int(child)).inserted {
                        stack.append(Int(child))
                    }
                }
            }
        }
    }

    private func collectMemberTerritories(ofInitiative initiative: Int) -> Set<Int> {
        var result: Set<Int> = []
        var stack = [initiative]
        var seen: Set<Int> = [initiative]
        while let current = stack.popLast() {
            for membership in membershipsByInitiative[current] { result.insert(Int(membershipTerritory[Int(membership)])) }
            for child in childrenByInitiative[current] where seen.insert(Int(child)).inserted { stack.append(Int(child)) }
        }
        return result
    }

    /// The territories leading an initiative (role lead or co-lead), by name.
    public func leads(ofInitiative initiative: Int) -> [Int] {
        // Sorted by name rank, then each once: no set to hash, for a column every frame shows per row.
        var leads = leadsByInitiative[initiative].map { Int($0) }.sorted(by: territoryNameOrder)
        leads.removeConsecutiveDuplicates()
        return leads
    }

    // MARK: search

    /// Territories and initiatives whose names (in any language) match, best match first (exact, then
    /// prefix, word prefix, substring), then by name.
    public func search(_ query: String) -> [SearchHit] {
        ranked(matches(query, territories: true, initiatives: true)).map(names.search.hit)
    }

    public func searchTerritories(_ query: String) -> [SearchHit] {
        ranked(matches(query, territories: true, initiatives: false)).map(names.search.hit)
    }

    public func searchInitiatives(_ query: String) -> [SearchHit] {
        ranked(matches(query, territories: false, initiatives: true)).map(names.search.hit)
    }

    func initiativesMatching(_ query: String) -> [Int] {
        ranked(matches(query, territories: false, initiatives: true)).map { Int($0.owner) - territories.count }
    }

    /// Territories whose names match, best matches first, then in name order: what a search of the
    /// participants lists. Ordered without building hits or comparing strings.
    func territoriesMatching(_ query: String) -> [Int] {
        let hits = matches(query, territories: true, initiatives: false)
        // A short query matches most names; then one pass in name order per rank beats a sort.
        guard hits.count > territories.count / 8 else { return ranked(hits).map { Int($0.owner) } }
        var rankOf = [UInt8](repeating: .max, count: territories.count)
        for match in hits { rankOf[Int(match.owner)] = match.rank }
        var byRank = [[Int]](repeating: [], count: 4)
        for territory in names.territoriesByName where rankOf[Int(territory)] != .max {
            byRank[Int(rankOf[Int(territory)])].append(Int(territory))
        }
        return byRank.flatMap { $0 }
    }

    /// The search index's matches, searched among the names the last search found when this query
    /// holds that one: typing a letter more looks at what the letters before it found, not at every name.
    private func matches(_ query: String, territories: Bool, initiatives: Bool) -> [SearchIndex.Match] {
        var result: [SearchIndex.Match] = []
        cache.search { previous in
            let (matches, found) = names.search.matches(query, territories: territories, initiatives: initiatives, after: previous)
            result = matches
            return found
        }
        return result
    }

    /// Sorts on one integer per match: the rank, then the entity's place in name order.
    private func ranked(_ matches: [SearchIndex.Match]) -> [SearchIndex.Match] {
        let keys = matches.indices.map { position -> Int in
            let owner = Int(matches[position].owner)
            let order = owner < territories.count ? Int(names.territoryNameRank[owner])
                : territories.count + Int(names.initiativeNameRank[owner - territories.count])
            return Int(matches[position].rank) << 56 | order << 24 | position
        }
        return keys.sorted().map { matches[$0 & 0xFF_FFFF] }
    }

    private func ref(_ membership: Int) -> MembershipRef {
        MembershipRef(membership: membership, territory: Int(membershipTerritory[membership]),
                      initiative: Int(membershipInitiative[membership]))
    }
}

extension Array where Element: Equatable {
    /// Keeps the first of each run of equal elements.
    mutating func removeConsecutiveDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
