import RegioModel

/// Sorting a pane by one of its columns, and keeping each cursor on the row it was on when a filter,
/// search, sort or fold changes what a list holds.
extension Reducer {
    /// The sortable columns of a pane, in screen order.
    static func sortableColumns(_ pane: Pane, language: UILanguage) -> [(id: String, title: String, numeric: Bool)] {
        switch pane {
        case .participants:
            ParticipantColumns.all.filter { $0.onScreen && ParticipantColumns.order(SortSpec(column: $0.id), language: language) != nil }
                .map { ($0.id, $0.title, $0.alignRight) }
        case .networks, .platforms:
            InitiativeColumns.all(filtered: false)
                .filter { $0.onScreen && InitiativeColumns.order(SortSpec(column: $0.id)) != nil }
                .map { ($0.id, $0.title, $0.alignRight) }
        }
    }

    /// `s`/`>` sorts by the next column, `<` by the previous one (counts start most first), `S` turns
    /// the order round.
    func sort(_ state: inout AppState, _ pane: Pane, _ command: Command) {
        let columns = Self.sortableColumns(pane, language: state.language)
        var sort = state.sort(pane)
        let current = columns.firstIndex { $0.id == sort.column } ?? 0
        switch command {
        case .reverseSort:
            sort.descending.toggle()
        default:
            let step = command == .sortPrevious ? columns.count - 1 : 1
            let next = columns[(current + step) % columns.count]
            sort = SortSpec(column: next.id, descending: next.numeric)
        }
        setSort(&state, pane, sort)
    }

    /// Sorts a pane and says so in the status bar.
    func setSort(_ state: inout AppState, _ pane: Pane, _ sort: SortSpec) {
        let columns = Self.sortableColumns(pane, language: state.language)
        state.sorts[pane] = sort
        let title = columns.first { $0.id == sort.column }.map { $0.title == "NUTS" ? $0.title : state.language.t($0.title) } ?? sort.column
        state.message = StatusMessage(.info, state.language.t(.sortedBy, "\(title) \(sort.marker)"))
        if state.searches[pane] != nil {
            state.message = StatusMessage(.info, state.language.t(.sortedAfterSearch, "\(title) \(sort.marker)"))
        }
    }

    /// When what a list holds changed (filter, sort, fold, language, a search cleared), the cursor stays
    /// on the row it was on, at the same line of the screen where possible (a row that is gone leaves
    /// it where it was). A new search is different: its rows come best match first, so the cursor goes
    /// to the top, where the best match is.
    func keepCursors(_ state: inout AppState, from before: AppState) {
        for pane in Pane.allCases where ViewCache.ListKey(pane, before) != ViewCache.ListKey(pane, state) {
            if let search = state.searches[pane], search != before.searches[pane] {
                state.positions[pane] = ListPosition()
                continue
            }
            let position = before.position(pane)
            guard let item = Lists.entity(at: position.selected, pane, before, store, cache: views) else { continue }
            if let index = Lists.index(of: item, pane, state, store, cache: views) {
                let line = position.selected - position.scroll
                state.positions[pane] = ListPosition(selected: index, scroll: max(0, index - line))
            } else {
                let count = Lists.count(pane, state, store, cache: views)
                state.positions[pane] = ListPosition(selected: min(position.selected, max(0, count - 1)), scroll: position.scroll)
            }
        }
    }
}
