/// A store's indexes (see `StoreIndexes`) in a cache entry, after its catalog. The entry's checksum
/// guards against damage; past it, the decoder checks what could send the store past the end of an
/// array or show a membership wrongly: every number in bounds, each membership listed exactly once
/// under its own territory and initiative, name orders that are permutations, the search names' starts
/// in order. Counts, masks, leads and the order of names are taken as written (a forged entry with a
/// recomputed checksum could make them wrong; no crash).
extension StoreIndexes {
    func write(to writer: inout SnapshotWriter) {
        membershipsByTerritory.write(to: &writer)
        membershipsByInitiative.write(to: &writer)
        writer.int32s(collaborationCounts)
        writer.integers(initiativeCountryMasks)
        writer.int32s(initiativeMemberCounts)
        leadsByInitiative.write(to: &writer)
        // A rank is where its record is in the name order: the order alone is enough.
        writer.int32s(names.territoriesByName)
        writer.int32s(Self.order(ofRanks: names.initiativeNameRank))
        let folding = names.search.folding
        writer.integers(folding.bytes)
        writer.int32s(folding.starts)
        writer.integers(folding.holds)
        writer.integers(folding.beginsWord)
        writer.integers(folding.pairs)
    }

    init(from reader: inout SnapshotReader, of catalog: Catalog) throws(SnapshotError) {
        let territories = catalog.territories.count, initiatives = catalog.initiatives.count
        let memberships = catalog.memberships.count
        // A membership is listed under its own territory and initiative, and only when both resolve (what
        // the store's queries take for granted).
        guard let resolved = catalog.resolved else { throw SnapshotError(message: "store indexes without resolved memberships") }
        let byTerritory = try Adjacency(from: &reader, sources: territories, targetsBelow: memberships,
                                        sourceOf: resolved.territory, alsoResolved: resolved.initiative)
        let byInitiative = try Adjacency(from: &reader, sources: initiatives, targetsBelow: memberships,
                                         sourceOf: resolved.initiative, alsoResolved: resolved.territory)
        let collaborations = try Self.counts(&reader, count: territories)
        let masks: [UInt64] = try reader.integers()
        let memberCounts = try Self.counts(&reader, count: initiatives)
        let leads = try Adjacency(from: &reader, sources: initiatives, targetsBelow: territories)
        let territoriesByName = try reader.int32s()
        guard masks.count == initiatives,
              let territoryRank = Self.ranks(ofOrder: territoriesByName, count: territories),
              let initiativeRank = Self.ranks(ofOrder: try reader.int32s(), count: initiatives)
        else { throw SnapshotError(message: "the store's indexes do not fit the catalog") }
        let folding = SearchIndex.Folding(bytes: try reader.integers(), starts: try reader.int32s(),
                                          holds: try reader.integers(), beginsWord: try reader.integers(),
                                          pairs: try reader.integers())
        guard let search = SearchIndex(territories: catalog.territories, initiatives: catalog.initiatives, folding: folding)
        else { throw SnapshotError(message: "the search index does not fit the catalog") }
        self.init(membershipsByTerritory: byTerritory, membershipsByInitiative: byInitiative,
                  collaborationCounts: collaborations, initiativeCountryMasks: masks, initiativeMemberCounts: memberCounts,
                  leadsByInitiative: leads,
                  names: NameIndexes(search: search, territoriesByName: territoriesByName,
                                     territoryNameRank: territoryRank, initiativeNameRank: initiativeRank))
    }

    private static func counts(_ reader: inout SnapshotReader, count: Int) throws(SnapshotError) -> [Int32] {
        let values = try reader.handles(below: Int(Int32.max))
        guard values.count == count else { throw SnapshotError(message: "a column of counts has the wrong length") }
        return values
    }

    /// Each record's place in `order`; nil unless `order` holds every record number below `count` once.
    static func ranks(ofOrder order: [Int32], count: Int) -> [Int32]? {
        guard order.count == count else { return nil }
        var ranks = [Int32](repeating: -1, count: count)
        for (rank, record) in order.enumerated() {
            guard record >= 0, Int(record) < count, ranks[Int(record)] < 0 else { return nil }
            ranks[Int(record)] = Int32(rank)
        }
        return ranks
    }

    /// The records in order of their ranks (the inverse of `ranks(ofOrder:)`).
    static func order(ofRanks ranks: [Int32]) -> [Int32] {
        var order = [Int32](repeating: 0, count: ranks.count)
        for (record, rank) in ranks.enumerated() { order[Int(rank)] = Int32(record) }
        return order
    }
}

extension Adjacency {
    func write(to writer: inout SnapshotWriter) {
        writer.int32s(offsets)
        writer.int32s(targets)
    }

    /// Lists for `sources` sources whose every target is below `targetsBelow` and, when `sourceOf` is
    /// given, has that source there and a resolved (non-negative) `alsoResolved`.
    init(from reader: inout SnapshotReader, sources: Int, targetsBelow limit: Int,
         sourceOf: [Int32]? = nil, alsoResolved: [Int32] = []) throws(SnapshotError) {
        let offsets = try reader.int32s()
        let targets = try reader.handles(below: limit)
        guard offsets.count == sources + 1, offsets.first == 0, offsets.last == Int32(targets.count),
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw SnapshotError(message: "adjacency lists out of order or of the wrong length") }
        if let sourceOf {
            // Each resolved membership exactly once, under its own source: every list holds only its own,
            // in increasing order (so no one twice), and together as many as resolve on both sides.
            guard sourceOf.count >= limit, alsoResolved.count >= limit else {
                throw SnapshotError(message: "adjacency lists for targets that have no source")
            }
            for source in 0..<sources {
                var previous: Int32 = -1
                for target in targets[Int(offsets[source])..<Int(offsets[source + 1])] {
                    guard target > previous, sourceOf[Int(target)] == Int32(source), alsoResolved[Int(target)] >= 0 else {
                        throw SnapshotError(message: "an adjacency list holds what is not its source's, or twice")
                    }
                    previous = target
                }
            }
            let resolved = zip(sourceOf.prefix(limit), alsoResolved.prefix(limit)).count { $0 >= 0 && $1 >= 0 }
            guard resolved == targets.count else { throw SnapshotError(message: "adjacency lists leave memberships out") }
        }
        self.init(offsets: offsets, targets: targets)
    }
}
