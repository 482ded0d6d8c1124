/// The in-memory store: the validated catalog plus the indexes that make every query cost in proportion
/// to its answer. Immutable once built, so it can be shared freely.
public final class Store: Sendable {
    public let territories: [Territory]
    public let initiatives: [Initiative]
    public let memberships: MembershipTable
    public let origin: DataOrigin
    public let warnings: [DataProblem]

    let territoryIndexByID: [String: Int]
    let initiativeIndexByID: [String: Int]
    /// Membership indices per territory and per initiative.
    let membershipsByTerritory: Adjacency
    let membershipsByInitiative: Adjacency
    let childrenByInitiative: Adjacency
    /// Territory and initiative of each membership, as indices.
    let membershipTerritory: [Int32]
    let membershipInitiative: [Int32]
    /// Each membership's role, packed: pages that sort a hundred thousand memberships by role read one
    /// byte each instead of a whole record.
    let membershipRole: [Role]
    let territoriesByCountry: [CountryCode: [Int]]
    /// Name orders, ranks and the search index (see `NameIndexes`).
    let names: NameIndexes
    /// Each territory's country as a bit (see `Countries.mask`).
    let territoryCountryBit: [UInt64]
    /// Distinct initiatives per territory.
    let collaborationCounts: [Int32]
    /// Per initiative, including everything below it, the countries of its members as bits: a
    /// member-state filter then costs one AND per initiative.
    let initiativeCountryMasks: [UInt64]
    /// Distinct member territories per initiative, including everything below it.
    let initiativeMemberCounts: [Int32]
    /// Territories with role lead or co-lead, per initiative.
    let leadsByInitiative: Adjacency
    let cache = ListingCache()

    public convenience init(catalog: Catalog) {
        self.init(territories: catalog.territories, initiatives: catalog.initiatives,
                  memberships: catalog.memberships, origin: catalog.origin, warnings: catalog.warnings,
                  resolved: catalog.resolved)
    }

    /// The records must resolve (as a `Catalog` from the loader does); unresolved references are skipped.
    public convenience init(territories: [Territory], initiatives: [Initiative], memberships: [Membership],
                            origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.init(territories: territories, initiatives: initiatives, memberships: MembershipTable(memberships),
                  origin: origin, warnings: warnings, resolved: nil)
    }

    /// `resolved`, when given, already holds each membership's territory and initiative index.
    init(territories: [Territory], initiatives: [Initiative], memberships: MembershipTable,
         origin: DataOrigin, warnings: [DataProblem], resolved: ResolvedMemberships?) {
        self.territories = territories
        self.initiatives = initiatives
        self.memberships = memberships
        self.origin = origin
        self.warnings = warnings

        // Names (folding, sorting, the search index) need nothing else: another core builds them while
        // this one links the records.
        let pendingNames = Parallel.start { NameIndexes(territories: territories, initiatives: initiatives) }

        // The loader has looked every id up already; a store made from records alone does it here.
        var territoryIndex: [String: Int]
        var initiativeIndex: [String: Int]
        if let resolved, resolved.territoryIDs.count == territories.count, resolved.initiativeIDs.count == initiatives.count {
            territoryIndex = resolved.territoryIDs
            initiativeIndex = resolved.initiativeIDs
        } else {
            territoryIndex = [:]
            territoryIndex.reserveCapacity(territories.count)
            for (index, territory) in territories.enumerated() { territoryIndex[territory.id] = index }
            initiativeIndex = [:]
            for (index, initiative) in initiatives.enumerated() { initiativeIndex[initiative.id] = index }
        }
        territoryIndexByID = territoryIndex
        initiativeIndexByID = initiativeIndex

        // The loader's record numbers when it has them; else each distinct id looked up once.
        let (membershipTerritory, membershipInitiative) = resolved.map { ($0.territory, $0.initiative) }
            ?? memberships.resolve(territories: territoryIndex, initiatives: initiativeIndex)
        self.membershipTerritory = membershipTerritory
        self.membershipInitiative = membershipInitiative
        membershipRole = memberships.roles
        // A membership whose territory or initiative is unknown is in neither index.
        membershipsByTerritory = Adjacency(sourceCount: territories.count, sourceOf: membershipTerritory) { membershipInitiative[$0] >= 0 }
        membershipsByInitiative = Adjacency(sourceCount: initiatives.count, sourceOf: membershipInitiative) { membershipTerritory[$0] >= 0 }

        var children: [(source: Int32, target: Int32)] = []
        for (index, initiative) in initiatives.enumerated() {
            if let parent = initiative.parent.flatMap({ initiativeIndex[$0] }) {
                children.append((Int32(parent), Int32(index)))
            }
        }
        childrenByInitiative = Adjacency(sourceCount: initiatives.count, pairs: children)

        var byCountry: [CountryCode: [Int]] = [:]
        for (index, territory) in territories.enumerated() { byCountry[territory.country, default: []].append(index) }
        territoriesByCountry = byCountry

        let countryBits = territories.map { Countries.mask([$0.country]) }
        territoryCountryBit = countryBits

        // Distinct initiatives per territory, with a stamp per initiative instead of a set per territory.
        var collaborations = [Int32](repeating: 0, count: territories.count)
        var lastTerritory = [Int32](repeating: -1, count: initiatives.count)
        for territory in territories.indices {
            var count: Int32 = 0
            for membership in membershipsByTerritory[territory] {
                let initiative = Int(membershipInitiative[Int(membership)])
                if lastTerritory[initiative] != Int32(territory) { lastTerritory[initiative] = Int32(territory); count += 1 }
            }
            collaborations[territory] = count
        }
        collaborationCounts = collaborations

        // Country masks bottom-up: an initiative's mask is its own members' countries OR its children's,
        // so one pass in post-order covers every subtree in linear time.
        var countryMasks = [UInt64](repeating: 0, count: initiatives.count)
        let subtree = childrenByInitiative
        var done = [Bool](repeating: false, count: initiatives.count)
        for root in initiatives.indices where !done[root] {
            var stack: [(Int, Bool)] = [(root, false)]
            while let (current, childrenDone) = stack.popLast() {
                if childrenDone {
                    var mask: UInt64 = 0
                    for membership in membershipsByInitiative[current] { mask |= countryBits[Int(membershipTerritory[Int(membership)])] }
                    for child in subtree[current] { mask |= countryMasks[Int(child)] }
                    countryMasks[current] = mask
                    continue
                }
                guard !done[current] else { continue }
                done[current] = true
                stack.append((current, true))
                for child in subtree[current] where !done[Int(child)] { stack.append((Int(child), false)) }
            }
        }
        initiativeCountryMasks = countryMasks

        let memberCounts = SubtreeMemberCounts.compute(
            initiativeCount: initiatives.count, territoryCount: territories.count, children: subtree,
            membershipsByInitiative: membershipsByInitiative, membershipTerritory: membershipTerritory)
        initiativeMemberCounts = memberCounts

        var leads: [(source: Int32, target: Int32)] = []
        for (index, role) in membershipRole.enumerated() where role == .lead || role == .coLead {
            let initiative = membershipInitiative[index], territory = membershipTerritory[index]
            if initiative >= 0 && territory >= 0 { leads.append((initiative, territory)) }
        }
        leadsByInitiative = Adjacency(sourceCount: initiatives.count, pairs: leads)

        names = pendingNames.wait()

        // What every dashboard frame needs, worked out now rather than in the first frame.
        _ = tree(.networks)
        _ = tree(.platforms)
        _ = headlineTotal
    }

    public static func bundled() -> Store { Store(catalog: CatalogLoader.loadBundled()) }
}
