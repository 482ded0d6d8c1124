/// The `limit` smallest (key, value) pairs offered so far, by key and then by value: a bounded
/// max-heap, so that most pairs cost one comparison and they are never all kept. A detail view lists
/// the first few hundred of a hundred thousand members.
struct SmallestKeys {
    typealias Pair = (key: Int, value: Int)
    let limit: Int
    private var heap: [Pair] = []

    init(limit: Int) { self.limit = max(0, limit) }

    static func precedes(_ a: Pair, _ b: Pair) -> Bool { a.key != b.key ? a.key < b.key : a.value < b.value }

    @inline(__always)
    mutating func offer(_ key: Int, _ value: Int) {
        if heap.count < limit {
            heap.append((key, value))
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.precedes(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if limit > 0, Self.precedes((key, value), heap[0]) {
            replaceLargest(with: (key, value))
        }
    }

    private mutating func replaceLargest(with pair: Pair) {
        heap[0] = pair
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < heap.count && Self.precedes(heap[largest], heap[left]) { largest = left }
            if right < heap.count && Self.precedes(heap[largest], heap[right]) { largest = right }
            guard largest != parent else { break }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }

    /// The largest kept key once `limit` pairs are kept (nil before): only a smaller key, or the same
    /// key with a smaller value, can still get in.
    var largestWhenFull: Int? { heap.count == limit && limit > 0 ? heap[0].key : nil }

    /// The kept pairs, smallest first.
    var ascending: [Pair] { heap.sorted(by: Self.precedes) }
}

extension Array where Element == Int {
    /// The `count` smallest elements in ascending order (see `SmallestKeys`).
    public func smallest(_ count: Int) -> [Int] {
        guard count < self.count / 4 else { return Array(sorted().prefix(count)) }
        var smallest = SmallestKeys(limit: count)
        for value in self { smallest.offer(value, 0) }
        return smallest.ascending.map(\.key)
    }
}
