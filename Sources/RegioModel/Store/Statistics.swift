import Foundation

/// An announced total next to what the data actually lists, e.g. 63 regions announced, 44 listed.
public struct CountComparison: Equatable, Sendable {
    public var key: String
    public var label: String
    public var announced: Int
    /// Nil when the data cannot say (for example "applicant consortia").
    public var listed: Int?
}

extension Store {
    /// Announced totals of an initiative beside the number its listed direct members give.
    public func listedVersusAnnounced(initiative index: Int) -> [CountComparison] {
        let initiative = initiatives[index]
        guard !initiative.counts.isEmpty else { return [] }
        // Direct members only: a territory in a sub-initiative (a consortium inside the PRI pilot, say) is not
        // thereby stated to be among the selected participants.
        // Record numbers, not records: an initiative of a hundred thousand members would otherwise copy
        // every one of them.
        let members = Set(directMembers(ofInitiative: index).map(\.territory))
        func membersOf(_ kinds: TerritoryKind...) -> Int { members.count { kinds.contains(territories[$0].kind) } }
        return initiative.counts.map { count in
            let listed: Int?
            switch count.key {
            case "regions": listed = membersOf(.region, .group)
            case "cities": listed = membersOf(.city)
            case "member_states": listed = membersOf(.memberState)
            case "member_states_represented":
                // EU member states only: a Norwegian or British partner does not represent one.
                listed = Set(members.map { territories[$0].country }.filter { Countries.named($0)?.isEUMember == true }).count
            case "territories_total", "territories", "members": listed = members.count
            case "networks": listed = children(ofInitiative: index).filter { initiatives[$0].kind == .network }.count
            default: listed = nil
            }
            return CountComparison(key: count.key, label: String(count.key.map { $0 == "_" ? " " : $0 }),
                                   announced: count.value, listed: listed)
        }
    }

    /// The first initiative (in store order) that announces a total of territories, with how many it
    /// lists: the dashboard's headline ("PRI 54/74 listed"). Worked out once per store.
    public var headlineTotal: (initiative: Int, listed: Int, announced: Int)? {
        cache.headline {
            for index in initiativesWithAnnouncedCounts {
                if let total = listedVersusAnnounced(initiative: index).first(where: {
                    $0.listed != nil && ["territories_total", "territories", "members"].contains($0.key)
                }), let listed = total.listed {
                    return (index, listed, total.announced)
                }
            }
            return nil
        }
    }

    /// Initiatives that carry announced totals, in store order.
    public var initiativesWithAnnouncedCounts: [Int] {
        initiatives.indices.filter { !initiatives[$0].counts.isEmpty }
    }

    public func territoryCountsByKind() -> [(kind: TerritoryKind, count: Int)] {
        let counts = Dictionary(grouping: territories, by: \.kind).mapValues(\.count)
        return TerritoryKind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }

    public func initiativeCountsByKind() -> [(kind: InitiativeKind, count: Int)] {
        let counts = Dictionary(grouping: initiatives, by: \.kind).mapValues(\.count)
        return InitiativeKind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }

    public func membershipCountsByRole() -> [(role: Role, count: Int)] {
        let counts = Dictionary(grouping: memberships.roles, by: { $0 }).mapValues(\.count)
        return Role.allCases.compactMap { role in counts[role].map { (role, $0) } }
    }

    /// Territories and memberships per country, for every country present in the data.
    public func countsByCountry() -> [(country: CountryCode, territories: Int, memberships: Int)] {
        countriesPresent.map { code in
            let indices = territoriesByCountry[code] ?? []
            return (code, indices.count, indices.reduce(0) { $0 + membershipsByTerritory.count(of: $1) })
        }
    }

    public var inferredMembershipCount: Int { memberships.confidences.lazy.filter { $0 == .inferred }.count }
}
