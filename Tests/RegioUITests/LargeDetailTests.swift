import Foundation
import Testing
@testable import RegioModel
@testable import RegioUI

/// An initiative with more members in one role than a detail view lists: the first ones in name order,
/// then a row that says how many more there are and where to see them all; the heading keeps the totals.
@Suite("Large detail views")
struct LargeDetailTests {
    static let memberCount = InitiativeDetail.rowsPerRole + 234

    static let store: Store = {
        let territories = (0..<memberCount).map { Territory(id: "t\($0)", kind: .region, name: String(format: "Region %05d", $0), country: "SE") }
        let initiatives = [Initiative(id: "big", kind: .network, name: "Big network"),
                           Initiative(id: "small", kind: .initiative, name: "Small one", parent: "big")]
        var memberships = territories.map { Membership(territory: $0.id, initiative: "big", role: .member, sources: ["s"]) }
        memberships.append(Membership(territory: "t7", initiative: "big", role: .lead, sources: ["s"]))
        memberships.append(Membership(territory: "t3", initiative: "small", role: .lead, sources: ["s"]))
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }()

    @Test func theListStopsWithACountOfTheRest() {
        let document = DetailDocument.build(.initiative(0), store: Self.store, width: 100)
        let texts = document.rows.map { $0.spans.map(\.text).joined() }
        #expect(texts.contains { $0.contains("MEMBERS (\(Self.memberCount) territories, \(Self.memberCount + 2) memberships)") })
        let memberLinks = document.rows.filter { $0.kind == .link && $0.spans.contains { $0.text.contains("Region") } }
        // The first members up to the limit, and the two leads (one of them through the sub-initiative).
        #expect(memberLinks.count == InitiativeDetail.rowsPerRole + 2)
        let more = texts.filter { $0.contains("more, not listed here") }
        #expect(more.count == 1)
        let rest = Self.memberCount - InitiativeDetail.rowsPerRole
        #expect(more.first?.contains("… and \(rest) more, not listed here: regio show big lists them all") == true)
        // The first ones in name order: Region 00000 … up to the limit, then the count.
        let members = texts.drop { !$0.contains("member (\(Self.memberCount))") }.dropFirst()
        #expect(members.first?.contains("Region 00000") == true)
        let last = String(format: "Region %05d", InitiativeDetail.rowsPerRole - 1)
        #expect(members.dropFirst(InitiativeDetail.rowsPerRole - 1).first?.contains(last) == true)
        #expect(members.dropFirst(InitiativeDetail.rowsPerRole).first?.contains("\(rest) more") == true)
        // The lead through the sub-initiative says so; the direct one does not.
        #expect(texts.contains { $0.contains("Region 00003") && $0.contains("via Small one") })
        #expect(texts.contains { $0.contains("Region 00007") && !$0.contains("via") })
    }

    @Test func theSameDocumentIsBuiltOnceAndReused() {
        let cache = ViewCache()
        let first = DetailDocument.build(.initiative(0), store: Self.store, width: 90, cache: cache)
        let second = DetailDocument.build(.initiative(0), store: Self.store, width: 90, cache: cache)
        #expect(first == second)
        // Another width is laid out anew, another store never gets this one.
        let other = Store(territories: [Territory(id: "x", kind: .region, name: "X", country: "SE")],
                          initiatives: [Initiative(id: "big", kind: .network, name: "Other network")], memberships: [])
        #expect(DetailDocument.build(.initiative(0), store: other, width: 90, cache: cache).title == "Other network")
    }
}

@Suite("Smallest keys")
struct SmallestKeysTests {
    @Test(arguments: [0, 1, 5, 100, 999, 5000])
    func theSmallestInOrderAreThoseOfAFullSort(count: Int) {
        var random = SystemRandomNumberGenerator()
        let values = (0..<4000).map { _ in Int.random(in: 0..<1_000_000, using: &random) }
        #expect(values.smallest(count) == Array(values.sorted().prefix(count)))
        #expect(values.sorted(by: >).smallest(count) == Array(values.sorted().prefix(count)))
    }
}
