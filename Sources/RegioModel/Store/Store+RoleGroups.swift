/// An initiative's memberships, its own and those of everything below it, in a group per role.
public struct RoleGroup: Equatable, Sendable {
    public var role: Role
    /// How many memberships the role has.
    public var count: Int
    /// The first of them by territory name (ties: direct members first), at most as many as asked for.
    public var first: [Int]
}

extension Store {
    /// The roles in `Role.allCases` order that have a membership in the initiative or below it, each with
    /// its count and its first `limit` memberships by territory name. One pass over the memberships with
    /// the store's arrays at hand: a root initiative at a million memberships has a hundred thousand and
    /// more, and its detail view is laid out on the key that opens it.
    public func roleGroups(underInitiative initiative: Int, limit: Int) -> [RoleGroup] {
        let memberships = membershipIndices(underInitiative: initiative)
        let roles = Role.allCases
        let rank = names.territoryNameRank
        var byRole = [[Int]](repeating: [], count: roles.count)
        for (position, membership) in memberships.enumerated() {
            let role = roles.firstIndex(of: membershipRole[membership])!
            byRole[role].append(Int(rank[Int(membershipTerritory[membership])]) << 32 | position)
        }
        return roles.indices.filter { !byRole[$0].isEmpty }.map { role in
            RoleGroup(role: roles[role], count: byRole[role].count,
                      first: byRole[role].smallest(limit).map { memberships[$0 & 0xFFFF_FFFF] })
        }
    }
}
