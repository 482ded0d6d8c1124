/// Names known in advance, each of 1 to 16 bytes (an enum's raw values, a record's field names), matched
/// against a plain string's bytes as words (see `ShortBytes`): one word-sized compare per candidate instead
/// of a call to memcmp, for values that every membership has.
struct ShortNames<Value> {
    private let names: [ShortBytes]
    private let values: [Value]

    /// Fails (a programming error) for a name that is empty or longer than 16 bytes.
    init(_ candidates: [([UInt8], Value)]) {
        names = candidates.map { name, _ in
            guard let bytes = ShortBytes(name) else { preconditionFailure("\(name.count)-byte name") }
            return bytes
        }
        values = candidates.map(\.1)
    }

    var count: Int { names.count }

    /// The position of the name that is exactly `bytes[range]`.
    @inline(__always)
    func index(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let key = ShortBytes(range, in: bytes) else { return nil }
        return names.firstIndex(of: key)
    }

    /// The value whose name is exactly `bytes[range]`.
    func value(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index(of: range, in: bytes).map { values[$0] }
    }

    func name(at index: Int) -> ShortBytes { names[index] }
    func value(at index: Int) -> Value { values[index] }
}

extension ShortNames: Sendable where Value: Sendable {}

extension ShortNames where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// An enum's cases by their raw values.
    init(of type: Value.Type) { self.init(PlainValues.names(of: type)) }
}
