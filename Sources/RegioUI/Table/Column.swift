import RegioModel

/// What a column's values are worked out from: the store, the interface language (names and labels
/// are shown in it) and the member-state filter (member counts are counted within it).
public struct TableContext: Sendable {
    public let store: Store
    public let language: UILanguage
    public let countries: Set<CountryCode>
    /// NUTS regions the lists are narrowed to (`--nuts SE33`); member counts are counted within them too.
    public var nutsRegions: [String] = []
    /// Whether member counts are counted within a filter (member states or NUTS regions).
    public var isFiltered: Bool { !countries.isEmpty || !nutsRegions.isEmpty }
    /// The search in force: a name that matched in another language shows that name too.
    public var search = ""
    /// The participants the highlighted network links (marked ●) and the one marked to compare (◆).
    public var linked: Set<Int> = []
    public var marked: Int?
    /// On screen, no cell shows more than this many cells (the terminal's width): a list of names may
    /// stop once past it, since what is cut is the same. Nil for files, which get every value whole.
    public var cellLimit: Int?
    /// The program's cache, for cells that take long to work out (nil: worked out every time).
    public var views: ViewCache?

    public init(store: Store, language: UILanguage = .en, countries: Set<CountryCode> = []) {
        self.store = store
        self.language = language
        self.countries = countries
    }
}

/// One column of a table, the same wherever the table appears: a dashboard pane, `regio list`, the
/// dashboard's export and `regio export`. Its `id` is the header of CSV, JSON and Markdown output and the
/// name `--sort` takes; its `title` is what the screen header says, in the interface language.
public struct Column<Row>: Sendable {
    public enum Cut: Sendable {
        /// Keep the start: codes, counts, labels.
        case end
        /// Keep the start and the end: long names that differ at the end ("… on Energy", "… on Agri-Food").
        case middle
    }

    public var id: String
    public var title: String
    /// Cells the column needs to be useful; below it the column is dropped (see `priority`).
    public var minWidth: Int
    /// For the name: how much of a long value it shows before optional columns get room.
    public var preferredWidth: Int
    /// Flexible columns take the width left over, the first one first (up to its longest value).
    public var flexible = false
    public var alignRight = false
    /// Which columns give way when the table is narrow: the lowest first; 0 never.
    public var priority = 0
    public var cut = Cut.end
    /// Whether the screen shows it (ids are exported but not shown: the names say it on screen).
    public var onScreen = true
    /// Whether files get it (a mark column is screen only).
    public var exported = true
    /// The text a cell shows on screen.
    public var screen: @Sendable (TableContext, Row) -> String
    /// The value written to files: data rather than a label (`region`, not "Region"); the screen text
    /// unless given.
    public var file: @Sendable (TableContext, Row) -> String

    public init(id: String, title: String, minWidth: Int, preferredWidth: Int? = nil, flexible: Bool = false, alignRight: Bool = false,
                priority: Int = 0, cut: Cut = .end, onScreen: Bool = true, exported: Bool = true,
                screen: @escaping @Sendable (TableContext, Row) -> String,
                file: (@Sendable (TableContext, Row) -> String)? = nil) {
        self.id = id; self.title = title; self.minWidth = minWidth; self.preferredWidth = preferredWidth ?? minWidth
        self.flexible = flexible
        self.alignRight = alignRight; self.priority = priority; self.cut = cut; self.onScreen = onScreen
        self.exported = exported; self.screen = screen; self.file = file ?? screen
    }
}

/// Which column a table is sorted by, and which way. The header marks it with ▲ or ▼.
public struct SortSpec: Equatable, Hashable, Sendable {
    public var column: String
    public var descending = false

    public init(column: String, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    public var marker: String { descending ? "▼" : "▲" }

    /// Each value's place when its English label, translated, is sorted in the language's order: how a
    /// column of labels (kinds) sorts by what the screen shows.
    static func rank<Value: Hashable>(_ values: [Value], language: UILanguage, label: (Value) -> String) -> [Value: Int] {
        let keys = values.map { ($0, Collation.key(language.t(label($0)), language: language.nameLanguage)) }
        return Dictionary(uniqueKeysWithValues: keys.sorted { $0.1 < $1.1 }.enumerated().map { ($1.0, $0) })
    }
}

extension Array {
    /// The rows as a file table: the exported columns' ids as headers, their file values as cells.
    public func exportTable<Row>(_ context: TableContext, rows: some Sequence<Row>) -> ExportTable where Element == Column<Row> {
        let columns = filter(\.exported)
        var table = ExportTable(columns: columns.map(\.id))
        for row in rows { table.rows.append(columns.map { $0.file(context, row) }) }
        return table
    }
}
