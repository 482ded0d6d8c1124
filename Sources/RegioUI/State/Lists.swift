import RegioModel

/// One row of an initiative pane: which initiative, how deep in the tree, whether it can fold.
public struct TreeRow: Equatable, Sendable {
    public var initiative: Int
    public var depth: Int
    public var hasChildren: Bool
    public var isCollapsed: Bool

    public init(initiative: Int, depth: Int, hasChildren: Bool, isCollapsed: Bool) {
        self.initiative = initiative; self.depth = depth; self.hasChildren = hasChildren; self.isCollapsed = isCollapsed
    }
}

/// The rows each pane shows for a state: filter, search, sort and folding applied. `reduce` and `render`
/// both use these, so the cursor always points at what is drawn.
public enum Lists {
    public static func participants(_ state: AppState, _ store: Store) -> [Int] {
        let order = ParticipantColumns.order(state.sort(.participants), language: state.language) ?? (.name, false)
        let participants = store.participants(countries: state.countries, search: state.searches[.participants] ?? "",
                                              order: order.order, descending: order.descending)
        return store.participants(participants, withinNUTS: state.nutsRegions)
    }

    public static func initiatives(_ pane: Pane, _ state: AppState, _ store: Store) -> [TreeRow] {
        let rows = unnarrowedInitiatives(pane, state, store)
        guard let within = store.initiativesWithMember(withinNUTS: state.nutsRegions) else { return rows }
        return rows.filter { within.contains($0.initiative) }
    }

    private static func unnarrowedInitiatives(_ pane: Pane, _ state: AppState, _ store: Store) -> [TreeRow] {
        let section: InitiativeSection = pane == .platforms ? .platforms : .networks
        let search = state.searches[pane] ?? ""
        guard search.isEmpty else {
            return store.initiatives(in: section, countries: state.countries, search: search)
                .map { TreeRow(initiative: $0, depth: 0, hasChildren: false, isCollapsed: false) }
        }
        // In tree order a row's children come right after it, one level deeper (see `Store.tree`).
        let order = InitiativeColumns.order(state.sort(pane)) ?? (.name, false)
        let entries = store.tree(section, countries: state.countries, order: order.order, descending: order.descending)
        var rows: [TreeRow] = []
        var hiddenBelow: Int? = nil
        for (position, entry) in entries.enumerated() {
            if let limit = hiddenBelow {
                if entry.depth > limit { continue }
                hiddenBelow = nil
            }
            let hasChildren = position + 1 < entries.count && entries[position + 1].depth > entry.depth
            let collapsed = hasChildren && state.collapsed.contains(entry.initiative)
            rows.append(TreeRow(initiative: entry.initiative, depth: entry.depth, hasChildren: hasChildren,
                                isCollapsed: collapsed))
            if collapsed { hiddenBelow = entry.depth }
        }
        return rows
    }

    /// The entities a pane lists, in order.
    public static func entities(_ pane: Pane, _ state: AppState, _ store: Store) -> [EntityRef] {
        switch pane {
        case .participants: participants(state, store).map { .territory($0) }
        case .networks, .platforms: initiatives(pane, state, store).map { .initiative($0.initiative) }
        }
    }

    /// The member-state picker's rows: every EU member state, and every other country in the data,
    /// narrowed by the picker's filter text.
    public static func pickerCountries(_ picker: PickerState, _ store: Store) -> [Country] {
        let present = Set(store.countriesPresent)
        let needle = TextFolding.fold(picker.filter)
        return Countries.all.filter { country in
            guard country.isEUMember || present.contains(country.code) else { return false }
            guard !needle.isEmpty else { return true }
            return TextFolding.fold(country.code.rawValue) == needle
                || country.allNames.contains { TextFolding.fold($0).hasPrefix(needle) || TextFolding.fold($0).contains(" " + needle) }
        }
    }
}
