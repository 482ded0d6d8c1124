/// Column layout for a pane: each column has a width, and optional ones are dropped (lowest priority
/// first) when the flexible name column would get too narrow.
struct TableColumn {
    var title: String
    var width: Int
    var alignRight = false
    /// Higher stays longer; 0 is never dropped. The flexible column takes what is left.
    var priority = 0
    var flexible = false
}

enum TableColumns {
    /// Fits columns into `width` cells (one space between columns). Returns the kept columns with the
    /// flexible one sized.
    static func fit(_ columns: [TableColumn], width: Int, minimumFlexible: Int = 14) -> [TableColumn] {
        var kept = columns
        func used(_ list: [TableColumn]) -> Int {
            list.filter { !$0.flexible }.reduce(0) { $0 + $1.width } + max(0, list.count - 1)
        }
        while width - used(kept) < minimumFlexible,
              let drop = kept.indices.filter({ !kept[$0].flexible && kept[$0].priority > 0 })
                .min(by: { kept[$0].priority < kept[$1].priority }) {
            kept.remove(at: drop)
        }
        for index in kept.indices where kept[index].flexible {
            kept[index].width = max(1, width - used(kept))
        }
        return kept
    }
}
