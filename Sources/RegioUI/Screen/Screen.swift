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
        var column = x
        for character in text.displaySafe {
            let cells = TextWidth.width(of: character)
            if cells == 0 {
                // A combining mark that arrived on its own (the sanitiser keeps at most two): attach it to
                // the previous cell so that it does not take a cell of its own.
                if column > x, column - 1 < end, column - 1 >= 0 {
                    var previous = self.cells[y * width + column - 1]
                    if !previous.isContinuation {
                        previous.character = Character(String(previous.character) + String(character))
                        self.cells[y * width + column - 1] = previous
                    }
                }
                continue
            }
            if column + cells > end { break }
            if column >= 0 {
                put(Cell(character: character, role: role, isContinuation: false), x: column, y: y)
                if cells == 2 { put(Cell(character: " ", role: role, isContinuation: true), x: column + 1, y: y) }
            }
            column += cells
        }
        return column
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
                put(Cell(character: character, role: role, isContinuation: false), x: column, y: row)
            }
        }
    }

    /// Sets one cell without leaving half of a wide character behind: overwriting either half of one
    /// blanks the other half.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && !cell.isContinuation && x > 0 {
            cells[index - 1] = Cell(character: " ", role: cells[index - 1].role, isContinuation: false)
        }
        if !old.isContinuation && x + 1 < width && cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", role: cells[index + 1].role, isContinuation: false)
        }
        cells[index] = cell
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
