/// Distinct values, each stored once and named by a small number (a handle). A million memberships name
/// a few hundred thousand territories, initiatives, source lists and notes: storing the handles instead
/// of the values is most of what makes the membership table small.
struct InternPool<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    /// Each value's handle. A pool given its values whole (from a cache entry) makes it only when a value
    /// is first looked up, which a loaded store never does unless it is merged with another.
    private var handles: [Value: Int32] = [:]
    private var indexed = true
    /// The last value added: consecutive records very often repeat it (a territory's memberships are
    /// usually written together), and comparing with it is cheaper than hashing.
    private var last: (value: Value, handle: Int32)?

    init() {}

    /// A pool of these values, their handles in this order. Equal values keep handles of their own (a
    /// lookup finds the first): nothing a handle names moves.
    init(values: [Value]) {
        self.values = values
        indexed = values.isEmpty
    }

    subscript(handle: Int32) -> Value { values[Int(handle)] }

    var count: Int { values.count }

    mutating func handle(for value: Value) -> Int32 {
        if let last, last.value == value { return last.handle }
        if !indexed {
            handles.reserveCapacity(values.count)
            for (handle, value) in values.enumerated() where handles[value] == nil { handles[value] = Int32(handle) }
            indexed = true
        }
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

    /// Adds a value that its caller knows is not here (see `MembershipIDs`), without looking it up: the
    /// handle `handle(for:)` would give. A pool filled only this way is not indexed until a value is first
    /// looked up in it, as one given its values whole (joining a file's pieces looks up the later pieces'
    /// values in the first piece's pool, and never the others').
    mutating func appendNew(_ value: Value) -> Int32 {
        let handle = Int32(values.count)
        if values.isEmpty {
            indexed = false
        } else if indexed {
            handles[value] = handle
        }
        values.append(value)
        return handle
    }

    /// For each of `other`'s handles, the handle of the same value here (added when missing).
    mutating func absorb(_ other: InternPool<Value>) -> [Int32] {
        other.values.map { handle(for: $0) }
    }
}
