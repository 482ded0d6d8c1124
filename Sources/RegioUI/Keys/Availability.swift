import RegioModel

/// Why a command cannot act in a state, as lazygit's bindings say why they are disabled: pressing the key
/// puts the reason in the status bar, and the help overlay shows it beside the binding, dimmed.
public struct Availability: Sendable {
    let store: Store
    let views: ViewCache

    public init(store: Store, views: ViewCache) {
        self.store = store
        self.views = views
    }

    /// Nil when `command` can act in `context` for this state; else the reason, in the UI language.
    public func reason(_ command: Command, in context: KeyContext, _ state: AppState) -> String? {
        let lang = state.language
        switch (context, command) {
        case (.dashboard, .open):
            return Lists.count(state.focus, state, store, cache: views) == 0 ? lang.t(.emptyList) : nil
        case (.dashboard, .findPartners), (.dashboard, .markCompare):
            let onTerritory = state.focus == .participants && !Lists.participants(state, store, cache: views).isEmpty
            return onTerritory ? nil : lang.t(.selectTerritoryFirst)
        case (.dashboard, .clearFilters):
            return state.countries.isEmpty && state.searches.isEmpty && state.nutsRegions.isEmpty ? lang.t(.noFilter) : nil
        case (.detail, .open):
            guard let (page, document) = page(state) else { return nil }
            let target = page.position.selected < document.rows.count ? document.rows[page.position.selected].target : nil
            return target == nil ? lang.t(.nothingToOpenHere) : nil
        case (.detail, .findPartners), (.detail, .markCompare):
            guard let (page, document) = page(state) else { return nil }
            return Self.territory(page, document) == nil ? lang.t(.openTerritoryFirst) : nil
        default:
            return nil
        }
    }

    /// For p and x in a detail: the territory on the selected line, else the territory the page is about.
    static func territory(_ page: DetailPage, _ document: DetailDocument) -> Int? {
        if page.position.selected < document.rows.count, case .territory(let index)? = document.rows[page.position.selected].target {
            return index
        }
        if case .entity(.territory(let index)) = page.content { return index }
        return nil
    }

    private func page(_ state: AppState) -> (DetailPage, DetailDocument)? {
        guard let page = state.history.last else { return nil }
        let width = Layout(width: state.size.width, height: state.size.height, focus: state.focus).body.width - 2
        return (page, DetailDocument.build(page.content, store: store, width: width, language: state.language,
            network: state.network, cache: views))
    }
}
