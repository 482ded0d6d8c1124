/// The subset of TOML that theme files use, parsed with the line and column of every key and value so
/// that a typo can be pointed at exactly: `[tables]`, `key = value` with strings, integers, booleans
/// and inline tables `{ fg = "#ffffff", bold = true }`, and `#` comments. Keys may be bare or quoted.
public struct TOMLPosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var description: String { "\(line):\(column)" }
}

public indirect enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case table([TOMLEntry])

    var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "a number"
        case .boolean: "true or false"
        case .table: "a table"
        }
    }
}

public struct TOMLEntry: Equatable, Sendable {
    public var key: String
    public var keyPosition: TOMLPosition
    public var value: TOMLValue
    public var valuePosition: TOMLPosition
}

public struct TOMLSyntaxError: Error, Equatable, Sendable {
    public var position: TOMLPosition
    public var message: String
}

public enum MiniTOML {
    /// The document as a list of top-level entries; each `[table]` becomes one entry whose value is a table.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> [TOMLEntry] {
        var parser = Parser(Array(text.unicodeScalars))
        return try parser.document()
    }
}

private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var lineStart = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var position: TOMLPosition { TOMLPosition(line: line, column: index - lineStart + 1) }
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func error(_ message: String, at position: TOMLPosition? = nil) -> TOMLSyntaxError {
        TOMLSyntaxError(position: position ?? self.position, message: message)
    }

    mutating func advance() {
        if current == "\n" { line += 1; lineStart = index + 1 }
        index += 1
    }

    mutating func skipSpaces() { while current == " " || current == "\t" { advance() } }

    /// Spaces, then a comment or nothing, then the end of the line (or of the file).
    mutating func endOfLine() throws(TOMLSyntaxError) {
        skipSpaces()
        if current == "#" { while let c = current, c != "\n" { advance() } }
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else {
            throw error("unexpected '\(current!)'; expected the end of the line")
        }
        if current == "\n" { advance() }
    }

    mutating func document() throws(TOMLSyntaxError) -> [TOMLEntry] {
        var entries: [TOMLEntry] = []
        var table: (index: Int, entries: [TOMLEntry])? = nil
        func close() {
            if let open = table { entries[open.index].value = .table(open.entries) }
        }
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
                close()
                if entries.contains(where: { $0.key == name }) { throw error("table [\(name)] is defined twice", at: start) }
                entries.append(TOMLEntry(key: name, keyPosition: start, value: .table([]), valuePosition: start))
                table = (entries.count - 1, [])
                continue
            }
            let entry = try keyValue()
            try endOfLine()
            if var open = table {
                if open.entries.contains(where: { $0.key == entry.key }) {
                    throw error("key '\(entry.key)' is defined twice", at: entry.keyPosition)
                }
                open.entries.append(entry)
                table = open
            } else {
                if entries.contains(where: { $0.key == entry.key }) {
                    throw error("key '\(entry.key)' is defined twice", at: entry.keyPosition)
                }
                entries.append(entry)
            }
        }
        close()
        return entries
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

    mutating func key() throws(TOMLSyntaxError) -> String {
        if current == "\"" { return try string() }
        var name = ""
        while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "." {
            name.unicodeScalars.append(c)
            advance()
        }
        guard !name.isEmpty else {
            throw error(current.map { "unexpected '\($0)'; expected a key" } ?? "unexpected end of file; expected a key")
        }
        return name
    }

    mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        guard let c = current else { throw error("unexpected end of file; expected a value") }
        switch c {
        case "\"": return .string(try string())
        case "{": return .table(try inlineTable())
        case "t", "f":
            var word = ""
            while let c = current, c.properties.isAlphabetic { word.unicodeScalars.append(c); advance() }
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            throw error("unexpected '\(word)'; expected a value (a \"string\", a number, true/false or { … })")
        case "-", "+", "0"..."9":
            let start = position
            var digits = ""
            while let c = current, c == "-" || c == "+" || ("0"..."9").contains(c) || c == "_" {
                if c != "_" { digits.unicodeScalars.append(c) }
                advance()
            }
            guard let number = Int(digits) else { throw error("'\(digits)' is not a whole number", at: start) }
            return .integer(number)
        default:
            throw error("unexpected '\(c)'; expected a value (a \"string\", a number, true/false or { … })")
        }
    }

    mutating func string() throws(TOMLSyntaxError) -> String {
        let start = position
        advance()
        var text = ""
        while let c = current {
            switch c {
            case "\"":
                advance()
                return text
            case "\n":
                throw error("unterminated string", at: start)
            case "\\":
                advance()
                guard let escaped = current else { throw error("unterminated string", at: start) }
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                default: throw error("unknown escape '\\\(escaped)'")
                }
                advance()
            default:
                text.unicodeScalars.append(c)
                advance()
            }
        }
        throw error("unterminated string", at: start)
    }

    mutating func inlineTable() throws(TOMLSyntaxError) -> [TOMLEntry] {
        advance()
        var entries: [TOMLEntry] = []
        skipSpaces()
        if current == "}" { advance(); return entries }
        while true {
            skipSpaces()
            let entry = try keyValue()
            if entries.contains(where: { $0.key == entry.key }) {
                throw error("key '\(entry.key)' is defined twice", at: entry.keyPosition)
            }
            entries.append(entry)
            skipSpaces()
            if current == "," { advance(); continue }
            if current == "}" { advance(); return entries }
            throw error(current.map { "unexpected '\($0)'; expected ',' or '}'" } ?? "unexpected end of file; expected '}'")
        }
    }
}
