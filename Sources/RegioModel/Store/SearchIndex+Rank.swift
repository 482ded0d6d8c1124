import Foundation

/// How a folded query matches one folded name, read from the index's bytes.
extension SearchIndex {
    /// How well the needle matches the name in bytes `start..<end`: at its start (exact or prefix), at
    /// the start of a later word, inside a word, or not at all.
    static func rank(of needle: UnsafePointer<UInt8>, _ needleCount: Int, in haystack: UnsafePointer<UInt8>,
                     from start: Int, to end: Int) -> MatchRank? {
        guard end - start >= needleCount else { return nil }
        // The first byte decides most names without a call.
        if haystack[start] == needle[0] && memcmp(haystack + start, needle, needleCount) == 0 {
            return needleCount == end - start ? .exact : .prefix
        }
        var found: MatchRank? = nil
        var position = start + 1
        while let offset = find(needle, needleCount, in: haystack, end, from: position) {
            if haystack[offset - 1] == UInt8(ascii: " ") { return .wordPrefix }
            found = .substring
            position = offset + 1
        }
        return found
    }

    /// The next occurrence of the needle at or after `from`: memchr for its first byte, memcmp for the rest.
    /// (glibc's memmem is not visible to Swift without _GNU_SOURCE.)
    private static func find(_ needle: UnsafePointer<UInt8>, _ needleCount: Int, in haystack: UnsafePointer<UInt8>,
                             _ haystackCount: Int, from: Int) -> Int? {
        var position = from
        while position + needleCount <= haystackCount {
            guard let hit = memchr(haystack + position, Int32(needle[0]), haystackCount - position - needleCount + 1) else {
                return nil
            }
            let offset = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            // memchr matched the first byte; a one-letter query (the first key typed) needs nothing more.
            if needleCount == 1 || memcmp(haystack + offset + 1, needle + 1, needleCount - 1) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }
}
