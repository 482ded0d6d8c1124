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
    /// its count and its first `limit` memberships by territory name (ties in the order of
    /// `membershipIndices`: direct members first). The memberships are marked, then read in the order
    /// of the store's arrays rather than scattered over a million of them, and only the first `limit`
    /// of each role are kept: a root initiative at a million memberships has a hundred thousand and
    /// more, and its detail view is laid out on the key that opens it.
    public func roleGroups(underInitiative initiative: Int, limit: Int) -> [RoleGroup] {
        let roles = Role.allCases
        let rank = names.territoryNameRank
        // Each initiative's place in the walk: `membershipIndices` lists an initiative's memberships
        // together, in store order, and the initiatives in this order.
        var place = [Int32](repeating: -1, count: initiatives.count)
        var marked = [UInt64](repeating: 0, count: (membershipRole.count + 63) / 64)
        var walked: Int32 = 0
        forEachInitiative(under: initiative) { current in
            place[current] = walked
            walked += 1
            for membership in membershipsByInitiative[current] { marked[Int(membership) >> 6] |= 1 << UInt64(membership & 63) }
        }
        var counts = [Int](repeating: 0, count: roles.count)
        var first = [SmallestKeys](repeating: SmallestKeys(limit: limit), count: roles.count)
        // Per role, the highest name rank that can still be kept: marks are read in ascending order, so
        // once a role has its `limit`, a later membership whose territory's name comes after the last kept
        // one's never gets in. Most of a large initiative's memberships are passed over on this one test,
        // without reading their initiative or touching the heap.
        var bound = [Int](repeating: .max, count: roles.count)
        for word in marked.indices where marked[word] != 0 {
            var bits = marked[word]
            while bits != 0 {
                let membership = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                let role = membershipRole[membership].order
                counts[role] += 1
                let nameRank = Int(rank[Int(membershipTerritory[membership])])
                guard nameRank <= bound[role] else { continue }
                // By name, then by place in the walk, then (as a key's value) in store order.
                first[role].offer(nameRank << 32 | Int(place[Int(membershipInitiative[membership])]), membership)
                if let largest = first[role].largestWhenFull { bound[role] = largest >> 32 }
            }
        }
        return roles.indices.filter { counts[$0] > 0 }.map { role in
            RoleGroup(role: roles[role], count: counts[role], first: first[role].ascending.map(\.value))
        }
    }
}
