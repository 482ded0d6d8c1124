/// Lines of the detail view that are wider than the view wrap: the rest of the line continues on the
/// next rows, indented under its start, so a narrow terminal loses no fact (a role, a "stated" or
/// "inferred", a source number, a URL). Padding inside a line (aligned columns) is kept. A single word
/// longer than any URL (a hostile name thousands of characters long) loses its middle instead of
/// filling screens.
enum DetailWrap {
    static let longestWord = 400

    static func wrapped(_ rows: [DetailRow], width: Int) -> [DetailRow] {
        guard width > 8 else { return rows }
        var result: [DetailRow] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            // A character takes at most as many cells as it has UTF-8 bytes, so a row of at most `width`
            // bytes fits without measuring it (most rows of a wide view: thousands on the largest pages).
            guard row.kind != .blank, row.spans.reduce(0, { $0 + $1.text.utf8.count }) > width,
                  row.spans.reduce(0, { $0 + TextWidth.width(of: $1.text) }) > width else {
                result.append(row)
                continue
            }
            let lines = wrap(row.spans.map(shortenedWords), width: width)
            for (index, line) in lines.enumerated() {
                result.append(index == 0 ? DetailRow(kind: row.kind, spans: line, target: row.target)
                              : DetailRow(kind: .continuation, spans: line, target: row.target))
            }
        }
        return result
    }

    private static func shortenedWords(_ span: Span) -> Span {
        guard span.text.utf8.count > longestWord else { return span }
        let words = span.text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count > longestWord ? TextWidth.truncateMiddle(String(word), to: longestWord) : String(word)
        }
        return Span(words.joined(separator: " "), span.role)
    }

    /// Breaks at the last space that fits (else inside a word), continuing `hang` cells in (by default
    /// four cells further in than the line's own indent).
    static func wrap(_ spans: [Span], width: Int, hang: Int? = nil) -> [[Span]] {
        var cells: [(character: Character, role: StyleRole, width: Int)] = []
        for span in spans {
            for character in span.text { cells.append((character, span.role, TextWidth.width(of: character))) }
        }
        // A hang asked for is kept while ten cells stay for the text; the default never takes half the line.
        let indent = hang.map { min($0, max(0, width - 10)) }
            ?? min(cells.prefix { $0.character == " " || $0.character == "›" }.count + 4, width / 2)
        var lines: [[Span]] = []
        var start = 0
        var first = true
        while start < cells.count {
            let room = first ? width : width - indent
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < cells.count, used + cells[end].width <= room {
                if cells[end].character == " ", end > start { lastSpace = end }
                used += cells[end].width
                end += 1
            }
            if end == start { end = start + 1 }   // one character wider than the room: alone on its line
            if end < cells.count, let lastSpace, lastSpace > start {
                // A word too long for any line (a URL) starts where it is rather than leave "[1]" alone.
                var wordEnd = lastSpace + 1
                while wordEnd < cells.count, cells[wordEnd].character != " " { wordEnd += 1 }
                let wordWidth = cells[(lastSpace + 1)..<wordEnd].reduce(0) { $0 + $1.width }
                if wordWidth <= width - indent { end = lastSpace }
            }
            var line: [Span] = first ? [] : [Span(String(repeating: " ", count: indent))]
            for cell in cells[start..<end] {
                if let last = line.last, last.role == cell.role, !(line.count == 1 && !first) {
                    line[line.count - 1].text.append(cell.character)
                } else {
                    line.append(Span(String(cell.character), cell.role))
                }
            }
            lines.append(line)
            start = end
            // The space a line broke at is not carried to the next.
            while start < cells.count, cells[start].character == " " { start += 1 }
            first = false
        }
        return lines
    }
}
