import Foundation

/// CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, a double quote or
/// a line break, quotes doubled inside quoted fields.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
/// formula: `=HYPERLINK("http://evil","x")` from a data file would become a live link, `=cmd|…` a
/// command (OWASP "CSV injection"). Unless `guardFormulas` is off, such a cell gets a leading `'`, which
/// spreadsheets show as text and do not display. A plain number (`-3`, `+1.5`) is left as it is: it
/// cannot be a formula.
public enum CSV {
    public static func row(_ fields: [String], guardFormulas: Bool = true) -> String {
        fields.map { field($0, guardFormulas: guardFormulas) }.joined(separator: ",") + "\r\n"
    }

    /// A row of untrusted text, made display-safe (a tab or line break becomes a space). The guard looks
    /// at the text before and after, so that neither a leading tab nor a dropped invisible character
    /// hides a formula.
    public static func safeRow(_ fields: [String], guardFormulas: Bool = true) -> String {
        fields.map { value in
            let safe = value.displaySafe
            let guarded = guardFormulas && (startsFormula(value) || startsFormula(safe))
            return quoted(guarded ? "'" + safe : safe)
        }.joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String, guardFormulas: Bool = true) -> String {
        quoted(guardFormulas && startsFormula(value) ? "'" + value : value)
    }

    private static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet could take the cell for a formula.
    static func startsFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return !isPlainNumber(value)
    }

    private static func isPlainNumber(_ value: String) -> Bool {
        value.wholeMatch(of: /[+-]?[0-9]+(\.[0-9]+)?/) != nil
    }
}
