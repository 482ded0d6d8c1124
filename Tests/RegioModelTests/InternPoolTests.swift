import Testing
@testable import RegioModel

/// A pool given its values whole (as a cache entry gives them) looks values up only when first asked,
/// and then exactly as a pool built value by value would: nothing a handle names moves.
@Suite struct InternPoolTests {
    @Test(arguments: 0..<40)
    func aPoolGivenItsValuesFindsEachAtItsFirstPlaceAndAddsNewOnesAtTheEnd(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 11)
        let words = (0..<random.below(12)).map { _ in String(repeating: random.pick(["a", "b", "é", "ö"]), count: 1 + random.below(3)) }
        var pool = InternPool(values: words)
        let asked = (0..<random.below(20)).map { _ in random.chance(70) && !words.isEmpty ? random.pick(words) : "new\(random.below(4))" }
        var expected = words
        for word in asked {
            let handle = pool.handle(for: word)
            if let first = expected.firstIndex(of: word) {
                #expect(handle == Int32(first), "\(word) in \(expected)")
            } else {
                #expect(handle == Int32(expected.count), "\(word) is new")
                expected.append(word)
            }
            #expect(pool.values == expected)
        }
    }

    /// Values added without a lookup (`appendNew`, for values known to be new) get the handles a lookup
    /// would have given and are found by later lookups, whether the pool had made its index before or not.
    @Test func valuesAddedWithoutALookupAreFoundAfterwards() {
        var pool = InternPool<String>()
        #expect(pool.appendNew("a") == 0)
        #expect(pool.appendNew("b") == 1)
        #expect(pool.handle(for: "b") == 1)
        #expect(pool.appendNew("c") == 2)
        #expect(pool.handle(for: "a") == 0)
        #expect(pool.handle(for: "c") == 2)
        #expect(pool.handle(for: "d") == 3)
        #expect(pool.values == ["a", "b", "c", "d"])
        var other = InternPool<String>()
        _ = other.appendNew("c")
        _ = other.appendNew("e")
        #expect(pool.absorb(other) == [2, 4])
    }

    /// A table read back from its snapshot (pools taken as written) and then joined with another gives
    /// the same records as the two tables joined directly.
    @Test func aDecodedTableJoinsLikeTheTableItWasWrittenFrom() throws {
        let first = MembershipTable(MembershipTableTests.records.prefix(3))
        var writer = SnapshotWriter()
        first.write(to: &writer)
        var decoded = try writer.bytes.withUnsafeBytes { buffer in
            var reader = SnapshotReader(buffer)
            return try MembershipTable(from: &reader)
        }
        #expect(Array(decoded) == Array(first))
        let second = MembershipTable(MembershipTableTests.records.reversed())
        var direct = first
        direct.append(contentsOf: second)
        decoded.append(contentsOf: second)
        #expect(Array(decoded) == Array(direct))
        #expect(decoded.roles == direct.roles)
    }
}
