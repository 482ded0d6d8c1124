/// A one-to-many index in two flat arrays (compressed sparse rows): the targets of source `s` are
/// `targets[offsets[s]..<offsets[s+1]]`. One allocation per index instead of one per source, which
/// matters at a million memberships.
public struct Adjacency: Sendable {
    // Readable inside the module for the cache's encoding (`StoreIndexes+Snapshot`).
    private(set) var offsets: [Int32]
    private(set) var targets: [Int32]

    /// Lists as they were encoded; the decoder checks them.
    init(offsets: [Int32], targets: [Int32]) {
        self.offsets = offsets
        self.targets = targets
    }

    /// `pairs` yields (source, target); targets keep the order in which they were given.
    public init(sourceCount: Int, pairs: [(source: Int32, target: Int32)]) {
        var offsets = [Int32](repeating: 0, count: sourceCount + 1)
        for pair in pairs { offsets[Int(pair.source) + 1] += 1 }
        for index in 0..<sourceCount { offsets[index + 1] += offsets[index] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            targets[Int(next[Int(pair.source)])] = pair.target
            next[Int(pair.source)] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// The positions of `sourceOf` grouped by their value (each membership under its territory, say), in
    /// order, without a list of pairs in between; negative sources and positions `keep` refuses are left out.
    init(sourceCount: Int, sourceOf: [Int32], keep: (Int) -> Bool) {
        var offsets = [Int32](repeating: 0, count: sourceCount + 1)
        var kept = 0
        for (position, source) in sourceOf.enumerated() where source >= 0 && keep(position) {
            offsets[Int(source) + 1] += 1
            kept += 1
        }
        for index in 0..<sourceCount { offsets[index + 1] += offsets[index] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: kept)
        for (position, source) in sourceOf.enumerated() where source >= 0 && keep(position) {
            targets[Int(next[Int(source)])] = Int32(position)
            next[Int(source)] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    public subscript(source: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[source])..<Int(offsets[source + 1])]
    }

    public func count(of source: Int) -> Int { Int(offsets[source + 1] - offsets[source]) }

    var sourceCount: Int { offsets.count - 1 }
}
