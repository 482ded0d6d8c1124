/// Everything a key can do, by a stable kebab-case name (used in the key config and the help).
public enum Command: String, CaseIterable, Sendable {
    case quit
    case help
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case halfPageUp = "half-page-up"
    case halfPageDown = "half-page-down"
    case goTop = "go-top"
    case goBottom = "go-bottom"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case expand
    case collapse
    case open
    case back
    case search
    case pickMemberStates = "pick-member-states"
    case clearFilters = "clear-filters"
    case sort
    case sortPrevious = "sort-previous"
    case reverseSort = "reverse-sort"
    case toggleMark = "toggle-mark"
    case confirm
    case cancel
    case cycleTheme = "cycle-theme"
    case findPartners = "find-partners"
    case markCompare = "mark-compare"
    case showMap = "show-map"
    case export
    case copyRow = "copy-row"
    case yes
    case no
    case suspend
    case erase
    case clearLine = "clear-line"
    case olderSearch = "older-search"
    case newerSearch = "newer-search"

    public var summary: String {
        switch self {
        case .quit: "quit regio"
        case .help: "show or hide this help"
        case .moveUp: "move up"
        case .moveDown: "move down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .halfPageUp: "half a page up"
        case .halfPageDown: "half a page down"
        case .goTop: "go to the first row"
        case .goBottom: "go to the last row"
        case .nextPane: "focus the next pane"
        case .previousPane: "focus the previous pane"
        case .expand: "expand a tree node, else focus the next pane"
        case .collapse: "collapse a tree node, on a child go to its parent, else focus the previous pane"
        case .open: "open the detail of the selected row"
        case .back: "go back"
        case .search: "search the focused list (all languages)"
        case .pickMemberStates: "filter by member state"
        case .clearFilters: "clear the member-state filter and search"
        case .sort: "sort the focused list by the next column"
        case .sortPrevious: "sort the focused list by the previous column"
        case .reverseSort: "reverse the order of the sorted column"
        case .toggleMark: "select or deselect a member state"
        case .confirm: "apply the chosen member states"
        case .cancel: "close"
        case .cycleTheme: "switch to the next colour theme"
        case .findPartners: "suggest partners for the selected territory"
        case .markCompare: "mark a territory, then compare it with the next one marked"
        case .showMap: "member-state map and chart"
        case .export: "export what you see to a CSV, JSON or Markdown file"
        case .copyRow: "copy the selected row to the clipboard (OSC 52)"
        case .yes: "yes"
        case .no: "no"
        case .suspend: "suspend regio (fg resumes)"
        case .erase: "delete the last character typed"
        case .clearLine: "clear the text being typed"
        case .olderSearch: "while searching: put the previous search in the field"
        case .newerSearch: "while searching: put the next search in the field"
        }
    }

    /// What the command does where it is bound: the map's arrows move between tiles, Enter in the
    /// export prompt writes the file, and so on. The help overlay and the README's key table use this.
    public func summary(in context: KeyContext) -> String {
        switch (context, self) {
        case (.map, .moveUp): "move to the member state above"
        case (.map, .moveDown): "move to the member state below"
        case (.map, .collapse): "move to the member state on the left"
        case (.map, .expand): "move to the member state on the right"
        case (.map, .confirm): "filter to the selected member state"
        case (.map, .cancel): "close the map"
        case (.prompt, .confirm): "write the file (asks before replacing one)"
        case (.prompt, .cancel): "cancel the export"
        case (.prompt, .yes): "replace the existing file"
        case (.prompt, .no): "keep the existing file"
        case (.picker, .cancel): "close without changing the filter"
        case (.help, .cancel): "close the help"
        case (.loading, .cancel): "stop loading and quit"
        case (.textEntry, .confirm): "keep the search, write the file or apply the filter"
        case (.textEntry, .cancel): "stop typing and undo it"
        case (.detail, .open): "open the line under the cursor"
        case (.dashboard, .back): "clear the search, else the compare mark"
        default: summary
        }
    }

    /// The few words shown in the footer where the command is bound: Esc closes what is open over the
    /// lists (help, picker, map) and cancels what is being typed.
    public func hint(in context: KeyContext) -> String {
        switch (context, self) {
        case (.help, .cancel), (.picker, .cancel), (.map, .cancel): "close"
        default: hint
        }
    }

    /// The few words shown in the footer.
    public var hint: String {
        switch self {
        case .quit: "quit"
        case .help: "help"
        case .moveUp, .moveDown: "move"
        case .open: "open"
        case .back: "back"
        case .search: "search"
        case .pickMemberStates: "member states"
        case .clearFilters: "clear"
        case .nextPane: "pane"
        case .sort, .sortPrevious: "sort"
        case .reverseSort: "reverse"
        case .toggleMark: "select"
        case .confirm: "apply"
        case .cancel: "cancel"
        case .expand: "expand"
        case .collapse: "collapse"
        case .cycleTheme: "theme"
        case .findPartners: "partners"
        case .markCompare: "compare"
        case .showMap: "map"
        case .export: "export"
        case .copyRow: "copy"
        case .clearLine: "clear"
        case .olderSearch, .newerSearch: "earlier searches"
        default: rawValue
        }
    }
}
