import RegioModel

/// The dashboard's three lists.
public enum Pane: Int, CaseIterable, Sendable {
    case participants, networks, platforms

    public var title: String {
        switch self {
        case .participants: "Participants"
        case .networks: "Networks"
        case .platforms: "Thematic platforms"
        }
    }
}

/// Where the cursor is in one list: the selected row and the first row shown.
public struct ListPosition: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0
}

/// What a page of the detail view shows.
public enum PageContent: Hashable, Sendable {
    case entity(EntityRef)
    /// Suggested partners for a territory.
    case partners(Int)
    /// Two territories compared.
    case comparison(Int, Int)
}

/// One page of the detail view's history.
public struct DetailPage: Equatable, Sendable {
    public var content: PageContent
    public var position = ListPosition()

    public init(entity: EntityRef) { content = .entity(entity) }
    public init(_ content: PageContent) { self.content = content }

    /// The territory or initiative shown, for an entity page.
    public var entity: EntityRef? {
        if case .entity(let entity) = content { return entity }
        return nil
    }
}

/// How far the collaboration network's measures are, which a territory's detail shows. They take up to
/// a second for every NUTS-2 region (Brandes's betweenness), so the runtime makes them on a thread of its
/// own the first time a territory's detail opens (`Effect.measureNetwork`) and says when they are done.
public enum NetworkStatus: Equatable, Sendable {
    case notRequested, measuring, measured
}

/// The member-state map while it is open.
public struct MapState: Equatable, Sendable {
    public var selected: CountryCode
    /// The first row of tiles shown when not all seven fit (kept so the selected tile is in view).
    public var firstRow = 0
}

/// Typing a file name to export the current view to.
public struct ExportPrompt: Equatable, Sendable {
    public var text: String
    /// Set when the file exists: the next y confirms overwriting it.
    public var confirmingOverwrite = false
}

/// The member-state picker while it is open.
public struct PickerState: Equatable, Sendable {
    public var chosen: Set<CountryCode>
    public var filter = ""
    public var position = ListPosition()

    public init(chosen: Set<CountryCode>) { self.chosen = chosen }
}

/// Typing a search into the focused list.
public struct SearchInput: Equatable, Sendable {
    public var pane: Pane
    public var text = ""
    /// The search that was in force before, restored by Esc.
    public var previous: String
    /// Which earlier search ↑/↓ put in the field (an index into `AppState.searchHistory`), if any.
    public var recalled: Int?
    /// What was typed before the first ↑, given back when ↓ comes past the latest search.
    public var draft = ""

    public init(pane: Pane, text: String = "", previous: String) {
        self.pane = pane; self.text = text; self.previous = previous
    }
}

/// Everything the screen shows, and nothing it can work out from the store.
public struct AppState: Equatable, Sendable {
    public var size: (width: Int, height: Int) = (80, 24)
    public var focus: Pane = .participants
    public var positions: [Pane: ListPosition] = [:]
    public var countries: Set<CountryCode> = []
    /// NUTS regions the lists are narrowed to (`--nuts SE33`), like `countries`; all when empty.
    public var nutsRegions: [String] = []
    /// Search per pane, applied to that pane's list.
    public var searches: [Pane: String] = [:]
    /// The column each pane is sorted by (by name, A to Z, until one is chosen).
    public var sorts: [Pane: SortSpec] = [:]
    /// Searches kept with Enter, oldest first, for ↑/↓ in the search field (as a shell's history).
    public var searchHistory: [String] = []
    public static let searchHistoryLimit = 50
    /// Collapsed nodes of the thematic-platforms tree (all are expanded at first).
    public var collapsed: Set<Int> = []
    /// The network or partnership whose members the participants list marks.
    public var linkedInitiative: Int?
    /// The detail views opened, most recent last; empty on the dashboard.
    public var history: [DetailPage] = []
    /// What is open over the lists or the detail, if anything: one at a time (see Overlay.swift).
    public var overlay: Overlay?
    /// A territory marked for comparison with the next one marked.
    public var marked: Int?
    /// The last left-button press, for telling a double click (the next press on the same cell, soon after).
    public var lastClick: MouseEvent?
    public var message: StatusMessage?
    public var language: UILanguage = .en
    /// The colour theme in use; the next one in the catalog follows it.
    public var themeName: String
    public var network: NetworkStatus = .notRequested

    public init(size: (width: Int, height: Int) = (80, 24), countries: Set<CountryCode> = [], language: UILanguage = .en,
                themeName: String = "default") {
        self.size = size
        self.countries = countries
        self.language = language
        self.themeName = themeName
    }

    public func position(_ pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    public func sort(_ pane: Pane) -> SortSpec { sorts[pane] ?? SortSpec(column: "name") }

    /// The context keys are read in.
    public var keyContext: KeyContext {
        switch overlay {
        case .help?: .help
        case .exportPrompt?: .prompt
        case .picker?: .picker
        case .map?: .map
        case .search?, nil: history.isEmpty ? .dashboard : .detail
        }
    }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.size == b.size && a.focus == b.focus && a.positions == b.positions && a.countries == b.countries
            && a.searches == b.searches && a.overlay == b.overlay && a.sorts == b.sorts
            && a.collapsed == b.collapsed && a.linkedInitiative == b.linkedInitiative && a.history == b.history
            && a.message == b.message && a.themeName == b.themeName && a.marked == b.marked && a.language == b.language
            && a.nutsRegions == b.nutsRegions && a.lastClick == b.lastClick && a.searchHistory == b.searchHistory
            && a.network == b.network
    }
}

/// A line for the status bar: information, or an error such as a broken config file.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, warning, error }
    public var kind: Kind
    public var text: String
    public init(_ kind: Kind, _ text: String) { self.kind = kind; self.text = text }
}
