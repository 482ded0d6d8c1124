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
        // Every (partner, initiative) as one integer, sorted: each partner's initiatives come together,
        // in store order, without a dictionary of arrays (a territory at a million memberships has
        // thousands of partners, and its page is laid out on the key that opens it).
        var pairs: [Int] = []
        for membershipIndex in membershipsByTerritory[territory] {
            let initiative = Int(membershipInitiative[Int(membershipIndex)])
            for other in membershipsByInitiative[initiative] {
                let partner = Int(membershipTerritory[Int(other)])
                if partner != territory { pairs.append(partner << 32 | initiative) }
            }
        }
        pairs.sort()
        pairs.removeConsecutiveDuplicates()
        var partners: [Partner] = []
        for pair in pairs {
            let partner = pair >> 32, initiative = pair & 0xFFFF_FFFF
            if partners.last?.territory == partner { partners[partners.count - 1].through.append(initiative) }
            else { partners.append(Partner(territory: partner, through: [initiative])) }
        }
        // Most shared initiatives first, then by name, on one integer each (a territory's name rank is its own).
        let keys = partners.map { (territories.count - $0.through.count) << 32 | Int(names.territoryNameRank[$0.territory]) }
        return partners.indices.sorted { keys[$0] < keys[$1] }.map { partners[$0] }
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
        var subtree: [Int] = []
        forEachInitiative(under: initiative) { subtree.append($0) }
        var result: [Int] = []
        result.reserveCapacity(subtree.reduce(0) { $0 + membershipsByInitiative[$1].count })
        for current in subtree { result += membershipsByInitiative[current].lazy.map { Int($0) } }
        return result
    }

    /// Calls `body` with the initiative and everything below it, breadth first, each once.
    func forEachInitiative(under initiative: Int, _ body: (Int) -> Void) {
        var queue = [initiative]
        var next = 0
        var visited: Set<Int> = [initiative]
        while next < queue.count {
            let current = queue[next]
            next += 1
            body(current)
            for child in childrenByInitiative[current] where visited.insert(Int(child)).inserted { queue.append(Int(child)) }
        }
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
        var ranks: [UInt8] = []
        cache.search { previous in
            let scanned = names.search.territoryRanks(query, after: previous) { cache.letterMasks { names.search.letterMasks() } }
            ranks = scanned.ranks
            return scanned.found
        }
        return Self.listed(ranks: ranks, byName: names.territoriesByName, nameRank: names.territoryNameRank)
    }

    /// The territories with a rank (not `UInt8.max`), best rank first, then in name order. A few are
    /// sorted on one integer each; many (a short query matches most names) are dealt, in one pass in
    /// name order, straight into their places: one array, no sort, no branch per territory.
    static func listed(ranks: [UInt8], byName: [Int32], nameRank: [Int32]) -> [Int] {
        // Where each rank's territories start; those without a rank (min(rank, 4)) go to a spare slot.
        var next = [Int](repeating: 0, count: 6)
        for rank in ranks { next[Int(min(rank, 4)) + 1] += 1 }
        for rank in 1..<next.count { next[rank] += next[rank - 1] }
        let total = next[4]
        guard total > byName.count / 32 else {
            var keys: [Int] = []
            keys.reserveCapacity(total)
            for (territory, rank) in ranks.enumerated() where rank != .max {
                keys.append(Int(rank) << 32 | Int(nameRank[territory]))
            }
            keys.sort()
            return keys.map { Int(byName[$0 & 0xFFFF_FFFF]) }
        }
        next[4] = total
        return [Int](unsafeUninitializedCapacity: total + 1) { buffer, initialized in
            for territory in byName {
                let bucket = Int(min(ranks[Int(territory)], 4))
                buffer[next[bucket]] = Int(territory)
                // The spare slot, past the end, is written over and over and never kept.
                next[bucket] += bucket < 4 ? 1 : 0
            }
            initialized = total
        }
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
