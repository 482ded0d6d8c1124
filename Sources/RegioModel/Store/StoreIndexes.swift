/// What a store works out from its records once their ids are resolved: who takes part in what, counts
/// and country masks over the initiative trees, the leads, and the name indexes. The slowest part of
/// building a store, so a cache entry keeps it beside the catalog (see `CatalogCache`) and a warm open
/// skips it. Opaque outside the model: the executable only hands it from a store to its cache entry.
public struct StoreIndexes: Sendable {
    /// Membership indices per territory and per initiative.
    var membershipsByTerritory: Adjacency
    var membershipsByInitiative: Adjacency
    /// Distinct initiatives per territory.
    var collaborationCounts: [Int32]
    /// Per initiative, including everything below it, the countries of its members as bits.
    var initiativeCountryMasks: [UInt64]
    /// Distinct member territories per initiative, including everything below it.
    var initiativeMemberCounts: [Int32]
    /// Territories with role lead or co-lead, per initiative.
    var leadsByInitiative: Adjacency
    var names: NameIndexes

    /// `membershipTerritory` and `membershipInitiative` hold each membership's record numbers (-1 when
    /// unresolved); `children` the initiative trees; `countryBits` each territory's country as a bit;
    /// `pendingNames` the name indexes of these territories and initiatives when they are already being made,
    /// `byTerritory` the resolved memberships grouped by territory when the loader has grouped them.
    init(territories: [Territory], initiatives: [Initiative], membershipTerritory: [Int32],
         membershipInitiative: [Int32], roles: [Role], children: Adjacency, countryBits: [UInt64],
         pendingNames: Parallel.Pending<NameIndexes>? = nil, byTerritory: Adjacency? = nil) {
        // Names (folding, sorting, the search index) need nothing else: another core builds them while
        // this one links the records.
        let pendingNames = pendingNames ?? Parallel.start { NameIndexes(territories: territories, initiatives: initiatives) }

        // A membership whose territory or initiative is unknown is in neither index.
        let byTerritory = byTerritory.flatMap { $0.sourceCount == territories.count ? $0 : nil }
            ?? Adjacency(sourceCount: territories.count, sourceOf: membershipTerritory) { membershipInitiative[$0] >= 0 }
        // The member counts over the initiative trees take longest, and need only the grouping by
        // territory: for large data other cores work them out while this one does the rest.
        let memberCounts: @Sendable () -> [Int32] = {
            SubtreeMemberCounts.compute(initiativeCount: initiatives.count, territoryCount: territories.count,
                                        children: children, membershipsByTerritory: byTerritory,
                                        membershipInitiative: membershipInitiative)
        }
        let pendingMemberCounts = membershipTerritory.count >= Parallel.worthAThread ? Parallel.start(memberCounts) : nil

        let byInitiative = Adjacency(sourceCount: initiatives.count, sourceOf: membershipInitiative) { membershipTerritory[$0] >= 0 }
        membershipsByTerritory = byTerritory
        membershipsByInitiative = byInitiative

        // Distinct initiatives per territory, with a stamp per initiative instead of a set per territory.
        var collaborations = [Int32](repeating: 0, count: territories.count)
        var lastTerritory = [Int32](repeating: -1, count: initiatives.count)
        for territory in territories.indices {
            var count: Int32 = 0
            for membership in byTerritory[territory] {
                let initiative = Int(membershipInitiative[Int(membership)])
                if lastTerritory[initiative] != Int32(territory) { lastTerritory[initiative] = Int32(territory); count += 1 }
            }
            collaborations[territory] = count
        }
        collaborationCounts = collaborations

        // Country masks bottom-up: an initiative's mask is its own members' countries OR its children's,
        // so one pass in post-order covers every subtree in linear time.
        var countryMasks = [UInt64](repeating: 0, count: initiatives.count)
        var done = [Bool](repeating: false, count: initiatives.count)
        for root in initiatives.indices where !done[root] {
            var stack: [(Int, Bool)] = [(root, false)]
            while let (current, childrenDone) = stack.popLast() {
                if childrenDone {
                    var mask: UInt64 = 0
                    for membership in byInitiative[current] { mask |= countryBits[Int(membershipTerritory[Int(membership)])] }
                    for child in children[current] { mask |= countryMasks[Int(child)] }
                    countryMasks[current] = mask
                    continue
                }
                guard !done[current] else { continue }
                done[current] = true
                stack.append((current, true))
                for child in children[current] where !done[Int(child)] { stack.append((Int(child), false)) }
            }
        }
        initiativeCountryMasks = countryMasks

        var leads: [(source: Int32, target: Int32)] = []
        for (index, role) in roles.enumerated() where role == .lead || role == .coLead {
            let initiative = membershipInitiative[index], territory = membershipTerritory[index]
            if initiative >= 0 && territory >= 0 { leads.append((initiative, territory)) }
        }
        leadsByInitiative = Adjacency(sourceCount: initiatives.count, pairs: leads)

        initiativeMemberCounts = pendingMemberCounts?.wait() ?? memberCounts()
        names = pendingNames.wait()
    }

    init(membershipsByTerritory: Adjacency, membershipsByInitiative: Adjacency, collaborationCounts: [Int32],
         initiativeCountryMasks: [UInt64], initiativeMemberCounts: [Int32], leadsByInitiative: Adjacency,
         names: NameIndexes) {
        self.membershipsByTerritory = membershipsByTerritory
        self.membershipsByInitiative = membershipsByInitiative
        self.collaborationCounts = collaborationCounts
        self.initiativeCountryMasks = initiativeCountryMasks
        self.initiativeMemberCounts = initiativeMemberCounts
        self.leadsByInitiative = leadsByInitiative
        self.names = names
    }

    /// Whether these are indexes of a store with so many records (a cheap guard; a cache entry's decoder
    /// checks every number against the catalog).
    func fits(territories: Int, initiatives: Int, memberships: Int) -> Bool {
        membershipsByTerritory.sourceCount == territories && membershipsByInitiative.sourceCount == initiatives
            && collaborationCounts.count == territories && initiativeCountryMasks.count == initiatives
            && initiativeMemberCounts.count == initiatives && leadsByInitiative.sourceCount == initiatives
            && names.territoryNameRank.count == territories && names.initiativeNameRank.count == initiatives
    }
}
