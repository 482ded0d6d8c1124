import RegioModel
import RegioUI

/// A plain-text table for the terminal, or CSV from the same rows.
struct Table {
    struct Column {
        var title: String
        var alignRight = false
        /// Flexible columns give up width first when the table is wider than the terminal.
        var flexible = false
        /// Which columns are left out when the terminal is too narrow even so: the lowest first; 0 never.
        var priority = 0
        /// Names lose their middle when cut (their ends tell them apart), as in the dashboard.
        var cutMiddle = false
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
    /// The text table shows what the dashboard's pane shows (labels, "12/63" within a filter), the name
    /// indented under its parent; the sorted column is marked ▲ or ▼ and never left out.
    init<Row>(_ schema: [RegioUI.Column<Row>], context: TableContext, rows: [Row], sort: SortSpec? = nil,
              indent: ((Row) -> String)? = nil) {
        let export = schema.exportTable(context, rows: rows)
        let text = schema.filter { $0.exported && ($0.onScreen || $0.id == "id") }
        columns = text.map { column in
            let sorted = column.id == sort?.column
            return Column(title: column.id.uppercased() + (sorted ? sort!.marker : ""), alignRight: column.alignRight,
                          flexible: column.flexible || column.id == "id", priority: sorted || column.id == "id" ? 0 : column.priority,
                          cutMiddle: column.cut == .middle)
        }
        csvHeader = export.columns
        self.rows = export.rows
        textRows = rows.map { row in
            text.map { column in
                column.id == "name" ? (indent?(row) ?? "") + column.file(context, row) : column.screen(context, row)
            }
        }
    }

    /// Columns separated by two spaces; when `width` is given (stdout is a terminal) the widest flexible
    /// columns (ids, names, leads) shrink first, down to 24 cells; then optional columns are left out
    /// (lowest priority first); then flexible columns shrink down to 12 — so that lines fit.
    func rendered(width: Int?) -> String {
        let safeRows = (textRows ?? rows).map { $0.map(\.displaySafe) }
        var widths = columns.indices.map { column in
            max(TextWidth.width(of: columns[column].title),
                safeRows.map { TextWidth.width(of: $0[column]) }.max() ?? 0)
        }
        var kept = Array(columns.indices)
        if let width {
            func excess() -> Int { kept.reduce(0) { $0 + widths[$1] } + 2 * (kept.count - 1) - width }
            // One cell at a time from the widest flexible column, so that they end up level.
            func level(to floor: Int) {
                while excess() > 0, let widest = kept.filter({ columns[$0].flexible && widths[$0] > floor })
                    .max(by: { widths[$0] < widths[$1] }) {
                    widths[widest] -= 1
                }
            }
            level(to: 24)
            while excess() > 0, let drop = kept.filter({ columns[$0].priority > 0 })
                .min(by: { columns[$0].priority < columns[$1].priority }) {
                kept.removeAll { $0 == drop }
            }
            level(to: 12)
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (position, column) in kept.enumerated() {
                let cell = cells[column]
                let isLast = position == kept.count - 1
                let cut = columns[column].cutMiddle ? TextWidth.truncateMiddle(cell, to: widths[column])
                    : TextWidth.truncate(cell, to: widths[column])
                text += isLast && !columns[column].alignRight ? cut : TextWidth.fit(cut, to: widths[column], alignRight: columns[column].alignRight)
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
