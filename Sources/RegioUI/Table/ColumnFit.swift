/// How wide each column of a table is at a given width. The first flexible column (the name) comes
/// first: optional columns are dropped, lowest priority first, until it can show its longest value
/// whole or at least its preferred width (or no optional column is left); then the other flexible columns grow to their longest
/// values; what is left goes to the name.
enum ColumnFit {
    /// The widths of the kept columns, in their order, with the indices (into `columns`) they came from.
    /// `natural[i]` is the widest value column i holds (the rows on screen), its header included.
    static func fit<Row>(_ columns: [Column<Row>], natural: [Int], width: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        let primary = columns.firstIndex(where: \.flexible)
        func fixedWidth(_ index: Int) -> Int { columns[index].flexible ? columns[index].minWidth : max(columns[index].minWidth, natural[index]) }
        func used(_ list: [Int]) -> Int { list.reduce(0) { $0 + fixedWidth($1) } + max(0, list.count - 1) }
        // What the name needs beyond its minimum to be shown whole.
        let wish = primary.map { max(0, min(natural[$0], columns[$0].preferredWidth) - columns[$0].minWidth) } ?? 0
        while used(kept) + wish > width,
              let drop = kept.filter({ columns[$0].priority > 0 }).min(by: { columns[$0].priority < columns[$1].priority }) {
            kept.removeAll { $0 == drop }
        }
        var widths = Dictionary(uniqueKeysWithValues: kept.map { ($0, fixedWidth($0)) })
        var free = width - used(kept)
        if free < 0 {
            // Too narrow even with every optional column gone: columns wider than their minimum give up
            // the excess first, then the name gives up what it must, then any column down to one cell.
            for index in kept.sorted(by: { widths[$0]! > widths[$1]! }) where free < 0 {
                let give = min(-free, widths[index]! - min(widths[index]!, columns[index].minWidth))
                widths[index]! -= give
                free += give
            }
            for index in ([primary].compactMap { $0 } + kept) where free < 0 && widths[index] != nil {
                let give = min(-free, widths[index]! - 1)
                widths[index]! -= give
                free += give
            }
        }
        // Flexible columns grow to their longest value, the name first; the rest goes to the name.
        for index in kept where columns[index].flexible && free > 0 {
            let grow = min(free, max(0, natural[index] - widths[index]!))
            widths[index]! += grow
            free -= grow
        }
        if let target = primary ?? kept.last, widths[target] != nil { widths[target]! += max(0, free) }
        return kept.map { ($0, widths[$0]!) }
    }
}
