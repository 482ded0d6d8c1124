import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RegioModel

/// The collaboration network on hand-made worlds whose measures are worked out by hand in the comments.
@Suite struct NetworkTests {
    /// I1 {A,B,C}, I2 {A,B} (Interreg), I3 {C,D} (research project): links A–B 2, A–C 1, B–C 1, C–D 1.
    static let store: Store = {
        let territories = ["A", "B", "C", "D", "E"].map {
            Territory(id: $0, kind: .region, name: $0, country: "SE")
        }
        let initiatives = [Initiative(id: "I1", kind: .network, name: "One"),
                           Initiative(id: "I2", kind: .interregProject, name: "Two"),
                           Initiative(id: "I3", kind: .researchProject, name: "Three")]
        let pairs = [("A", "I1"), ("B", "I1"), ("C", "I1"), ("A", "I2"), ("B", "I2"), ("C", "I3"), ("D", "I3")]
        return Store(territories: territories, initiatives: initiatives,
                     memberships: pairs.map { Membership(territory: $0.0, initiative: $0.1, role: .partner) })
    }()

    @Test func weightsCountSharedInitiatives() {
        let measures = NetworkMeasures(store: Self.store)
        #expect(measures.network.links[0] == [.init(other: 1, weight: 2), .init(other: 2, weight: 1)])
        #expect(measures.degree == [2, 2, 3, 1, 0])
        #expect(measures.strength == [3, 3, 3, 1, 0])
        #expect(measures.network.linkCount == 4)
    }

    @Test func betweennessIsTheShareOfShortestPathsThroughATerritory() {
        // C is on the only shortest paths A–D and B–D: 2 of the (4−1)(4−2)/2 = 3 pairs without C… over the
        // 5 territories networkx divides by (5−1)(5−2)/2 = 6: 2/6. E has no link and counts in n, as in networkx.
        let measures = NetworkMeasures(store: Self.store)
        #expect(abs(measures.betweenness[2] - 2.0 / 6.0) < 1e-12)
        #expect(measures.betweenness[0] == 0 && measures.betweenness[3] == 0)
    }

    @Test func bowtieCentreCarriesEveryPathBetweenTheTriangles() {
        // Triangles A,B,C and C,D,E share C: 4 pairs pass through C; normalised 4 / ((5−1)(5−2)/2) = 2/3.
        let territories = ["A", "B", "C", "D", "E"].map { Territory(id: $0, kind: .region, name: $0, country: "FI") }
        let initiatives = ["AB", "AC", "BC", "CD", "CE", "DE"].map { Initiative(id: $0, kind: .interregProject, name: $0) }
        let memberships = initiatives.flatMap { initiative in
            initiative.id.map { Membership(territory: String($0), initiative: initiative.id, role: .partner) }
        }
        let measures = NetworkMeasures(store: Store(territories: territories, initiatives: initiatives, memberships: memberships))
        #expect(abs(measures.betweenness[2] - 2.0 / 3.0) < 1e-12)
        #expect(measures.betweenness.enumerated().filter { $0.offset != 2 }.allSatisfy { $0.element == 0 })
        #expect(measures.ranking(by: .betweenness).first == 2)
    }

    @Test func ranksBreakTiesByNameAndLeaveOutTheUnlinked() {
        let measures = NetworkMeasures(store: Self.store)
        #expect(measures.ranking(by: .strength) == [0, 1, 2, 3])
        #expect(measures.ranking(by: .betweenness).first == 2)
        #expect(measures.rank(of: 4, by: .degree) == 0)
        #expect(measures.rankedCount == 4)
    }

    @Test func kindsChooseWhichInitiativesLink() {
        let measures = NetworkMeasures(store: Self.store, kinds: [.researchProject])
        #expect(measures.degree == [0, 0, 1, 1, 0])
        #expect(measures.ranking(by: .degree) == [2, 3])
    }

    @Test func graphMLEscapesHostileNamesAndParses() throws {
        let territories = [Territory(id: "a&b", kind: .region, name: "<Ä>\u{1B}[31m\"x\"", country: "SE"),
                           Territory(id: "c", kind: .region, name: "C", country: "SE")]
        let store = Store(territories: territories, initiatives: [Initiative(id: "i", kind: .network, name: "I")],
                          memberships: [Membership(territory: "a&b", initiative: "i", role: .lead),
                                        Membership(territory: "c", initiative: "i", role: .partner)])
        let text = GraphML.document(NetworkMeasures(store: store), store: store)
        #expect(text.contains(#"<node id="a&amp;b"><data key="name">&lt;Ä&gt;[31m&quot;x&quot;</data>"#))
        #expect(text.contains(#"<edge source="a&amp;b" target="c"><data key="weight">1</data></edge>"#))
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }
}
