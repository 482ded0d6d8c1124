/// A strict RFC 8259 JSON parser over UTF-8 bytes that records the line and column of every value.
///
/// Foundation's parser reports neither positions of values nor duplicate keys, and it is several times
/// slower on large files; the loader needs both positions (to name the line of a bad record) and speed
/// (a million memberships).
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    public var description: String { "\(position): \(message)" }
}

public enum JSONParser {
    /// Deeper nesting than this is rejected instead of exhausting the stack. The data format needs 3.
    public static let maximumDepth = 64

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var reader = JSONReader(bytes: buffer)
            reader.skipByteOrderMark()
            reader.skipWhitespace()
            let node = try reader.parseValue(depth: 0)
            reader.skipWhitespace()
            if !reader.atEnd {
                throw reader.error("unexpected \(reader.describeCurrent()) after the end of the document")
            }
            return node
        }
    }
}

/// The parser's cursor over a buffer: where it is, and the line and column for messages. A value type,
/// so a caller can keep a copy and rewind to it (the fast paths for known record shapes do).
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    // The column is counted forward from the last place it was asked for, so that a long minified line
    // costs linear time rather than quadratic.
    var columnOffset = 0
    var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A reader that starts at `start`, which must be the first byte of line `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, lineStart start: Int, line: Int) {
        self.bytes = bytes
        index = start
        columnOffset = start
        self.line = line
    }

    var atEnd: Bool { index >= bytes.count }

    /// Columns count characters, not bytes, so they match what an editor shows.
    var position: SourcePosition {
        mutating get {
            while columnOffset < index && columnOffset < bytes.count {
                if bytes[columnOffset] & 0xC0 != 0x80 { column += 1 }
                columnOffset += 1
            }
            return SourcePosition(line: line, column: column)
        }
    }

    mutating func error(_ message: String, at position: SourcePosition? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: position ?? self.position)
    }

    func describeCurrent() -> String {
        guard !atEnd else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(UnicodeScalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipByteOrderMark() {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            index = 3
            columnOffset = 3
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                columnOffset = index
                column = 1
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard !atEnd else { throw error("unexpected end of file; expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(depth: depth + 1), at: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(depth: depth + 1), at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = position
        let text = literal.utf8Start
        for offset in 0..<literal.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == text[offset] else {
                throw error("invalid literal; expected '\(literal)'", at: start)
            }
            index += 1
        }
    }

    mutating func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth > JSONParser.maximumDepth {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a member name in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()); expected ':' after the member name")
            }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue(depth: depth)))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file; expected ',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw error("unexpected \(describeCurrent()); expected ',' or '}'")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file; expected ',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error("unexpected \(describeCurrent()); expected ',' or ']'")
            }
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        let startPosition = position
        func digits(_ reader: inout JSONReader) -> Int {
            let from = reader.index
            while reader.index < reader.bytes.count,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) { reader.index += 1 }
            return reader.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw error("invalid number; expected a digit", at: startPosition) }
        if integerDigits > 1 && bytes[index - integerDigits] == UInt8(ascii: "0") {
            throw error("invalid number; leading zeros are not allowed", at: startPosition)
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("invalid number; expected a digit after '.'") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard digits(&self) > 0 else { throw error("invalid number; expected a digit in the exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw error("invalid number '\(text)'", at: startPosition) }
        if let problem = NumberLiteral.problem(text, value: value) { throw error(problem, at: startPosition) }
        return value
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let startPosition = position
        index += 1
        let contentStart = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                index += 1
                return try decodeUTF8(slice, startingAt: startPosition)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacterError(byte) }
            index += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try scratch.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> String in
                    try decodeUTF8(buffer, startingAt: startPosition)
                }
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &scratch)
            default:
                if byte < 0x20 { throw controlCharacterError(byte) }
                scratch.append(byte)
                index += 1
            }
        }
        throw error("unterminated string", at: startPosition)
    }

    mutating func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
        let name = byte == 0x0A ? "a line break" : "control character 0x\(String(byte, radix: 16, uppercase: true))"
        return error("\(name) inside a string; escape it (\\n, \\t, \\u00XX)")
    }

    mutating func decodeUTF8(_ buffer: UnsafeBufferPointer<UInt8>, startingAt start: SourcePosition) throws(JSONSyntaxError) -> String {
        // Most strings are ASCII, which needs no validation; String(validating:) is much slower.
        var ascii = true
        for byte in buffer where byte >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: buffer, as: UTF8.self) }
        guard let string = String(validating: buffer, as: UTF8.self) else {
            throw error("invalid UTF-8 inside a string", at: start)
        }
        return string
    }

    mutating func appendEscape(to scratch: inout [UInt8]) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw error("unterminated escape sequence") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalarValue = try readHex4()
            if (0xD800..<0xDC00).contains(scalarValue) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("unpaired surrogate in \\u escape")
                }
                index += 2
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalarValue) {
                throw error("unpaired surrogate in \\u escape")
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape") }
            scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw error("invalid escape '\\\(Character(UnicodeScalar(byte)))'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unterminated \\u escape") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape; expected four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}

extension JSONParser {
    /// Parses a document whose top level must be an array, handing each element to `body` as soon as it
    /// is parsed, so that a large file never exists as one tree in memory.
    /// Returns nil (after calling nothing) when the top level is not an array; `topLevel` then describes it.
    public static func forEachElement(
        of bytes: [UInt8], _ body: (Int, JSONNode) -> Void
    ) throws(JSONSyntaxError) -> (isArray: Bool, topLevel: String) {
        let outcome = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            try JSONArrayPieces.parse(buffer, opensArray: true, stopAtEnd: false) { (reader, index) throws(JSONSyntaxError) in
                body(index, try reader.parseValue(depth: 1))
            }
        }
        guard outcome.isArray else { return (false, try parse(bytes).value.typeName) }
        return (true, "an array")
    }
}
