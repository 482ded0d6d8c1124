/// The scanner under `MiniTOML`: one pass over the text's scalars, tracking line and column.
struct TOMLParser {
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

    /// Inside an array: spaces, newlines and comments.
    mutating func skipBlankLines() {
        while let c = current {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
            else if c == "#" { while let c = current, c != "\n" { advance() } }
            else { return }
        }
    }

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

    mutating func key() throws(TOMLSyntaxError) -> String {
        if current == "\"" || current == "'" { return try string() }
        var name = ""
        while let c = current, Self.isBareKeyScalar(c) {
            name.unicodeScalars.append(c)
            advance()
        }
        guard !name.isEmpty else {
            throw error(current.map { "unexpected '\($0)'; expected a key" } ?? "unexpected end of file; expected a key")
        }
        return name
    }

    /// Letters (any script, as before TOML 1.1 made it official), digits, `_`, `-`, and `.` (dotted keys
    /// are kept whole, as one name). ASCII is checked first: the Unicode property lookup is slow.
    static func isBareKeyScalar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": true
        default: c.value > 0x7F && c.properties.isAlphabetic
        }
    }

    /// A "basic" string with escapes, or a 'literal' one without.
    mutating func string() throws(TOMLSyntaxError) -> String {
        let start = position
        let quote = current!
        advance()
        var text = ""
        while let c = current {
            switch c {
            case quote:
                advance()
                return text
            case "\n":
                throw error("unterminated string", at: start)
            case "\\" where quote == "\"":
                try escape(into: &text, stringStart: start)
            default:
                text.unicodeScalars.append(c)
                advance()
            }
        }
        throw error("unterminated string", at: start)
    }

    private mutating func escape(into text: inout String, stringStart: TOMLPosition) throws(TOMLSyntaxError) {
        let backslash = position
        advance()
        guard let escaped = current else { throw error("unterminated string", at: stringStart) }
        advance()
        switch escaped {
        case "n": text.append("\n")
        case "t": text.append("\t")
        case "r": text.append("\r")
        case "b": text.append("\u{8}")
        case "f": text.append("\u{C}")
        case "\"": text.append("\"")
        case "\\": text.append("\\")
        case "u", "U":
            let count = escaped == "u" ? 4 : 8
            var digits = ""
            for _ in 0..<count {
                guard let c = current, c.properties.isASCIIHexDigit else { break }
                digits.unicodeScalars.append(c)
                advance()
            }
            guard digits.count == count, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw error("'\\\(escaped)' needs \(count) hex digits naming a Unicode scalar", at: backslash)
            }
            text.unicodeScalars.append(scalar)
        default:
            throw error("unknown escape '\\\(escaped)'; expected \\n \\t \\r \\b \\f \\\" \\\\ \\uXXXX or \\UXXXXXXXX",
                        at: backslash)
        }
    }

    /// A string, number or boolean.
    mutating func scalarValue() throws(TOMLSyntaxError) -> TOMLValue {
        guard let c = current else { throw error("unexpected end of file; expected a value") }
        switch c {
        case "\"", "'": return .string(try string())
        case "t", "f":
            let start = position
            var word = ""
            while let c = current, c.properties.isAlphabetic { word.unicodeScalars.append(c); advance() }
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            throw error("unexpected '\(word)'; expected a value (a \"string\", a number, true/false, { … } or [ … ])", at: start)
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
            throw error("unexpected '\(c)'; expected a value (a \"string\", a number, true/false, { … } or [ … ])")
        }
    }
}
