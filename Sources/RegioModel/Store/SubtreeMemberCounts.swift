/// Distinct territories under each initiative (its own members and those of every initiative below it),
/// for all initiatives at once in O((initiatives + memberships) · log memberships), whatever the shape of
/// the tree. Walking each initiative's subtree on its own costs the sum of all subtree sizes, which is
/// quadratic for a deep chain (a 100,000-deep parent chain took minutes).
///
/// How: a depth-first walk lays the memberships out so that every subtree is one contiguous range, and the
/// number of distinct values in each range is counted offline, sweeping left to right with a Fenwick tree
/// that holds a 1 only at each territory's latest position.
enum SubtreeMemberCounts {
    static func compute(initiativeCount: Int, territoryCount: Int, children: Adjacency,
                        membershipsByInitiative: Adjacency, membershipTerritory: [Int32]) -> [Int32] {
        // Lay out: each initiative's range [start, end) of territories in walk order.
        var sequence: [Int32] = []
        var start = [Int32](repeating: 0, count: initiativeCount)
        var end = [Int32](repeating: 0, count: initiativeCount)
        var visited = [Bool](repeating: false, count: initiativeCount)
        var hasParent = [Bool](repeating: false, count: initiativeCount)
        for initiative in 0..<initiativeCount { for child in children[initiative] { hasParent[Int(child)] = true } }
        // Roots first; then anything left (only a cycle, which validation rejects, can be left).
        let order = (0..<initiativeCount).filter { !hasParent[$0] } + (0..<initiativeCount).filter { hasParent[$0] }
        for root in order where !visited[root] {
            var stack: [(initiative: Int, leaving: Bool)] = [(root, false)]
            visited[root] = true
            while let (current, leaving) = stack.popLast() {
                if leaving { end[current] = Int32(sequence.count); continue }
                start[current] = Int32(sequence.count)
                for membership in membershipsByInitiative[current] {
                    let territory = membershipTerritory[Int(membership)]
                    if territory >= 0 { sequence.append(territory) }
                }
                stack.append((current, true))
                for child in children[current] where !visited[Int(child)] {
                    visited[Int(child)] = true
                    stack.append((Int(child), false))
                }
            }
        }

        // Queries bucketed by the end of their range, so the sweep answers each when it gets there.
        let queriesByEnd = Adjacency(sourceCount: sequence.count + 1,
                                     pairs: (0..<initiativeCount).map { (end[$0], Int32($0)) })
        var counts = [Int32](repeating: 0, count: initiativeCount)
        var fenwick = Fenwick(count: sequence.count)
        var latest = [Int32](repeating: -1, count: territoryCount)
        for position in 0...sequence.count {
            for query in queriesByEnd[position] {
                let initiative = Int(query)
                counts[initiative] = Int32(fenwick.sum(below: position) - fenwick.sum(below: Int(start[initiative])))
            }
            guard position < sequence.count else { break }
            let territory = Int(sequence[position])
            if latest[territory] >= 0 { fenwick.add(-1, at: Int(latest[territory])) }
            fenwick.add(1, at: position)
            latest[territory] = Int32(position)
        }
        return counts
    }
}

/// Prefix sums with point updates, both in O(log n).
private struct Fenwick {
    private var tree: [Int32]

    init(count: Int) { tree = [Int32](repeating: 0, count: count + 1) }

    mutating func add(_ value: Int32, at index: Int) {
        var i = index + 1
        while i < tree.count { tree[i] += value; i += i & -i }
    }

    /// The sum of positions 0..<index.
    func sum(below index: Int) -> Int {
        var i = index, total = 0
        while i > 0 { total += Int(tree[i]); i -= i & -i }
        return total
    }
}
