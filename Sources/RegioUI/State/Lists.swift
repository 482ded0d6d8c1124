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
/// both use these, so the cursor always points at what is drawn; given a program's cache, each list is
/// worked out once per state.
public enum Lists {
    public static func participants(_ state: AppState, _ store: Store, cache: ViewCache? = nil) -> [Int] {
        guard let cache else { return participantRows(state, store) }
        return cache.list(.init(.participants, state), store: store) { participantRows(state, store) }
    }

    public static func initiatives(_ pane: Pane, _ state: AppState, _ store: Store, cache: ViewCache? = nil) -> [TreeRow] {
        guard let cache else { return initiativeRows(pane, state, store) }
        return cache.list(.init(pane, state), store: store) { initiativeRows(pane, state, store) }
    }

    private static func participantRows(_ state: AppState, _ store: Store) -> [Int] {
        let order = ParticipantColumns.order(state.sort(.participants), language: state.language) ?? (.name, false)
        let participants = store.participants(countries: state.countries, search: state.searches[.participants] ?? "",
                                              order: order.order, descending: order.descending)
        return store.participants(participants, withinNUTS: state.nutsRegions)
    }

    private static func initiativeRows(_ pane: Pane, _ state: AppState, _ store: Store) -> [TreeRow] {
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
        let order = InitiativeColumns.order(state.sort(pane), language: state.language) ?? (.name, false)
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
    public static func entities(_ pane: Pane, _ state: AppState, _ store: Store, cache: ViewCache? = nil) -> [EntityRef] {
        switch pane {
        case .participants: participants(state, store, cache: cache).map { .territory($0) }
        case .networks, .platforms: initiatives(pane, state, store, cache: cache).map { .initiative($0.initiative) }
        }
    }

    /// How many rows a pane lists (without making a list of entities: a million rows stay integers).
    public static func count(_ pane: Pane, _ state: AppState, _ store: Store, cache: ViewCache? = nil) -> Int {
        pane == .participants ? participants(state, store, cache: cache).count : initiatives(pane, state, store, cache: cache).count
    }

    /// The entity on row `index` of a pane, if there is one.
    public static func entity(at index: Int, _ pane: Pane, _ state: AppState, _ store: Store, cache: ViewCache? = nil) -> EntityRef? {
        guard index >= 0 else { return nil }
        if pane == .participants {
            let rows = participants(state, store, cache: cache)
            return index < rows.count ? .territory(rows[index]) : nil
        }
        let rows = initiatives(pane, state, store, cache: cache)
        return index < rows.count ? .initiative(rows[index].initiative) : nil
    }

    /// The row of a pane that lists `entity`, if one does.
    public static func index(of entity: EntityRef, _ pane: Pane, _ state: AppState, _ store: Store, cache: ViewCache? = nil) -> Int? {
        switch (pane, entity) {
        case (.participants, .territory(let territory)): participants(state, store, cache: cache).firstIndex(of: territory)
        case (.networks, .initiative(let initiative)), (.platforms, .initiative(let initiative)):
            initiatives(pane, state, store, cache: cache).firstIndex { $0.initiative == initiative }
        default: nil
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
