import Testing
@testable import RegioModel

/// The per-name pair bits behind the second key of a search may let through a name that does not hold
/// the query, never pass over one that does; and the letter pairs spread over all 32 bits, or the test
/// would let nearly every name through.
@Suite struct PairBitsTests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func aNameHoldingAQueryHasEveryBitOfItsPairs(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet: [UInt8] = [0x61, 0x62, 0x6E, 0x6F, 0x20, 0x2D, 0x31, 0xC3, 0xB6, 0xFF]
        for _ in 0..<200 {
            let name = (0..<random.below(30)).map { _ in random.pick(alphabet) }
            let nameBits = PairBits.of(name)
            // Every stretch of the name, as a query, passes; a random query passes only if its pairs' bits are there.
            for start in name.indices {
                let query = Array(name[start..<min(name.count, start + 1 + random.below(6))])
                #expect(PairBits.of(query) & ~nameBits == 0, "seed \(seed): \(query) in \(name)")
            }
            let other = (0..<(2 + random.below(4))).map { _ in random.pick(alphabet) }
            let holds = (0...max(0, name.count - other.count)).contains { name.count >= other.count && Array(name[$0..<$0 + other.count]) == other }
            if holds { #expect(PairBits.of(other) & ~nameBits == 0, "seed \(seed): \(other) in \(name)") }
        }
    }

    @Test func aQueryOfOneByteOrNoneHasNoPairs() {
        #expect(PairBits.of([UInt8]()) == 0)
        #expect(PairBits.of([UInt8(ascii: "a")]) == 0)
        #expect(PairBits.of(Array("ab".utf8)).nonzeroBitCount == 1)
    }

    @Test func letterPairsUseEveryBit() {
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
        var counts = [Int](repeating: 0, count: 32)
        for first in letters {
            for second in letters { counts[PairBits.bit(first, second).trailingZeroBitCount] += 1 }
        }
        // 676 pairs over 32 bits: about 21 each; none empty, none holding more than twice its share.
        #expect(counts.allSatisfy { $0 > 0 && $0 <= 42 }, "\(counts)")
    }
}
