/// Finds columns by name in a CSV header, because CORDIS releases differ in column order and some lack
/// optional columns (older ones have no `contentUpdateDate`).
struct CSVHeader {
    let file: String
    let fieldCount: Int
    private let positions: [String: Int]

    /// Reads the header record; fails with the file, line 1 and the columns that are missing.
    init(_ record: CSVStream.Record, file: String, required: [String]) throws(CordisImportError) {
        self.file = file
        fieldCount = record.count
        var positions: [String: Int] = [:]
        for index in 0..<record.count {
            guard let name = record.string(index) else {
                throw CordisImportError(file: file, line: record.line, message: "the header is not valid UTF-8")
            }
            if positions[name] == nil { positions[name] = index }
        }
        self.positions = positions
        let missing = required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            let found = positions.count > 12 ? "\(positions.count) columns" : positions.keys.sorted().joined(separator: ", ")
            throw CordisImportError(file: file, line: record.line, message: "no column "
                + missing.map { "\"\($0)\"" }.joined(separator: ", ")
                + "; expected a semicolon-separated header naming " + required.joined(separator: ", ")
                + " (found: \(found))")
        }
    }

    func index(_ name: String) -> Int? { positions[name] }

    /// The named column's index; only for columns passed as `required`.
    func required(_ name: String) -> Int { positions[name]! }

    /// Checks that a data record has as many fields as the header.
    func check(_ record: CSVStream.Record) throws(CordisImportError) {
        guard record.count == fieldCount else {
            throw CordisImportError(file: file, line: record.line, message: "expected \(fieldCount) fields "
                + "separated by ; (as in the header), found \(record.count); a quote or separator out of place?")
        }
    }

    /// The text of a field, or an error naming the column when it is not UTF-8.
    func text(_ record: CSVStream.Record, _ index: Int?) throws(CordisImportError) -> String {
        guard let index else { return "" }
        guard let text = record.string(index) else {
            let name = positions.first(where: { $0.value == index })?.key ?? "field \(index + 1)"
            throw CordisImportError(file: file, line: record.line, message: "column \(name) is not valid UTF-8 text")
        }
        return text
    }
}

/// A CORDIS file that cannot be imported: where, and what was expected there.
public struct CordisImportError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    /// The file could not be opened or read at all (exit 66), rather than read and found malformed (65).
    public var unreadable: Bool

    public init(file: String, line: Int?, message: String, unreadable: Bool = false) {
        self.file = file; self.line = line; self.message = message; self.unreadable = unreadable
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
