import RegioModel

/// The EU-27 as a tile grid: one tile per member state at its rough place on the map.
public enum MemberStateMap {
    /// (code, column, row). Seven columns, seven rows.
    public static let tiles: [(code: CountryCode, column: Int, row: Int)] = [
        ("SE", 4, 0), ("FI", 5, 0),
        ("IE", 0, 1), ("DK", 3, 1), ("EE", 5, 1),
        ("NL", 1, 2), ("DE", 2, 2), ("PL", 3, 2), ("LT", 4, 2), ("LV", 5, 2),
        ("BE", 1, 3), ("LU", 2, 3), ("CZ", 3, 3), ("SK", 4, 3),
        ("FR", 1, 4), ("AT", 2, 4), ("HU", 3, 4), ("RO", 4, 4),
        ("PT", 0, 5), ("ES", 1, 5), ("IT", 2, 5), ("SI", 3, 5), ("HR", 4, 5), ("BG", 5, 5),
        ("MT", 2, 6), ("EL", 4, 6), ("CY", 5, 6),
    ]

    public static func position(of code: CountryCode) -> (column: Int, row: Int)? {
        tiles.first { $0.code == code }.map { ($0.column, $0.row) }
    }

    /// The nearest tile in a direction (dx, dy): the closest one ahead, preferring those in line.
    public static func neighbour(of code: CountryCode, direction: (Int, Int)) -> CountryCode? {
        guard let from = position(of: code) else { return nil }
        let ahead = tiles.filter { tile in
            let dx = tile.column - from.column, dy = tile.row - from.row
            return direction.0 != 0 ? dx * direction.0 > 0 : dy * direction.1 > 0
        }
        return ahead.min { a, b in
            func cost(_ tile: (code: CountryCode, column: Int, row: Int)) -> Int {
                let along = direction.0 != 0 ? abs(tile.column - from.column) : abs(tile.row - from.row)
                let across = direction.0 != 0 ? abs(tile.row - from.row) : abs(tile.column - from.column)
                return along + 2 * across
            }
            return cost(a) != cost(b) ? cost(a) < cost(b) : a.code < b.code
        }?.code
    }

    /// Density marks, readable without colour: the legend pairs each with its range, and the tiles
    /// use the same marks (· for none, not a blank the legend cannot show).
    public static let bins: [(range: ClosedRange<Int>, mark: Character)] = [
        (0...0, "·"), (1...2, "░"), (3...5, "▒"), (6...10, "▓"), (11...Int.max, "█"),
    ]

    public static func mark(for count: Int) -> Character {
        bins.first { $0.range.contains(count) }?.mark ?? "·"
    }
}
