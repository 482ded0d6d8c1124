/// A JSON number must not quietly become another number when it is read into a Double: `1e400` would
/// read as infinity, `1e-400` as 0, and `1.0000000000000000001` as the whole number 1 (a count of 1).
/// Fractions that a Double only approximates (`0.1`) are ordinary and pass.
enum NumberLiteral {
    /// Why `value`, read from the literal `text`, is not the number the text says; nil when it is.
    static func problem(_ text: String, value: Double) -> String? {
        let shown = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
        if value.isInfinite || (value == 0 && !isZero(text)) {
            return "number \(shown) is out of range (it would read as \(value.isInfinite ? "infinity" : "0")); "
                + "expected a number of magnitude between 1e-307 and 1e308, or 0"
        }
        if value == value.rounded(), value.magnitude < 1e15, isWhole(text) == false {
            return "number \(shown) has more digits than regio can hold (it would read as \(Int(value))); "
                + "expected at most 15 significant digits"
        }
        return nil
    }

    /// Whether the digits before any exponent are all zeros (`0.000e-999` is 0, exactly).
    static func isZero(_ text: String) -> Bool {
        !text.prefix { $0 != "e" && $0 != "E" }.contains { ("1"..."9").contains($0) }
    }

    /// Whether the literal is a whole number: no non-zero digit after the decimal point once the
    /// exponent has moved it; nil when the exponent is too large to tell (such numbers are out of range).
    static func isWhole(_ text: String) -> Bool? {
        let parts = text.split(maxSplits: 1, whereSeparator: { $0 == "e" || $0 == "E" })
        guard let mantissa = parts.first else { return nil }
        guard let exponent = parts.count == 2 ? Int(parts[1]) : 0 else { return nil }
        let unsigned = mantissa.drop { $0 == "-" }
        let integerDigits = unsigned.prefix { $0 != "." }.count
        let digits = unsigned.filter { $0 != "." }
        // Digits from this position on are fractional.
        let point = integerDigits + exponent
        return digits.enumerated().allSatisfy { $0.offset < point || $0.element == "0" }
    }
}
