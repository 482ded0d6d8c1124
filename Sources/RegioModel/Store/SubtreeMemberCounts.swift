/// Distinct territories under each initiative (its own members and those of every initiative below it),
/// for all initiatives at once in about O(memberships + initiatives · log initiatives), whatever the shape
/// of the tree. Walking each initiative's subtree on its own costs the sum of all subtree sizes, which is
/// quadratic for a deep chain (a 100,000-deep parent chain took minutes).
///
/// How: each territory's initiatives, taken in the order of a depth-first walk, add 1 at each of them and
/// take 1 away at the lowest common ancestor of each neighbouring pair; the sum of these marks over a
/// subtree is then the number of distinct territories in it (each territory is counted once at the top of
/// the part of the tree it spans). Territories are independent of one another, so at a million
/// memberships they are shared out over the cores. (The previous way, a Fenwick tree swept over all
/// memberships in walk order, took one core 80 ms at a million.)
enum SubtreeMemberCounts {
    static func compute(initiativeCount: Int, territoryCount: Int, children: Adjacency,
                        membershipsByTerritory: Adjacency, membershipInitiative: [Int32]) -> [Int32] {
        let tree = WalkedForest(initiativeCount: initiativeCount, children: children)
        let parts = max(1, min(Parallel.width, membershipInitiative.count / Parallel.worthAThread))
        // One array of marks per part of the territories, added up afterwards.
        let marks = SharedOutput((0..<parts).map { _ in
            UnsafeMutableBufferPointer<Int32>.allocate(capacity: initiativeCount)
        })
        defer { marks.value.forEach { $0.deallocate() } }
        Parallel.run(parts) { part in
            let own = marks.value[part]
            own.initialize(repeating: 0)
            var walkOrder: [(order: Int32, initiative: Int32)] = []
            for territory in territoryCount * part / parts ..< territoryCount * (part + 1) / parts {
                walkOrder.removeAll(keepingCapacity: true)
                for membership in membershipsByTerritory[territory] {
                    let initiative = membershipInitiative[Int(membership)]
                    if initiative >= 0 { walkOrder.append((tree.order[Int(initiative)], initiative)) }
                }
                guard !walkOrder.isEmpty else { continue }
                walkOrder.sort { $0.order < $1.order }
                var previous: Int32 = -1
                for (_, initiative) in walkOrder where initiative != previous {
                    own[Int(initiative)] += 1
                    if previous >= 0, let shared = tree.lowestCommonAncestor(previous, initiative) { own[Int(shared)] -= 1 }
                    previous = initiative
                }
            }
        }
        // Subtree sums: children before parents, that is, backwards in walk order.
        var counts = [Int32](repeating: 0, count: initiativeCount)
        for part in marks.value { for index in 0..<initiativeCount { counts[index] += part[index] } }
        for initiative in tree.byOrder.reversed() where tree.parent[Int(initiative)] >= 0 {
            counts[Int(tree.parent[Int(initiative)])] += counts[Int(initiative)]
        }
        return counts
    }
}

/// The initiative trees walked depth first from their roots (and then from anything left, which only a
/// parent cycle can leave: validation rejects those), with what answers a lowest-common-ancestor question
/// in constant time: the walk's Euler tour and a sparse table of its shallowest entries.
private struct WalkedForest {
    /// Each initiative's place in the walk, the initiatives in that order, and each one's parent in the walk
    /// (-1 at a root).
    var order: [Int32]
    var byOrder: [Int32] = []
    var parent: [Int32]
    /// The tour (each initiative on entering it and again after each child), each initiative's first place
    /// in it, its depth, and which tree of the forest it is in.
    private var tour: [Int32] = []
    private var firstInTour: [Int32]
    private var depth: [Int32]
    private var treeOf: [Int32]
    /// `levels[k][i]`: the shallowest entry of tour[i ..< i + 2^k], all levels in one array, level k
    /// starting at `levelStarts[k]`.
    private var levels: [Int32] = []
    private var levelStarts: [Int] = []

    init(initiativeCount: Int, children: Adjacency) {
        order = [Int32](repeating: -1, count: initiativeCount)
        parent = [Int32](repeating: -1, count: initiativeCount)
        firstInTour = [Int32](repeating: 0, count: initiativeCount)
        depth = [Int32](repeating: 0, count: initiativeCount)
        treeOf = [Int32](repeating: -1, count: initiativeCount)
        byOrder.reserveCapacity(initiativeCount)
        tour.reserveCapacity(2 * initiativeCount)
        var hasParent = [Bool](repeating: false, count: initiativeCount)
        for initiative in 0..<initiativeCount { for child in children[initiative] { hasParent[Int(child)] = true } }
        let starts = (0..<initiativeCount).filter { !hasParent[$0] } + (0..<initiativeCount).filter { hasParent[$0] }
        var stack: [(initiative: Int32, nextChild: Int)] = []
        for root in starts where order[root] < 0 {
            visit(Int32(root), from: -1, tree: Int32(root), &stack)
            while let (current, nextChild) = stack.last {
                let kids = children[Int(current)]
                var index = nextChild
                while index < kids.count, order[Int(kids[kids.startIndex + index])] >= 0 { index += 1 }
                if index < kids.count {
                    stack[stack.count - 1].nextChild = index + 1
                    visit(kids[kids.startIndex + index], from: current, tree: Int32(root), &stack)
                } else {
                    stack.removeLast()
                    if let up = stack.last { tour.append(up.initiative) }
                }
            }
        }
        buildLevels()
    }

    private mutating func visit(_ initiative: Int32, from parentInitiative: Int32, tree: Int32,
                                _ stack: inout [(initiative: Int32, nextChild: Int)]) {
        let index = Int(initiative)
        order[index] = Int32(byOrder.count)
        byOrder.append(initiative)
        parent[index] = parentInitiative
        depth[index] = parentInitiative >= 0 ? depth[Int(parentInitiative)] + 1 : 0
        treeOf[index] = tree
        firstInTour[index] = Int32(tour.count)
        tour.append(initiative)
        stack.append((initiative, 0))
    }

    private mutating func buildLevels() {
        levels = tour
        levelStarts = [0]
        var width = 1
        var previousStart = 0
        while width * 2 <= tour.count {
            let start = levels.count
            levelStarts.append(start)
            for index in 0...(tour.count - width * 2) {
                let a = levels[previousStart + index], b = levels[previousStart + index + width]
                levels.append(depth[Int(a)] <= depth[Int(b)] ? a : b)
            }
            previousStart = start
            width *= 2
        }
    }

    /// The lowest initiative above or at both, or nil when they are in different trees.
    func lowestCommonAncestor(_ a: Int32, _ b: Int32) -> Int32? {
        guard treeOf[Int(a)] == treeOf[Int(b)] else { return nil }
        var low = Int(firstInTour[Int(a)]), high = Int(firstInTour[Int(b)])
        if low > high { swap(&low, &high) }
        let span = high - low + 1
        let level = Int.bitWidth - 1 - span.leadingZeroBitCount
        let start = levelStarts[level]
        let first = levels[start + low], second = levels[start + high - (1 << level) + 1]
        return depth[Int(first)] <= depth[Int(second)] ? first : second
    }
}
