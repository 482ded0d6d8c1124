import RegioModel

/// One row of an initiative pane: which initiative, how deep in the tree, whether it can fold.
public struct TreeRow: Equatable, Sendable {
    public var initiative: Int
    public var depth: Int
    public var hasChildren: Bool
    public var isCollapsed: Bool
}

/// The rows each pane shows for a state: filter, search, sort and folding applied. `reduce` and `render`
/// both use these, so the cursor always points at what is drawn.
public enum Lists {
    public static func participants(_ state: AppState, _ store: Store) -> [Int] {
        let search = state.searches[.participants] ?? ""
        var rows = store.participants(countries: state.countries, search: search)
        guard search.isEmpty else { return rows }
        switch state.participantSort {
        case .name: break
        case .memberState:
            rows.sort { a, b in
                let ca = store.territories[a].country, cb = store.territories[b].country
                return ca != cb ? ca < cb : store.territoryNameOrder(a, b)
            }
        case .collaborations:
            let counts = Dictionary(uniqueKeysWithValues: rows.map { ($0, store.collaborationCount(ofTerritory: $0)) })
            rows.sort { a, b in counts[a]! != counts[b]! ? counts[a]! > counts[b]! : store.territoryNameOrder(a, b) }
        }
        return rows
    }

    public static func initiatives(_ pane: Pane, _ state: AppState, _ store: Store) -> [TreeRow] {
        let section: InitiativeSection = pane == .platforms ? .platforms : .networks
        let search = state.searches[pane] ?? ""
        let indices = store.initiatives(in: section, countries: state.countries, search: search)
        guard search.isEmpty else {
            return indices.map { TreeRow(initiative: $0, depth: 0, hasChildren: false, isCollapsed: false) }
        }
        let shown = Set(indices)
        var rows: [TreeRow] = []
        var hiddenBelow: Int? = nil
        for index in indices {
            let depth = store.depth(ofInitiative: index, in: section)
            if let limit = hiddenBelow {
                if depth > limit { continue }
                hiddenBelow = nil
            }
            let hasChildren = store.children(ofInitiative: index).contains(where: shown.contains)
            let collapsed = hasChildren && state.collapsed.contains(index)
            rows.append(TreeRow(initiative: index, depth: depth, hasChildren: hasChildren, isCollapsed: collapsed))
            if collapsed { hiddenBelow = depth }
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
