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
}
