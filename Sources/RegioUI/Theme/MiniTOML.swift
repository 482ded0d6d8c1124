/// The subset of TOML that theme files and config.toml use, parsed with the line and column of every key
/// and value so that a typo can be pointed at exactly: `[tables]`, `key = value` with strings (basic and
/// literal), integers, booleans, inline tables `{ fg = "#ffffff", bold = true }`, arrays `["/", "F3"]`
/// (which may span lines), and `#` comments. Keys may be bare or quoted.
///
/// Why not a TOML library: LebJe/TOMLKit 0.6.0 (toml++) was measured for this (issue 15) — it reports
/// positions only for syntax errors, not for the keys and values a theme check must point at, and it
/// added about 47 s to a clean debug build here.
///
/// Hostile input costs bounded work: nesting is parsed without recursion and stops at `maximumDepth`
/// with an error at the opening bracket; duplicate keys are found with a set, so a table of n keys
/// costs O(n).
public struct TOMLPosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var description: String { "\(line):\(column)" }

    public init(line: Int, column: Int) { self.line = line; self.column = column }
}

public indirect enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case table([TOMLEntry])
    case array([TOMLArrayElement])

    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "a number"
        case .boolean: "true or false"
        case .table: "a table"
        case .array: "an array"
        }
    }
}

public struct TOMLEntry: Equatable, Sendable {
    public var key: String
    public var keyPosition: TOMLPosition
    public var value: TOMLValue
    public var valuePosition: TOMLPosition
}

/// One element of an array, with where it starts.
public struct TOMLArrayElement: Equatable, Sendable {
    public var value: TOMLValue
    public var position: TOMLPosition

    public init(value: TOMLValue, position: TOMLPosition) { self.value = value; self.position = position }
}

public struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var position: TOMLPosition
    public var message: String
    public var description: String { "\(position): \(message)" }
}

public enum MiniTOML {
    /// How deep inline tables and arrays may nest. Themes need 2, config 2; toml++ allows 256.
    public static let maximumDepth = 64

    /// The document as a list of top-level entries; each `[table]` becomes one entry whose value is a table.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> [TOMLEntry] {
        var parser = TOMLParser(Array(text.unicodeScalars))
        return try parser.document()
    }
}

/// Entries of one table in order, with a set of their keys for the duplicate check.
struct TOMLTableBuilder {
    private(set) var entries: [TOMLEntry] = []
    private var keys: Set<String> = []

    mutating func add(_ entry: TOMLEntry) throws(TOMLSyntaxError) {
        guard keys.insert(entry.key).inserted else {
            throw TOMLSyntaxError(position: entry.keyPosition, message: "key '\(entry.key)' is defined twice")
        }
        entries.append(entry)
    }

    func contains(_ key: String) -> Bool { keys.contains(key) }
}

extension TOMLParser {
    mutating func document() throws(TOMLSyntaxError) -> [TOMLEntry] {
        var topLevel = TOMLTableBuilder()
        var tables: [(header: TOMLEntry, body: TOMLTableBuilder)] = []
        var tableNames: Set<String> = []
        while current != nil {
            skipSpaces()
            if current == "#" || current == "\n" || current == "\r" {
                try endOfLine()
                continue
            }
            if current == "[" {
                let start = position
                advance()
                skipSpaces()
                let name = try key()
                skipSpaces()
                guard current == "]" else { throw error("expected ']' to close the table name") }
                advance()
                try endOfLine()
                guard tableNames.insert(name).inserted, !topLevel.contains(name) else {
                    throw error("table [\(name)] is defined twice", at: start)
                }
                let header = TOMLEntry(key: name, keyPosition: start, value: .table([]), valuePosition: start)
                tables.append((header, TOMLTableBuilder()))
                continue
            }
            let entry = try keyValue()
            try endOfLine()
            if tables.isEmpty { try topLevel.add(entry) } else { try tables[tables.count - 1].body.add(entry) }
        }
        for (header, body) in tables {
            var entry = header
            entry.value = .table(body.entries)
            try topLevel.add(entry)
        }
        return topLevel.entries
    }

    mutating func keyValue() throws(TOMLSyntaxError) -> TOMLEntry {
        let keyPosition = position
        let name = try key()
        skipSpaces()
        guard current == "=" else { throw error("expected '=' after the key '\(name)'") }
        advance()
        skipSpaces()
        let valuePosition = position
        let value = try self.value()
        return TOMLEntry(key: name, keyPosition: keyPosition, value: value, valuePosition: valuePosition)
    }
}
