/// A parsed JSON document, with the source position of every value so that validation can point at the
/// exact line and column of a problem.
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

/// Not `indirect`: arrays and objects already live on the heap, and boxing every value would cost an
/// allocation per field on files with millions of them.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    /// Keys in document order; duplicate keys are kept so validation can report them.
    case object([(key: String, value: JSONNode)])

    /// The JSON type name, for messages like "expected a string, found a number".
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A value together with where it starts in the file.
public struct JSONNode: Sendable {
    public var value: JSONValue
    public var position: SourcePosition

    public init(_ value: JSONValue, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// The member named `key` of an object (the first one when a key repeats), or nil.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.value
    }
}

/// Positions kept 8 bytes each instead of 16 (a data file is at most 1 GiB, so line and column fit in 32
/// bits): a million memberships' positions are kept until the references are checked.
struct PackedPositions: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    private var packed: [UInt64] = []

    init() {}
    init(arrayLiteral positions: SourcePosition...) { for position in positions { append(position) } }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    subscript(index: Int) -> SourcePosition {
        SourcePosition(line: Int(packed[index] >> 32), column: Int(packed[index] & 0xFFFF_FFFF))
    }

    mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

    mutating func append(_ position: SourcePosition) {
        packed.append(UInt64(UInt32(clamping: position.line)) << 32 | UInt64(UInt32(clamping: position.column)))
    }

    /// Appends `other`'s positions `lines` further down.
    mutating func append(contentsOf other: PackedPositions, movedDown lines: Int) {
        packed += other.packed.lazy.map { $0 + UInt64(lines) << 32 }
    }
}
