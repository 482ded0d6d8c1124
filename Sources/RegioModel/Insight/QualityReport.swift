/// What an analyst checks before quoting a number from the data: how much of each initiative is stated
/// rather than inferred, which facts rest on one source, which cite the original press material (a
/// `seed:`) rather than a URL, where sources disagree, and where announced totals and the list differ.
public struct QualityReport: Equatable, Sendable {
    /// Direct memberships of one initiative by confidence.
    public struct Confidences: Equatable, Sendable {
        public var initiative: String
        public var name: String
        public var stated: Int
        public var inferred: Int
    }

    /// Records of one kind (`territories`, `initiatives`, `memberships`) and how they are sourced.
    public struct Sourcing: Equatable, Sendable {
        public var kind: String
        public var records: Int
        public var singleSource: Int
        public var noSource: Int
        /// Records citing at least one seed, and seed citations in all (a record may cite two).
        public var citingSeeds: Int
        public var seedCitations: Int
    }

    /// A record's `conflict` note.
    public struct Conflict: Equatable, Sendable {
        public var kind: String
        public var record: String
        public var text: String
    }

    /// An announced total that the listed members do not reach (or exceed), or cannot be compared with.
    public struct Gap: Equatable, Sendable {
        public var initiative: String
        public var key: String
        public var announced: Int
        public var listed: Int?
    }

    public var confidences: [Confidences]
    public var sourcing: [Sourcing]
    /// Distinct seeds cited anywhere (`seed:` sources).
    public var distinctSeeds: Int
    public var conflicts: [Conflict]
    public var gaps: [Gap]

    public var statedMemberships: Int { confidences.reduce(0) { $0 + $1.stated } }
    public var inferredMemberships: Int { confidences.reduce(0) { $0 + $1.inferred } }
}

extension Store {
    public func qualityReport() -> QualityReport {
        var stated = [Int](repeating: 0, count: initiatives.count), inferred = stated
        for membership in memberships.indices {
            let initiative = initiative(ofMembership: membership)
            if memberships[membership].confidence == .inferred { inferred[initiative] += 1 } else { stated[initiative] += 1 }
        }
        let confidences = initiatives.indices.sorted(by: initiativeNameOrder)
            .filter { stated[$0] + inferred[$0] > 0 }
            .map { QualityReport.Confidences(initiative: initiatives[$0].id, name: initiatives[$0].name,
                                             stated: stated[$0], inferred: inferred[$0]) }

        var seeds: Set<String> = []
        func sourcing(_ kind: String, _ lists: [[String]]) -> QualityReport.Sourcing {
            var result = QualityReport.Sourcing(kind: kind, records: lists.count, singleSource: 0, noSource: 0,
                                                citingSeeds: 0, seedCitations: 0)
            for sources in lists {
                if sources.count == 1 { result.singleSource += 1 }
                if sources.isEmpty { result.noSource += 1 }
                let cited = sources.filter { $0.hasPrefix(Self.seedPrefix) }
                if !cited.isEmpty { result.citingSeeds += 1 }
                result.seedCitations += cited.count
                seeds.formUnion(cited)
            }
            return result
        }
        let sourcingRows = [sourcing("territories", territories.map(\.sources)),
                            sourcing("initiatives", initiatives.map(\.sources)),
                            sourcing("memberships", memberships.map(\.sources))]

        var conflicts: [QualityReport.Conflict] = []
        for territory in territories { if let text = territory.conflict { conflicts.append(.init(kind: "territory", record: territory.id, text: text)) } }
        for initiative in initiatives { if let text = initiative.conflict { conflicts.append(.init(kind: "initiative", record: initiative.id, text: text)) } }
        for membership in memberships {
            if let text = membership.conflict {
                conflicts.append(.init(kind: "membership", record: "\(membership.territory) in \(membership.initiative)", text: text))
            }
        }

        let gaps = initiativesWithAnnouncedCounts.flatMap { index in
            listedVersusAnnounced(initiative: index).filter { $0.listed != $0.announced }.map {
                QualityReport.Gap(initiative: initiatives[index].id, key: $0.key, announced: $0.announced, listed: $0.listed)
            }
        }
        return QualityReport(confidences: confidences, sourcing: sourcingRows, distinctSeeds: seeds.count,
                             conflicts: conflicts, gaps: gaps)
    }

    /// How a source names the original press material instead of a URL.
    static let seedPrefix = "seed:"
}
