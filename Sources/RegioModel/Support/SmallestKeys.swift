extension Array where Element == Int {
    /// The `count` smallest elements in ascending order. With a bounded max-heap this costs one
    /// comparison for most elements, where sorting all of them would cost a full sort: a detail view
    /// lists the first thousand of a hundred thousand members.
    public func smallest(_ count: Int) -> [Int] {
        guard count < self.count / 4 else { return Array(sorted().prefix(count)) }
        guard count > 0 else { return [] }
        var heap: [Int] = []
        heap.reserveCapacity(count)
        for value in self {
            if heap.count < count {
                heap.append(value)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard heap[parent] < heap[child] else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            } else if value < heap[0] {
                heap[0] = value
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var largest = parent
                    if left < count && heap[left] > heap[largest] { largest = left }
                    if right < count && heap[right] > heap[largest] { largest = right }
                    guard largest != parent else { break }
                    heap.swapAt(parent, largest)
                    parent = largest
                }
            }
        }
        return heap.sorted()
    }
}
