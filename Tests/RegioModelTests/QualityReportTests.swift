import Testing
@testable import RegioModel

@Suite("Data-quality report")
struct QualityReportTests {
    /// Counted by hand: 3 territories, 2 initiatives, 4 memberships.
    static let store: Store = {
        let seed = "seed:press release"
        let territories = [
            Territory(id: "a", kind: .region, name: "A", country: "SE", sources: ["https://a", seed]),
            Territory(id: "b", kind: .region, name: "B", country: "FI", sources: ["https://b"], conflict: "b or c"),
            Territory(id: "c", kind: .city, name: "C", country: "FI", sources: [seed]),
        ]
        let initiatives = [
            Initiative(id: "pilot", kind: .pilotAction, name: "Pilot", sources: ["https://p", "https://q"],
                       counts: [AnnouncedCount(key: "regions", value: 5), AnnouncedCount(key: "cities", value: 1),
                                AnnouncedCount(key: "applicant_consortia", value: 9)]),
            Initiative(id: "net", kind: .network, name: "Net", parent: "pilot", sources: ["seed:other"],
                       conflict: "ends 2020 or 2021"),
        ]
        let memberships = [
            Membership(territory: "a", initiative: "pilot", role: .participant, sources: ["https://m"]),
            Membership(territory: "b", initiative: "pilot", role: .participant, sources: ["https://m", "https://n"],
                       confidence: .inferred),
            Membership(territory: "c", initiative: "pilot", role: .participant, sources: [seed, "https://o"]),
            Membership(territory: "a", initiative: "net", role: .lead, sources: ["https://m"], confidence: .inferred,
                       conflict: "lead or co-lead"),
        ]
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }()

    @Test func statedAndInferredPerInitiative() {
        let report = Self.store.qualityReport()
        #expect(report.confidences.map(\.initiative) == ["net", "pilot"])  // name order
        #expect(report.confidences.map(\.stated) == [0, 2])
        #expect(report.confidences.map(\.inferred) == [1, 1])
        #expect(report.statedMemberships == 2 && report.inferredMemberships == 2)
    }

    @Test func singleSourcesAndSeeds() {
        let report = Self.store.qualityReport()
        let rows = Dictionary(uniqueKeysWithValues: report.sourcing.map { ($0.kind, $0) })
        #expect(rows["territories"] == .init(kind: "territories", records: 3, singleSource: 2, noSource: 0,
                                             citingSeeds: 2, seedCitations: 2))
        #expect(rows["initiatives"] == .init(kind: "initiatives", records: 2, singleSource: 1, noSource: 0,
                                             citingSeeds: 1, seedCitations: 1))
        #expect(rows["memberships"] == .init(kind: "memberships", records: 4, singleSource: 2, noSource: 0,
                                             citingSeeds: 1, seedCitations: 1))
        #expect(report.distinctSeeds == 2)
    }

    @Test func conflictsAndGaps() {
        let report = Self.store.qualityReport()
        #expect(report.conflicts.map(\.record) == ["b", "net", "a in net"])
        #expect(report.conflicts.map(\.kind) == ["territory", "initiative", "membership"])
        // 5 regions announced, 2 listed (a and b); 1 city announced and listed (no gap); consortia not derivable.
        #expect(report.gaps == [.init(initiative: "pilot", key: "regions", announced: 5, listed: 2),
                                .init(initiative: "pilot", key: "applicant_consortia", announced: 9, listed: nil)])
    }

    @Test func theBundledDataCites72Seeds() {
        // The issue counted 72 seed citations in the data as it stood; the spot-check fixes added none.
        let report = bundledStore.qualityReport()
        #expect(report.sourcing.reduce(0) { $0 + $1.seedCitations } == 72)
        #expect(report.conflicts.count == 12)
    }
}
