import RegioModel
import RegioUI

/// A plain-text table for the terminal, or CSV from the same rows.
struct Table {
    struct Column {
        var title: String
        var alignRight = false
        /// Flexible columns give up width first when the table is wider than the terminal.
        var flexible = false
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// The CSV header, when it differs from the titles: the columns' ids, as every file regio writes.
    var csvHeader: [String]?
    /// The text rows, when the CSV rows differ (names indented under their parents on screen only).
    var textRows: [[String]]?

    init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// A table of a dashboard pane's columns: the text table shows the id and the columns the pane shows,
    /// titled by id; CSV has every exported column with the ids as headers (see `Column.exportTable`).
    init<Row>(_ schema: [RegioUI.Column<Row>], context: TableContext, rows: [Row], indent: ((Row) -> String)? = nil) {
        let export = schema.exportTable(context, rows: rows)
        let text = schema.filter { $0.exported && ($0.onScreen || $0.id == "id") }
        columns = text.map { Column(title: $0.id.uppercased(), alignRight: $0.alignRight, flexible: $0.flexible) }
        csvHeader = export.columns
        self.rows = export.rows
        let positions = text.map { column in export.columns.firstIndex(of: column.id)! }
        textRows = zip(rows, export.rows).map { row, cells in
            positions.map { position in
                export.columns[position] == "name" ? (indent?(row) ?? "") + cells[position] : cells[position]
            }
        }
    }

    /// Columns separated by two spaces; when `width` is given (stdout is a terminal) flexible columns
    /// shrink, down to 12 cells each, so that lines fit.
    func rendered(width: Int?) -> String {
        let safeRows = (textRows ?? rows).map { $0.map(\.displaySafe) }
        var widths = columns.indices.map { column in
            max(TextWidth.width(of: columns[column].title),
                safeRows.map { TextWidth.width(of: $0[column]) }.max() ?? 0)
        }
        if let width {
            let separators = 2 * (columns.count - 1)
            var excess = widths.reduce(0, +) + separators - width
            for column in columns.indices.reversed() where excess > 0 && columns[column].flexible {
                let give = min(excess, max(0, widths[column] - 12))
                widths[column] -= give
                excess -= give
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                let fitted = TextWidth.fit(cell, to: widths[column], alignRight: columns[column].alignRight)
                text += isLast && !columns[column].alignRight ? TextWidth.truncate(cell, to: widths[column]) : fitted
                if !isLast { text += "  " }
            }
            if let width { text = TextWidth.truncate(text, to: width) }
            return text + "\n"
        }
        return line(columns.map(\.title)) + safeRows.map(line).joined()
    }

    /// `guardFormulas`: cells a spreadsheet would run as formulas get a leading `'` (see `CSV`).
    func csv(guardFormulas: Bool) -> String {
        // Sanitised like the table: CSV is often looked at with cat; JSON keeps the exact text, escaped.
        CSV.safeRow(csvHeader ?? columns.map(\.title), guardFormulas: guardFormulas)
            + rows.map { CSV.safeRow($0, guardFormulas: guardFormulas) }.joined()
    }
}
