import Testing
@testable import RegioModel

/// The compact membership table gives back exactly the records put in, however they are joined.
@Suite struct MembershipTableTests {
    static let records = [
        Membership(territory: "a-long-territory-id-here", initiative: "net", role: .lead, sources: ["https://example.org/1"]),
        Membership(territory: "b", initiative: "net", role: .member, sources: ["https://example.org/1", "file.csv:3"],
                   confidence: .inferred, note: "a note longer than fifteen bytes"),
        Membership(territory: "a-long-territory-id-here", initiative: "platform", role: .partner, sources: [],
                   conflict: "lead or partner"),
        Membership(territory: "c", initiative: "net", role: .coLead, sources: ["https://example.org/1"],
                   note: "a note longer than fifteen bytes", conflict: "lead or partner"),
    ]

    @Test func everyRecordComesBackAsItWasAdded() {
        let table = MembershipTable(Self.records)
        #expect(table.count == 4)
        #expect(Array(table) == Self.records)
        #expect(table.roles == [.lead, .member, .partner, .coLead])
    }

    @Test func joiningTablesKeepsEachRecordWhateverTheOtherTableHeld() {
        // The second table's handles mean different values than the first's (its pools start afresh).
        var first = MembershipTable(Self.records.prefix(2))
        let second = MembershipTable(Self.records.suffix(2).reversed())
        first.append(contentsOf: second)
        #expect(Array(first) == Array(Self.records.prefix(2)) + Self.records.suffix(2).reversed())
    }

    @Test func joiningALargerTableAfterASmallerOneKeepsTheOrder() {
        // The larger table's values are kept and the smaller one's looked up: the order must not change.
        var first = MembershipTable(Self.records.suffix(1))
        first.append(contentsOf: MembershipTable(Self.records.prefix(3)))
        #expect(Array(first) == Array(Self.records.suffix(1)) + Self.records.prefix(3))
        first.append(contentsOf: MembershipTable(Self.records))
        #expect(Array(first) == Array(Self.records.suffix(1)) + Self.records.prefix(3) + Self.records)
        #expect(first.roles == (Array(Self.records.suffix(1)) + Self.records.prefix(3) + Self.records).map(\.role))
    }

    @Test func equalSourceListsInSeparateStorageAreStillTheirOwnValues() {
        var table = MembershipTable()
        var sources = ["https://example.org/x"]
        table.append(Membership(territory: "a", initiative: "n", role: .member, sources: sources))
        sources.append("changed after the first append")
        table.append(Membership(territory: "b", initiative: "n", role: .member, sources: sources))
        #expect(table[0].sources == ["https://example.org/x"])
        #expect(table[1].sources == ["https://example.org/x", "changed after the first append"])
    }

    @Test func renamingChangesOnlyTheIDs() {
        let renamed = MembershipTable(Self.records).renamingIDs(territory: { $0 == "b" ? "b@2" : $0 },
                                                                initiative: { $0 + "!" })
        #expect(renamed.map(\.territory) == ["a-long-territory-id-here", "b@2", "a-long-territory-id-here", "c"])
        #expect(renamed.map(\.initiative) == ["net!", "net!", "platform!", "net!"])
        #expect(renamed.map(\.sources) == Self.records.map(\.sources))
        #expect(renamed.map(\.note) == Self.records.map(\.note))
    }

    @Test func idsResolveToRecordNumbersAndUnknownOnesToMinusOne() {
        let resolved = MembershipTable(Self.records).resolve(territories: ["a-long-territory-id-here": 0, "b": 1],
                                                             initiatives: ["net": 5])
        #expect(resolved.territory == [0, 1, 0, -1])
        #expect(resolved.initiative == [5, 5, -1, 5])
    }

    /// Sources are kept as stems and numbers (`SourceListPool`); every source must come back byte for byte.
    static let awkwardSources = [
        "https://cordis.europa.eu/project/id/101000000", "organization.csv:7", "file.csv:007", "0", "10",
        "12345678901234567890123", "-5", "", "no number", "9223372036854775807", "Malm\u{00F6} 2020",
        "Malmo\u{0308} 2020", "x:00", "x:1e5",
    ]

    @Test func everySourceComesBackByteForByte() {
        var table = MembershipTable()
        for (index, source) in Self.awkwardSources.enumerated() {
            table.append(Membership(territory: "t\(index)", initiative: "n", role: .member, sources: [source, "line:\(index)"]))
        }
        for (index, source) in Self.awkwardSources.enumerated() {
            // Compared as bytes: Swift's == would take ö and o + combining diaeresis for the same.
            #expect(table[index].sources.map { Array($0.utf8) } == [Array(source.utf8), Array("line:\(index)".utf8)])
        }
    }

    @Test func anEqualListAddedAgainIsStoredOnce() {
        var pool = SourceListPool()
        let first = pool.handle(for: ["https://example.org/a/1", "file.csv:2"])
        let other = pool.handle(for: ["https://example.org/a/1", "file.csv:3"])
        let again = pool.handle(for: ["https://example.org/a/1", "file.csv:2"])
        #expect(first == again && first != other)
        #expect(pool.count == 2)
        // Many lists make the table grow; each is still found again.
        let handles = (0..<1_000).map { pool.handle(for: ["https://example.org/a/\($0)"]) }
        #expect((0..<1_000).map { pool.handle(for: ["https://example.org/a/\($0)"]) } == handles)
        #expect(pool.count == 1_002)
        #expect(pool[handles[999]] == ["https://example.org/a/999"])
    }

    @Test func absorbedListsKeepTheirSourcesWhateverTheStemHandles() {
        var first = SourceListPool(), second = SourceListPool()
        _ = first.handle(for: ["b:1"])
        let inSecond = second.handle(for: ["a:5", "b:6"])
        let map = first.absorb(second)
        #expect(first[map[Int(inSecond)]] == ["a:5", "b:6"])
        #expect(first.handle(for: ["b:1"]) == 0)
    }
}
