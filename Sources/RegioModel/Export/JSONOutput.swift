/// JSON for output, with keys in the order they are given so that scripts and diffs see a stable
/// document. Strings are escaped so that no control character from the data reaches the output raw.
public indirect enum JSONOutput: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with a fraction, written with at most `decimals` digits after the point (as the table
    /// shows it); not finite is null, which JSON has no number for.
    case number(Double, decimals: Int)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    public static func optional(_ value: String?) -> JSONOutput { value.map { .string($0) } ?? .null }
    public static func strings(_ values: [String]) -> JSONOutput { .array(values.map { .string($0) }) }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        output.append("\n")
        return output
    }

    /// On one line, no spaces: for files of one record per line.
    public func compact() -> String {
        var output = ""
        writeCompact(to: &output)
        return output
    }

    private func writeCompact(to output: inout String) {
        switch self {
        case .array(let values):
            output.append("[")
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(",") }
                value.writeCompact(to: &output)
            }
            output.append("]")
        case .object(let members):
            output.append("{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(",") }
                Self.writeString(key, to: &output)
                output.append(":")
                value.writeCompact(to: &output)
            }
            output.append("}")
        default:
            write(to: &output, indent: "")
        }
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(String(value))
        case .number(let value, let decimals): output.append(Self.numberText(value, decimals: decimals))
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { output.append("[]"); return }
            output.append("[\n")
            let inner = indent + "  "
            for (index, value) in values.enumerated() {
                output.append(inner)
                value.write(to: &output, indent: inner)
                output.append(index == values.count - 1 ? "\n" : ",\n")
            }
            output.append(indent + "]")
        case .object(let members):
            guard !members.isEmpty else { output.append("{}"); return }
            output.append("{\n")
            let inner = indent + "  "
            for (index, (key, value)) in members.enumerated() {
                output.append(inner)
                Self.writeString(key, to: &output)
                output.append(": ")
                value.write(to: &output, indent: inner)
                output.append(index == members.count - 1 ? "\n" : ",\n")
            }
            output.append(indent + "}")
        }
    }

    /// `0.123457`, `1`, `0`: rounded to `decimals`, without trailing zeros, never in exponent form.
    static func numberText(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "null" }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(Int64(value.rounded())) }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        var whole = String(padded.dropLast(decimals)), fraction = String(padded.suffix(decimals))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        var marksInARow = 0
        for scalar in value.unicodeScalars {
            let value = scalar.value
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            default:
                // C0 and C1 controls, DEL, bidirectional controls, invisible zero-width and format
                // characters, line separators and the third combining mark in a row are written as
                // escapes: the text stays exact, nothing hides in it, and what the terminal-safe output
                // layer would change is not there raw.
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
                    || (0x2028...0x202E).contains(value) || (0x2060...0x2069).contains(value) || value == 0xFEFF
                    || (0xFFF9...0xFFFB).contains(value) || String.isFloodingMark(scalar, marksBefore: marksInARow) {
                    appendEscape(value, to: &output)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            marksInARow = value >= 0x300 && String.isCombiningMark(scalar) ? marksInARow + 1 : 0
        }
        output.append("\"")
    }

    /// `\uXXXX`, or a surrogate pair of them beyond the Basic Multilingual Plane.
    private static func appendEscape(_ value: UInt32, to output: inout String) {
        func unit(_ unit: UInt32) {
            let hex = String(unit, radix: 16, uppercase: true)
            output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        }
        if value > 0xFFFF {
            let offset = value - 0x10000
            unit(0xD800 + (offset >> 10))
            unit(0xDC00 + (offset & 0x3FF))
        } else {
            unit(value)
        }
    }
}
