import RegioModel

/// Draws a table into a rectangle: the column header (with ▲ or ▼ on the sorted column), the rows from
/// the scroll offset, the selected row highlighted and what a search matched marked. Every list of the
/// dashboard is one of these; only the columns differ.
struct TableView<Row> {
    let columns: [Column<Row>]
    let context: TableContext
    let rows: [Row]
    let position: ListPosition
    /// The sorted column; nil while a search orders rows by how well they match.
    let sort: SortSpec?
    let focused: Bool
    /// The style of a row's text (linked rows stand out).
    var rowRole: (Row) -> StyleRole = { _ in .text }

    /// The screen columns kept in a rectangle `width` wide and `height` high (header included), with
    /// their widths and where each starts. Widths follow the rows on screen.
    func fitted(width: Int, height: Int) -> [(column: Column<Row>, x: Int, width: Int)] {
        let shown = shownColumns
        return fit(shown, cells: cells(shown, visible(height: height - 1)), width: width).map { ($0.column, $0.x, $0.width) }
    }

    /// The columns the screen shows; the sorted one is never dropped (its ▲ or ▼ must be on screen).
    private var shownColumns: [Column<Row>] {
        columns.filter(\.onScreen).map { column in
            var column = column
            if column.id == sort?.column { column.priority = 0 }
            return column
        }
    }

    /// Each visible row's text per shown column, worked out once per frame for fitting and drawing.
    private func cells(_ shown: [Column<Row>], _ rows: [(offset: Int, row: Row)]) -> [[String]] {
        rows.map { entry in shown.map { $0.screen(context, entry.row) } }
    }

    private func fit(_ shown: [Column<Row>], cells: [[String]], width: Int) -> [(column: Column<Row>, index: Int, x: Int, width: Int)] {
        let natural = shown.indices.map { index in
            cells.reduce(headerTitle(shown[index]).width) { max($0, TextWidth.width(of: $1[index])) }
        }
        var x = 0
        return ColumnFit.fit(shown, natural: natural, width: width).map { index, width in
            defer { x += width + 1 }
            return (shown[index], index, x, width)
        }
    }

    /// Draws the table; returns whether the selected row's name had to be cut (so the caller can show it
    /// whole elsewhere).
    @discardableResult
    func draw(in rect: Rect, on screen: inout Screen) -> Bool {
        guard rect.width > 0, rect.height > 0 else { return false }
        let shown = shownColumns
        let rows = visible(height: rect.height - 1)
        let texts = cells(shown, rows)
        let layout = fit(shown, cells: texts, width: rect.width)
        for (column, _, x, width) in layout {
            let title = headerTitle(column)
            screen.write(title.text, x: rect.x + x, y: rect.y, width: width, role: .header, alignRight: column.alignRight)
        }
        var selectedCut = false
        for (line, entry) in rows.enumerated() {
            let y = rect.y + 1 + line
            let role = rowRole(entry.row)
            for (column, index, x, width) in layout {
                let value = texts[line][index]
                let cut = TextWidth.width(of: value) > width
                let shown = !cut ? value : column.cut == .middle ? TextWidth.truncateMiddle(value, to: width)
                    : TextWidth.truncate(value, to: width)
                if cut && column.id == "name" && entry.offset == position.selected { selectedCut = true }
                screen.write(shown, x: rect.x + x, y: y, width: width, role: role, alignRight: column.alignRight)
                if column.id == "name" && !context.search.isEmpty { markMatches(shown, x: rect.x + x, y: y, on: &screen) }
            }
            if entry.offset == position.selected {
                for x in rect.x..<rect.maxX where screen[x, y].role != .match {
                    screen.restyle(x: x, y: y, width: 1, role: focused ? .selection : .selectionInactive)
                }
            }
        }
        return selectedCut
    }

    /// The rows on screen from the scroll offset, with their places in the whole list.
    private func visible(height: Int) -> [(offset: Int, row: Row)] {
        guard height > 0, position.scroll < rows.count else { return [] }
        let end = min(rows.count, position.scroll + height)
        return (position.scroll..<end).map { ($0, rows[$0]) }
    }

    /// The header text: the title in the interface language, and the sort marker on the sorted column
    /// (a shape, so the order shows without colour).
    private func headerTitle(_ column: Column<Row>) -> (text: String, width: Int) {
        var text = column.title.isEmpty || column.title == "NUTS" ? column.title : context.language.t(column.title)
        if let sort, sort.column == column.id { text += sort.marker }
        return (text, TextWidth.width(of: text))
    }

    /// Marks what the search matched, in whichever language it was.
    private func markMatches(_ shown: String, x: Int, y: Int, on screen: inout Screen) {
        var offset = 0
        var cellOffsets: [Int] = []
        for character in shown { cellOffsets.append(offset); offset += TextWidth.width(of: character) }
        for range in TextFolding.matchRanges(of: context.search, in: shown) where range.upperBound <= cellOffsets.count {
            let start = cellOffsets[range.lowerBound]
            let end = range.upperBound < cellOffsets.count ? cellOffsets[range.upperBound] : offset
            screen.restyle(x: x + start, y: y, width: end - start, role: .match)
        }
    }
}
