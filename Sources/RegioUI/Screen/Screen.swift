/// One terminal cell: a character and what it means. A double-width character occupies its cell and the
/// next, which holds a continuation marker.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: StyleRole
    /// True for the right half of a double-width character; the backend draws nothing there.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .text, isContinuation: false)
}

/// The grid that `render` draws into and the terminal backend copies to the screen. Writing outside the
/// grid is clipped, never a crash, and a wide character that would straddle the edge is replaced by a
/// space, so every row is exactly `width` cells.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` at (x, y) in `role`, at most `limit` cells wide (to the right edge when nil), and
    /// returns the column after the last cell written. Text is sanitised of control characters.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        return writeSingleCells(text, x: x, y: y, end: end, role: role) ?? writeCharacters(text, x: x, y: y, end: end, role: role)
    }

    /// `write` for any text, a character at a time, up to column `end`.
    mutating func writeCharacters(_ text: String, x: Int, y: Int, end: Int, role: StyleRole) -> Int {
        var column = x
        for character in text.displaySafe {
            let cells = TextWidth.width(of: character)
            if cells == 0 {
                // A combining mark that arrived on its own (the sanitiser keeps at most two): attach it to
                // the previous cell so that it does not take a cell of its own.
                if column > x, column - 1 < end, column - 1 >= 0 {
                    var previous = self.cells[y * width + column - 1]
                    let joined = String(previous.character) + String(character)
                    // Only what joins into one character attaches (a Hangul vowel after a Latin letter
                    // does not); the rest takes no cell and is dropped.
                    if !previous.isContinuation, joined.count == 1, let combined = joined.first {
                        previous.character = combined
                        self.cells[y * width + column - 1] = previous
                    }
                }
                continue
            }
            if column + cells > end {
                // A cluster wider than the room left (an emoji sequence, a letter with many spacing
                // marks) shows the units that fit rather than vanishing whole.
                guard cells > 2 else { break }
                units: for unit in TextWidth.units(of: character) {
                    // A unit is one character in practice; iterating never trusts that it is.
                    for piece in unit {
                        let pieceWidth = TextWidth.width(of: piece)
                        if column + pieceWidth > end { break units }
                        if column >= 0 && pieceWidth > 0 { place(piece, width: pieceWidth, role: role, x: column, y: y) }
                        column += pieceWidth
                    }
                }
                break
            }
            if column >= 0 { place(character, width: cells, role: role, x: column, y: y) }
            column += cells
        }
        return column
    }

    /// The common case, text whose every scalar is a character of one cell on its own — printable ASCII,
    /// the Latin letters of Europe's names, punctuation, arrows, box drawing — written as `write` would,
    /// a scalar a cell, without working out characters one by one (a frame writes thousands of cells).
    /// Nil for any other text, which `writeCharacters` writes.
    mutating func writeSingleCells(_ text: String, x: Int, y: Int, end: Int, role: StyleRole) -> Int? {
        var count = 0
        if TextWidth.allBytes(of: text, { $0 >= 0x20 && $0 < 0x7F }) {
            count = text.utf8.count
        } else {
            for scalar in text.unicodeScalars {
                guard Self.isSingleCell(scalar) else { return nil }
                count += 1
            }
        }
        let stop = min(end, x + count)
        let first = max(0, x)
        guard first < stop else { return x + min(count, max(0, end - x)) }
        // Whatever wide character reaches into the cells written is blanked whole, as `place` does.
        release(x: first, y: y, count: stop - first)
        let row = y * width
        var column = x
        for scalar in text.unicodeScalars {
            guard column < stop else { break }
            if column >= 0 { cells[row + column] = Cell(character: Character(scalar), role: role, isContinuation: false) }
            column += 1
        }
        return column
    }

    /// A scalar that is a character by itself (no scalar in these ranges joins the one before it or after
    /// it), is shown unchanged by `displaySafe` and takes one cell.
    private static func isSingleCell(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F: true
        // Latin-1 letters and signs (not the soft hyphen), Latin Extended-A and -B; general punctuation
        // from the dashes to "…"; arrows; box drawing, blocks and geometric shapes.
        case 0xA1...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x25FF:
            TextWidth.width(of: scalar) == 1
        default: false
        }
    }

    /// Puts a character of `width` cells at (x, y): its first cell holds it, the rest are continuations
    /// that the backend skips, so the terminal gets all of a cluster's scalars in one run.
    private mutating func place(_ character: Character, width cellCount: Int, role: StyleRole, x: Int, y: Int) {
        release(x: x, y: y, count: max(1, cellCount))
        cells[y * width + x] = Cell(character: character, role: role, isContinuation: false)
        for column in x + 1..<x + max(1, cellCount) {
            cells[y * width + column] = Cell(character: " ", role: role, isContinuation: true)
        }
    }

    /// Writes `text` fitted (truncated with "…" or padded) to exactly `width` cells.
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, alignRight: Bool = false) {
        guard width > 0 else { return }
        let fitted = TextWidth.fit(text.displaySafe, to: width, alignRight: alignRight)
        let end = write(fitted, x: x, y: y, role: role, limit: width)
        if end < x + width { fill(x: end, y: y, width: x + width - end, height: 1, role: role) }
    }

    /// Changes the role of existing cells, e.g. to mark a search match or a selection.
    public mutating func restyle(x: Int, y: Int, width: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(self.width, x + width)) {
            cells[y * self.width + column].role = role
        }
    }

    public mutating func fill(x: Int, y: Int, width: Int, height: Int, role: StyleRole, character: Character = " ") {
        for row in max(0, y)..<max(max(0, y), min(self.height, y + height)) {
            for column in max(0, x)..<max(max(0, x), min(self.width, x + width)) {
                place(character, width: 1, role: role, x: column, y: row)
            }
        }
    }

    /// Frees cells x..<x+count for new content: a wide character reaching into them from either side is
    /// blanked whole, so no half of one is ever left behind.
    private mutating func release(x: Int, y: Int, count: Int) {
        let row = y * width
        var start = x
        while start > 0 && cells[row + start].isContinuation { start -= 1 }
        var end = min(width, x + count)
        while end < width && cells[row + end].isContinuation { end += 1 }
        for column in start..<end {
            cells[row + column] = Cell(character: " ", role: cells[row + column].role, isContinuation: false)
        }
    }

    /// Each row as text, continuation cells left out: what a terminal shows (for snapshots and tests).
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation { line.append(self[column, row].character) }
            return line
        }
    }

    public var plainText: String { lines.joined(separator: "\n") }
}
