import Foundation

/// A table to export: what the user sees (a list, a detail) or the flat membership table, written as
/// CSV, JSON or Markdown.
public struct ExportTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) { self.columns = columns; self.rows = rows }

    public enum Format: String, CaseIterable, Sendable {
        case csv, json, markdown

        /// From a file name's extension: .csv, .json, .md/.markdown.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".csv") { self = .csv }
            else if lower.hasSuffix(".json") { self = .json }
            else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .markdown }
            else { return nil }
        }

        public var fileExtension: String { self == .markdown ? "md" : rawValue }
    }

    /// `guardFormulas`: CSV cells that a spreadsheet would run as formulas get a leading `'` (see `CSV`).
    public func rendered(as format: Format, guardFormulas: Bool = true) -> String {
        switch format {
        case .csv:
            // Sanitised like every text output; JSON keeps the exact text, escaped.
            return CSV.safeRow(columns, guardFormulas: guardFormulas)
                + rows.map { CSV.safeRow($0, guardFormulas: guardFormulas) }.joined()
        case .json:
            // Column names become keys; JSON keeps the exact text, escaped.
            return JSONOutput.array(rows.map { row in
                .object(zip(columns, row).map { ($0, .string($1)) })
            }).rendered()
        case .markdown:
            func cell(_ text: String) -> String {
                text.displaySafe.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            }
            var lines = ["| " + columns.map(cell).joined(separator: " | ") + " |",
                         "|" + String(repeating: "---|", count: columns.count)]
            lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

extension Store {
    /// One row per membership with the territory's and the initiative's fields: the flat table of
    /// `regio export`, restricted to member states and a search when given.
    public func membershipTable(countries: Set<CountryCode> = [], search: String = "") -> ExportTable {
        var table = ExportTable(columns: ["territory_id", "territory", "territory_kind", "country", "nuts",
                                          "initiative_id", "initiative", "initiative_kind", "parent", "role",
                                          "confidence", "sources", "note"])
        for territory in participants(countries: countries, search: search) {
            let place = territories[territory]
            for ref in memberships(ofTerritory: territory) {
                let membership = memberships[ref.membership]
                let initiative = initiatives[ref.initiative]
                table.rows.append([place.id, place.name, place.kind.rawValue, place.country.rawValue, place.nuts ?? "",
                                   initiative.id, initiative.name, initiative.kind.rawValue, initiative.parent ?? "",
                                   membership.role.rawValue, membership.confidence.rawValue,
                                   membership.sources.joined(separator: " "), membership.note ?? ""])
            }
        }
        return table
    }
}
