/// The in-memory store: the validated catalog plus the indexes that make every query cost in proportion
/// to its answer. Immutable once built, so it can be shared freely.
public final class Store: Sendable {
    public let territories: [Territory]
    public let initiatives: [Initiative]
    public let memberships: [Membership]
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
    let territoriesByCountry: [CountryCode: [Int]]
    let search: SearchIndex
    /// Folded names, so that sorting by name ignores case and diacritics without folding per comparison.
    let territorySortKeys: [String]
    let initiativeSortKeys: [String]

    public convenience init(catalog: Catalog) {
        self.init(territories: catalog.territories, initiatives: catalog.initiatives,
                  memberships: catalog.memberships, origin: catalog.origin, warnings: catalog.warnings)
    }

    /// The records must resolve (as a `Catalog` from the loader does); unresolved references are skipped.
    public init(territories: [Territory], initiatives: [Initiative], memberships: [Membership],
                origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.territories = territories
        self.initiatives = initiatives
        self.memberships = memberships
        self.origin = origin
        self.warnings = warnings

        var territoryIndex: [String: Int] = [:]
        territoryIndex.reserveCapacity(territories.count)
        for (index, territory) in territories.enumerated() { territoryIndex[territory.id] = index }
        var initiativeIndex: [String: Int] = [:]
        for (index, initiative) in initiatives.enumerated() { initiativeIndex[initiative.id] = index }
        territoryIndexByID = territoryIndex
        initiativeIndexByID = initiativeIndex

        var byTerritory: [(source: Int32, target: Int32)] = []
        var byInitiative: [(source: Int32, target: Int32)] = []
        var membershipTerritory: [Int32] = []
        var membershipInitiative: [Int32] = []
        byTerritory.reserveCapacity(memberships.count)
        byInitiative.reserveCapacity(memberships.count)
        membershipTerritory.reserveCapacity(memberships.count)
        membershipInitiative.reserveCapacity(memberships.count)
        for (index, membership) in memberships.enumerated() {
            let territory = Int32(territoryIndex[membership.territory] ?? -1)
            let initiative = Int32(initiativeIndex[membership.initiative] ?? -1)
            membershipTerritory.append(territory)
            membershipInitiative.append(initiative)
            guard territory >= 0, initiative >= 0 else { continue }
            byTerritory.append((territory, Int32(index)))
            byInitiative.append((initiative, Int32(index)))
        }
        self.membershipTerritory = membershipTerritory
        self.membershipInitiative = membershipInitiative
        membershipsByTerritory = Adjacency(sourceCount: territories.count, pairs: byTerritory)
        membershipsByInitiative = Adjacency(sourceCount: initiatives.count, pairs: byInitiative)

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

        search = SearchIndex(territories: territories, initiatives: initiatives)
        territorySortKeys = territories.map { TextFolding.fold($0.name) }
        initiativeSortKeys = initiatives.map { TextFolding.fold($0.name) }
    }

    public static func bundled() -> Store { Store(catalog: CatalogLoader.loadBundled()) }
}
