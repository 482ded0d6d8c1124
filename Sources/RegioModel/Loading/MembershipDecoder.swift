/// Decodes a membership record straight from the bytes, without building a tree, when it is written the
/// usual way: known fields, each once, plain strings, at least one source. It answers nil for anything
/// else, and the caller then takes the general path, which reports every problem. So this is only ever a
/// shortcut to the same result.
///
/// A million memberships cite a few thousand distinct sources and notes; equal strings and source lists
/// are stored once (`ByteInterner`), which is most of the memory the records would otherwise take.
struct MembershipDecoder {
    private var strings = ByteInterner<String>()
    private var sourceLists = ByteInterner<[String]>()

    private enum Field: Int, CaseIterable {
        case territory, initiative, role, sources, confidence, note
    }

    private static let fields: [([UInt8], Field)] = [
        ("territory", Field.territory), ("initiative", .initiative), ("role", .role), ("sources", .sources),
        ("confidence", .confidence), ("note", .note),
    ].map { (name: String, field: Field) in (Array(name.utf8), field) }
    private static let roles = Role.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let confidences = Confidence.allCases.map { (Array($0.rawValue.utf8), $0) }

    mutating func decode(_ reader: inout JSONReader) -> Membership? {
        let bytes = reader.bytes
        guard bytes[reader.index] == UInt8(ascii: "{") else { return nil }
        reader.index += 1
        var territory: String?, initiative: String?, role: Role?, sources: [String]?
        var confidence: Confidence?, note: String?
        var seen = 0
        while true {
            reader.skipWhitespace()
            guard let key = reader.plainString(), let field = Self.match(key, in: bytes, Self.fields) else { return nil }
            guard seen & (1 << field.rawValue) == 0 else { return nil }
            seen |= 1 << field.rawValue
            reader.skipWhitespace()
            guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: ":") else { return nil }
            reader.index += 1
            reader.skipWhitespace()
            switch field {
            case .territory: guard let text = nonBlankText(&reader) else { return nil }; territory = text
            case .initiative: guard let text = nonBlankText(&reader) else { return nil }; initiative = text
            case .role: guard let value = reader.plainString().flatMap({ Self.match($0, in: bytes, Self.roles) }) else { return nil }; role = value
            case .confidence:
                guard let value = reader.plainString().flatMap({ Self.match($0, in: bytes, Self.confidences) }) else { return nil }
                confidence = value
            case .sources: guard let list = sourceList(&reader) else { return nil }; sources = list
            case .note:
                if reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "n") {
                    guard reader.skipNull() else { return nil }
                } else {
                    guard let range = reader.plainString(), let text = text(range, in: bytes)
                    else { return nil }
                    note = text
                }
            }
            reader.skipWhitespace()
            guard reader.index < bytes.count else { return nil }
            if bytes[reader.index] == UInt8(ascii: ",") { reader.index += 1; continue }
            guard bytes[reader.index] == UInt8(ascii: "}") else { return nil }
            reader.index += 1
            break
        }
        guard let territory, let initiative, let role, let sources, let confidence else { return nil }
        return Membership(territory: territory, initiative: initiative, role: role, sources: sources,
                          confidence: confidence, note: note)
    }

    private mutating func nonBlankText(_ reader: inout JSONReader) -> String? {
        guard let range = reader.plainString(), let first = range.first,
              reader.bytes[first] > 0x20 && reader.bytes[first] < 0x80 else { return nil }
        return text(range, in: reader.bytes)
    }

    /// Up to 15 bytes fit inside a String without an allocation, so only longer ones are worth looking up.
    private mutating func text(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if range.count <= 15 { return Self.text(UnsafeBufferPointer(rebasing: bytes[range])) }
        return strings.value(for: range, in: bytes, make: Self.text)
    }

    /// A non-empty array of plain strings, looked up as a whole by its bytes so that a repeated list costs
    /// no allocation.
    private mutating func sourceList(_ reader: inout JSONReader) -> [String]? {
        let bytes = reader.bytes
        guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "[") else { return nil }
        let start = reader.index
        reader.index += 1
        var items: [Range<Int>] = []
        while true {
            reader.skipWhitespace()
            guard let item = reader.plainString() else { return nil }
            items.append(item)
            reader.skipWhitespace()
            guard reader.index < bytes.count else { return nil }
            if bytes[reader.index] == UInt8(ascii: ",") { reader.index += 1; continue }
            guard bytes[reader.index] == UInt8(ascii: "]") else { return nil }
            reader.index += 1
            break
        }
        let whole = start..<reader.index
        if let known = sourceLists.known(whole, in: bytes) { return known }
        var list: [String] = []
        for item in items {
            guard let text = text(item, in: bytes) else { return nil }
            list.append(text)
        }
        sourceLists.remember(list, for: whole, in: bytes)
        return list
    }

    /// The string for a plain string's bytes; nil when they are not valid UTF-8.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 { return String(validating: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func match<Value>(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                     _ candidates: [([UInt8], Value)]) -> Value? {
        for (name, value) in candidates where name.count == range.count
            && name.indices.allSatisfy({ name[$0] == bytes[range.lowerBound + $0] }) {
            return value
        }
        return nil
    }
}
