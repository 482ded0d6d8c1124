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
                  resolved: catalog.resolved, indexes: catalog.indexes, pendingNames: catalog.names)
    }

    /// The records must resolve (as a `Catalog` from the loader does); unresolved references are skipped.
    public convenience init(territories: [Territory], initiatives: [Initiative], memberships: [Membership],
                            origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.init(territories: territories, initiatives: initiatives, memberships: MembershipTable(memberships),
                  origin: origin, warnings: warnings, resolved: nil, indexes: nil, pendingNames: nil)
    }

    /// `resolved`, when given, already holds each membership's territory and initiative index; `indexes`
    /// what a store of these records worked out before (from a cache entry); `pendingNames` their name
    /// indexes, being worked out by the loader.
    init(territories: [Territory], initiatives: [Initiative], memberships: MembershipTable,
         origin: DataOrigin, warnings: [DataProblem], resolved: ResolvedMemberships?, indexes: StoreIndexes?,
         pendingNames: Parallel.Pending<NameIndexes>?) {
        self.territories = territories
        self.initiatives = initiatives
        self.memberships = memberships
        self.origin = origin
        self.warnings = warnings

        // The loader has looked every id up already; a store made from records alone does it here.
        var territoryIndex: [String: Int]
        var initiativeIndex: [String: Int]
        if let resolved, resolved.territoryIDs.count == territories.count, resolved.initiativeIDs.count == initiatives.count {
            territoryIndex = resolved.territoryIDs
            initiativeIndex = resolved.initiativeIDs
        } else {
            territoryIndex = [:]
            territoryIndex.reserveCapacity(territories.count)
            // By record number, not `for territory in`: that would copy every record (a retain per field).
            for index in territories.indices { territoryIndex[territories[index].id] = index }
            initiativeIndex = [:]
            for index in initiatives.indices { initiativeIndex[initiatives[index].id] = index }
        }
        territoryIndexByID = territoryIndex
        initiativeIndexByID = initiativeIndex

        // The loader's record numbers when it has them; else each distinct id looked up once.
        let (membershipTerritory, membershipInitiative) = resolved.map { ($0.territory, $0.initiative) }
            ?? memberships.resolve(territories: territoryIndex, initiatives: initiativeIndex)
        self.membershipTerritory = membershipTerritory
        self.membershipInitiative = membershipInitiative
        membershipRole = memberships.roles
        var children: [(source: Int32, target: Int32)] = []
        for (index, initiative) in initiatives.enumerated() {
            if let parent = initiative.parent.flatMap({ initiativeIndex[$0] }) {
                children.append((Int32(parent), Int32(index)))
            }
        }
        childrenByInitiative = Adjacency(sourceCount: initiatives.count, pairs: children)

        var byCountry: [CountryCode: [Int]] = [:]
        for index in territories.indices { byCountry[territories[index].country, default: []].append(index) }
        territoriesByCountry = byCountry

        let countryBits = territories.indices.map { Countries.mask([territories[$0].country]) }
        territoryCountryBit = countryBits

        // Worked out once and kept in the cache entry: a store from a warm cache takes them as they are.
        let built = indexes.flatMap { $0.fits(territories: territories.count, initiatives: initiatives.count, memberships: memberships.count) ? $0 : nil }
            ?? StoreIndexes(territories: territories, initiatives: initiatives, membershipTerritory: membershipTerritory,
                            membershipInitiative: membershipInitiative, roles: membershipRole, children: childrenByInitiative,
                            countryBits: countryBits, pendingNames: pendingNames,
                            byTerritory: resolved?.byTerritory)
        membershipsByTerritory = built.membershipsByTerritory
        membershipsByInitiative = built.membershipsByInitiative
        collaborationCounts = built.collaborationCounts
        initiativeCountryMasks = built.initiativeCountryMasks
        initiativeMemberCounts = built.initiativeMemberCounts
        leadsByInitiative = built.leadsByInitiative
        names = built.names

        // What every dashboard frame needs, worked out now rather than in the first frame.
        _ = tree(.networks)
        _ = tree(.platforms)
        _ = headlineTotal
    }

    /// What this store worked out from its records, for a cache entry.
    public var indexes: StoreIndexes {
        StoreIndexes(membershipsByTerritory: membershipsByTerritory, membershipsByInitiative: membershipsByInitiative,
                     collaborationCounts: collaborationCounts, initiativeCountryMasks: initiativeCountryMasks,
                     initiativeMemberCounts: initiativeMemberCounts, leadsByInitiative: leadsByInitiative, names: names)
    }

    public static func bundled() -> Store { Store(catalog: CatalogLoader.loadBundled()) }
}
