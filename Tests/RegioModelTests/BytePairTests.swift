import Testing
@testable import RegioModel

/// The eight-bytes-at-a-time test behind the second key of a search says a name holds a pair of bytes
/// side by side exactly when it does (for a name of at most 16 bytes; a longer one is always "maybe").
@Suite struct BytePairTests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func aPairIsFoundExactlyWhereItIs(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // Few distinct bytes (and 0x00, 0x7F, 0x80, 0xFF, where lanes could borrow or carry), so pairs are common.
        let alphabet: [UInt8] = [0x61, 0x62, 0x6E, 0x6F, 0x20, 0x00, 0x7F, 0x80, 0xFF, 0xC3]
        let buffer = (0..<200).map { _ in random.pick(alphabet) }
        buffer.withUnsafeBufferPointer { bytes in
            for _ in 0..<400 {
                let first = random.pick(alphabet), second = random.pick(alphabet)
                let pair = BytePair(first, second)
                let count = random.below(BytePair.longest + 4)
                let start = random.below(bytes.count - BytePair.longest - count)
                let holds = count >= 2 && (start..<(start + count - 1)).contains { bytes[$0] == first && bytes[$0 + 1] == second }
                let answer = pair.mayBeIn(bytes.baseAddress! + start, count: count)
                if count > BytePair.longest {
                    #expect(answer, "seed \(seed): a name too long to test is a maybe")
                } else {
                    #expect(answer == holds, "seed \(seed): \(Array(bytes[start..<(start + count)])) pair \(first) \(second)")
                }
            }
        }
    }
}
