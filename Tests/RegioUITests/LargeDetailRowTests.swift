import Foundation
import RegioModel
import Testing
@testable import RegioUI

/// The shortcuts that lay out the largest detail pages faster give what the plain way gives.
@Suite("Large detail rows")
struct LargeDetailRowTests {
    /// Citing a membership by its source list's number numbers sources as citing its sources does: the
    /// same spans, in the same order of first appearance, and the same sources listed at the end.
    @Test(arguments: 1...30 as ClosedRange<UInt64>)
    func citingByListNumberIsCitingTheSources(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let sources = ["https://a.eu/1", "https://a.eu/2", "https://b.eu/x", "file.csv:7", "file.csv:8"]
        let territories = (0..<20).map { Territory(id: "t\($0)", kind: .region, name: "T\($0)", country: "SE") }
        let memberships = territories.map { territory in
            // Lists shared by several memberships, lists of one, lists that overlap, and none.
            Membership(territory: territory.id, initiative: "i", role: .member,
                       sources: (0..<random.below(4)).map { _ in random.pick(sources) })
        }
        let store = Store(territories: territories, initiatives: [Initiative(id: "i", kind: .network, name: "I")],
                          memberships: memberships)
        var byNumber = DetailBuilder(width: 80, lang: .en), bySources = byNumber
        for _ in 0..<60 {
            let membership = random.below(memberships.count)
            #expect(byNumber.cite(membership: membership, in: store) == bySources.cite(store.memberships[membership].sources),
                    "seed \(seed), membership \(membership)")
        }
        #expect(byNumber.sources == bySources.sources)
    }

    /// A wrapped detail row is measured only when its UTF-8 bytes exceed the width: that is sound only
    /// if no character takes more cells than it has bytes.
    @Test func noScalarTakesMoreCellsThanItsBytes() {
        var widest = (scalar: UInt32(0), excess: Int.min)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let excess = TextWidth.width(of: scalar) - String(scalar).utf8.count
            if excess > widest.excess { widest = (value, excess) }
        }
        #expect(widest.excess <= 0, "U+\(String(widest.scalar, radix: 16)) takes \(widest.excess) cells more than its bytes")
        // The same holds for clusters: a letter with many marks, an emoji with a skin tone, a flag.
        for text in ["e\u{301}\u{302}\u{303}", "👍🏽", "🇸🇪", "日本語", "Ⅻ", "\u{200B}", "한국"] {
            #expect(TextWidth.width(of: text) <= text.utf8.count, "\(text)")
        }
    }

    /// The members of an initiative read field by field say what the whole membership record says.
    @Test func memberRowsShowEachMembershipsRecord() {
        let territories = (0..<6).map { Territory(id: "t\($0)", kind: .region, name: "Region \($0)", country: "DK") }
        let memberships = [
            Membership(territory: "t0", initiative: "i", role: .lead, sources: ["s1"], confidence: .inferred),
            Membership(territory: "t1", initiative: "i", role: .member, sources: ["s2", "s1"], conflict: "listed twice"),
            Membership(territory: "t2", initiative: "j", role: .member, sources: ["s2"]),
        ]
        let store = Store(territories: territories,
                          initiatives: [Initiative(id: "i", kind: .network, name: "I"),
                                        Initiative(id: "j", kind: .initiative, name: "J", parent: "i")],
                          memberships: memberships)
        let texts = DetailDocument.build(.initiative(0), store: store, width: 200).rows.map { $0.spans.map(\.text).joined() }
        #expect(texts.contains { $0.hasPrefix("›  inferred  [1]  Region 0 (DK)") })
        #expect(texts.contains { $0.hasPrefix("›  stated    [2,1]  Region 1 (DK)") })
        #expect(texts.contains { $0 == "    Sources disagree: listed twice" })
        #expect(texts.contains { $0.hasPrefix("›  stated    [2]  Region 2 (DK) via J") })
    }
}
