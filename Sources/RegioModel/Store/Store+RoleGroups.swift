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
    /// more, and its detail view is laid out on the key that opens it. From `parallelFrom` memberships
    /// on, the marks are read on every core (in two parts at least, so that the merge is always tested).
    public func roleGroups(underInitiative initiative: Int, limit: Int, parallelFrom: Int = 50_000) -> [RoleGroup] {
        let roles = Role.allCases
        // Each initiative's place in the walk: `membershipIndices` lists an initiative's memberships
        // together, in store order, and the initiatives in this order.
        var place = [Int32](repeating: -1, count: initiatives.count)
        var marked = [UInt64](repeating: 0, count: (membershipRole.count + 63) / 64)
        var walked: Int32 = 0
        var markedCount = 0
        forEachInitiative(under: initiative) { current in
            place[current] = walked
            walked += 1
            markedCount += membershipsByInitiative[current].count
            for membership in membershipsByInitiative[current] { marked[Int(membership) >> 6] |= 1 << UInt64(membership & 63) }
        }
        // Tens of thousands of marks are read on every core, each part of the array on its own; the
        // parts' first `limit` per role are then merged.
        let parts = markedCount >= parallelFrom ? max(2, Parallel.width) : 1
        var partial = [(counts: [Int], first: [[SmallestKeys.Pair]])](repeating: ([], []), count: parts)
        partial.withUnsafeMutableBufferPointer { buffer in
            let output = SharedOutput(buffer)
            let (marked, place) = (marked, place)
            Parallel.run(parts) { part in
                let words = marked.count * part / parts ..< marked.count * (part + 1) / parts
                output.value[part] = self.roleGroupParts(marked: marked, words: words, place: place, limit: limit)
            }
        }
        return roles.indices.compactMap { role in
            let count = partial.reduce(0) { $0 + $1.counts[role] }
            guard count > 0 else { return nil }
            let first = parts == 1 ? partial[0].first[role]
                : partial.flatMap { $0.first[role] }.sorted(by: SmallestKeys.precedes).prefix(limit).map { $0 }
            return RoleGroup(role: roles[role], count: count, first: first.map(\.value))
        }
    }

    /// Per role (`Role.allCases` order), the number of marked memberships in `words` of `marked`, and
    /// the first `limit` of them by territory name, then place in the walk, then store order.
    private func roleGroupParts(marked: [UInt64], words: Range<Int>, place: [Int32], limit: Int)
        -> (counts: [Int], first: [[SmallestKeys.Pair]]) {
        let roleCount = Role.allCases.count
        let rank = names.territoryNameRank
        var counts = [Int](repeating: 0, count: roleCount)
        var first = [SmallestKeys](repeating: SmallestKeys(limit: limit), count: roleCount)
        // Per role, the highest name rank that can still be kept: marks are read in ascending order, so
        // once a role has its `limit`, a later membership whose territory's name comes after the last kept
        // one's never gets in. Most of a large initiative's memberships are passed over on this one test,
        // without reading their initiative or touching the heap.
        var bound = [Int](repeating: .max, count: roleCount)
        for word in words where marked[word] != 0 {
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
        return (counts, first.map(\.ascending))
    }
}
