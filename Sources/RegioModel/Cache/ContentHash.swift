/// XXH64 (Yann Collet's xxHash, 64-bit; the published algorithm, checked against its reference values in
/// the tests): a fast non-cryptographic hash, used to tell whether a data file's content is exactly what
/// a cache entry was made from, and whether the entry itself is intact. It reads 32 bytes a step in four
/// independent lanes, so hashing a 140 MB file costs a small part of reading it.
struct ContentHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var lanes: (UInt64, UInt64, UInt64, UInt64)
    private let seed: UInt64
    private var length = 0
    /// Bytes of an unfinished 32-byte stripe, carried to the next `update`.
    private var pending: [UInt8] = []

    init(seed: UInt64 = 0) {
        self.seed = seed
        lanes = (seed &+ Self.prime1 &+ Self.prime2, seed &+ Self.prime2, seed, seed &- Self.prime1)
    }

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = ContentHash()
        let array = Array(bytes)
        array.withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length += bytes.count
        var rest = bytes[...]
        if !pending.isEmpty {
            let take = min(32 - pending.count, rest.count)
            pending += rest.prefix(take)
            rest = rest.dropFirst(take)
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { consumeStripes(UnsafeRawBufferPointer($0)) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = rest.count & ~31
        let stripes = UnsafeRawBufferPointer(rebasing: rest.prefix(whole))
        consumeStripes(stripes)
        pending += rest.dropFirst(whole)
    }

    /// Whole 32-byte stripes only.
    private mutating func consumeStripes(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var (v1, v2, v3, v4) = lanes
        var offset = 0
        while offset < bytes.count {
            v1 = Self.round(v1, Self.word(base, offset))
            v2 = Self.round(v2, Self.word(base, offset + 8))
            v3 = Self.round(v3, Self.word(base, offset + 16))
            v4 = Self.round(v4, Self.word(base, offset + 24))
            offset += 32
        }
        lanes = (v1, v2, v3, v4)
    }

    func finish() -> UInt64 {
        var hash: UInt64
        if length >= 32 {
            let (v1, v2, v3, v4) = lanes
            hash = Self.rotate(v1, 1) &+ Self.rotate(v2, 7) &+ Self.rotate(v3, 12) &+ Self.rotate(v4, 18)
            for lane in [v1, v2, v3, v4] { hash = (hash ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime4 }
        } else {
            hash = seed &+ Self.prime5
        }
        hash &+= UInt64(length)
        pending.withUnsafeBytes { tail in
            let base = tail.baseAddress
            var offset = 0
            while offset + 8 <= tail.count {
                hash ^= Self.round(0, Self.word(base!, offset))
                hash = Self.rotate(hash, 27) &* Self.prime1 &+ Self.prime4
                offset += 8
            }
            if offset + 4 <= tail.count {
                hash ^= UInt64(UInt32(littleEndian: base!.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) &* Self.prime1
                hash = Self.rotate(hash, 23) &* Self.prime2 &+ Self.prime3
                offset += 4
            }
            while offset < tail.count {
                hash ^= UInt64(tail[offset]) &* Self.prime5
                hash = Self.rotate(hash, 11) &* Self.prime1
                offset += 1
            }
        }
        hash ^= hash >> 33
        hash &*= Self.prime2
        hash ^= hash >> 29
        hash &*= Self.prime3
        hash ^= hash >> 32
        return hash
    }

    @inline(__always) private static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always) private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}
