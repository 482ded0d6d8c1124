/// Distinct values, each stored once and named by a small number (a handle). A million memberships name
/// a few hundred thousand territories, initiatives, source lists and notes: storing the handles instead
/// of the values is most of what makes the membership table small.
struct InternPool<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var handles: [Value: Int32] = [:]
    /// The last value added: consecutive records very often repeat it (a territory's memberships are
    /// usually written together), and comparing with it is cheaper than hashing.
    private var last: (value: Value, handle: Int32)?

    subscript(handle: Int32) -> Value { values[Int(handle)] }

    var count: Int { values.count }

    mutating func handle(for value: Value) -> Int32 {
        if let last, last.value == value { return last.handle }
        let handle: Int32
        if let known = handles[value] {
            handle = known
        } else {
            handle = Int32(values.count)
            values.append(value)
            handles[value] = handle
        }
        last = (value, handle)
        return handle
    }

    /// For each of `other`'s handles, the handle of the same value here (added when missing).
    mutating func absorb(_ other: InternPool<Value>) -> [Int32] {
        other.values.map { handle(for: $0) }
    }
}

/// Source lists, which the loader already shares between records that cite the same sources: a list
/// whose storage was seen before is found by address, without hashing its strings. The pool keeps every
/// list it holds alive, so an address it knows can never be reused by another list.
struct SourceListPool: Sendable {
    private(set) var pool = InternPool<[String]>()
    private var byAddress: [UInt: Int32] = [:]

    subscript(handle: Int32) -> [String] { pool[handle] }

    mutating func handle(for list: [String]) -> Int32 {
        let address = list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if address != 0, let known = byAddress[address] { return known }
        let handle = pool.handle(for: list)
        // The stored copy shares this storage only when the list was new; remember the stored one's address.
        let stored = pool[handle].withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if stored != 0 { byAddress[stored] = handle }
        return handle
    }

    mutating func absorb(_ other: SourceListPool) -> [Int32] {
        other.pool.values.map { handle(for: $0) }
    }
}
