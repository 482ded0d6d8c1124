/// The membership table's source lists, kept as numbers. Each source is a stem and, when it ends in a
/// number, that number (`https://cordis.europa.eu/project/id/` + 101000000, `…/organization.csv:` + 6);
/// stems are stored once, and a list is a run of (stem, number) items. A CORDIS import cites a project
/// URL and a file line per membership: hundreds of thousands of distinct lists sharing a handful of
/// stems. As strings they took three allocations and ~200 bytes each, and hashing them again while
/// reading, joining the pieces and merging folders was a quarter of opening the merged view; as items
/// they take ~36 bytes and no allocation. Equal lists added one by one are stored once (found by hashing
/// their items), so a million memberships citing a few thousand lists stay small.
struct SourceListPool: Sendable {
    private var stems = InternPool<ExactText>()
    private var items: [SourceItem] = []
    /// List `i` is `items[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    private var ends: [Int32] = []
    /// Open addressing over the lists added by `handle(for:)`: a handle, or -1 for an empty slot.
    private var slots: [Int32] = []
    private var filled = 0

    var count: Int { ends.count }

    subscript(handle: Int32) -> [String] {
        range(handle).map { index in
            let item = items[index]
            let stem = stems[item.stem].text
            return item.number < 0 ? stem : stem + String(item.number)
        }
    }

    private func range(_ handle: Int32) -> Range<Int> {
        (handle == 0 ? 0 : Int(ends[Int(handle) - 1]))..<Int(ends[Int(handle)])
    }

    init() {}

    /// The pool as it is held, for the cache: its stems, its items, and where each list ends.
    var parts: (stems: [String], items: [SourceItem], ends: [Int32]) { (stems.values.map(\.text), items, ends) }

    /// The pool `parts` gave; nil when they do not fit together (a damaged cache entry): an item naming
    /// no stem, list ends out of order or not ending at the last item.
    init?(stems stemTexts: [String], items: [SourceItem], ends: [Int32]) {
        stems = InternPool(values: stemTexts.map(ExactText.init))
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == items.count,
              items.allSatisfy({ $0.stem >= 0 && Int($0.stem) < stemTexts.count && $0.number >= -1 }) else { return nil }
        self.items = items
        self.ends = ends
    }

    /// The handle of the stem with these bytes, added when new; nil when they are not UTF-8.
    mutating func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return stems.handle(for: ExactText(text))
    }

    /// The handle of a list given as strings.
    mutating func handle(for list: [String]) -> Int32 {
        var listItems: [SourceItem] = []
        listItems.reserveCapacity(list.count)
        for source in list {
            var text = source
            let (stemLength, number) = text.withUTF8 { SourceItem.split($0) }
            let stem = stemLength == text.utf8.count ? text : String(text.utf8.prefix(stemLength))!
            listItems.append(SourceItem(stem: stems.handle(for: ExactText(stem)), number: number))
        }
        return handle(for: listItems)
    }

    /// The handle of a list given as items of this pool's stems: an equal list's if there is one.
    mutating func handle(for list: [SourceItem]) -> Int32 {
        if slots.count < 2 * (filled + 1) { grow() }
        let mask = slots.count - 1
        var slot = Self.hash(list[...]) & mask
        while slots[slot] >= 0 {
            if holds(slots[slot], list) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        let handle = Int32(ends.count)
        items += list
        ends.append(Int32(items.count))
        slots[slot] = handle
        filled += 1
        return handle
    }

    /// Whether list `handle` is `list`, item by item (a loop over indices: `elementsEqual` of a slice and
    /// an array did not inline, and this runs for every membership).
    private func holds(_ handle: Int32, _ list: [SourceItem]) -> Bool {
        let held = range(handle)
        guard held.count == list.count else { return false }
        for offset in list.indices where items[held.lowerBound + offset] != list[offset] { return false }
        return true
    }

    /// Takes every list of `other` as it is (no search for equal lists: joining pieces of a file or data
    /// folders stays linear); returns, for each of `other`'s handles, the handle here.
    mutating func absorb(_ other: SourceListPool) -> [Int32] {
        let stemMap = other.stems.values.map { stems.handle(for: $0) }
        let first = Int32(ends.count), base = Int32(items.count)
        items += other.items.lazy.map { SourceItem(stem: stemMap[Int($0.stem)], number: $0.number) }
        ends += other.ends.lazy.map { $0 + base }
        return Array(first..<first + Int32(other.count))
    }

    /// A table twice as large as needed for every list held, absorbed ones included (an absorbed list is
    /// found again from then on).
    private mutating func grow() {
        var capacity = 64
        while capacity < 4 * (ends.count + 1) { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        for handle in 0..<Int32(ends.count) {
            var slot = Self.hash(items[range(handle)]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = handle
        }
        filled = ends.count
    }

    /// A few multiplications per item instead of a `Hasher` (the lists are short and many), seeded afresh
    /// in each process (see `SeededMix`).
    private static func hash(_ list: ArraySlice<SourceItem>) -> Int {
        var hash = SeededMix.seed ^ UInt64(list.count)
        for item in list {
            hash = SeededMix.mix(hash ^ UInt64(UInt32(bitPattern: item.stem)))
            hash = SeededMix.mix(hash ^ UInt64(bitPattern: item.number))
        }
        return Int(truncatingIfNeeded: hash)
    }
}

/// One source of a list: a stem and the number after it, or -1 when the source does not end in one.
struct SourceItem: Hashable, Sendable {
    var stem: Int32
    var number: Int64

    /// Where a source's number starts and its value: the last digits, at most 18 and without a leading
    /// zero, so that stem + number gives back exactly these bytes; (count, -1) when there is none.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (stemLength: Int, number: Int64) {
        var start = bytes.count
        while start > 0, bytes.count - start < 18, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[start - 1]) {
            start -= 1
        }
        let digits = bytes.count - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return (bytes.count, -1) }
        var number: Int64 = 0
        for byte in bytes[start...] { number = number * 10 + Int64(byte - UInt8(ascii: "0")) }
        return (start, number)
    }
}

/// A string that equals only the same bytes. Swift's `==` holds canonically equivalent strings equal (é
/// as one scalar or as e and an accent), and a source must come back exactly as it was written.
struct ExactText: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
