import RegioModel

/// The three panes (side by side, stacked, or as tabs) with the focused one obvious.
struct DashboardView {
    let store: Store
    let keymap: Keymap
    /// The program's lists, worked out once per state (nil: worked out here).
    var views: ViewCache? = nil

    func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        if let tabBar = layout.tabBar { TabBar(store: store, keymap: keymap, views: views).draw(state, in: tabBar, on: &screen) }
        for pane in Pane.allCases {
            guard let rect = layout.rect(of: pane) else { continue }
            PaneView(store: store, keymap: keymap, pane: pane, state: state, focused: state.focus == pane, views: views).draw(in: rect, on: &screen)
        }
    }
}

/// One list pane: a bordered box, the table scrolled to the cursor, the count and position in the top
/// border, and in the bottom border the highlighted row's whole name when the table had to cut it
/// (else, for a network, who leads it).
struct PaneView {
    let store: Store
    let keymap: Keymap
    let pane: Pane
    let state: AppState
    let focused: Bool
    var views: ViewCache? = nil

    func draw(in rect: Rect, on screen: inout Screen) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        let inner = rect.inner
        let position = state.position(pane)
        let search = state.searches[pane] ?? ""
        let lang = state.language
        var title = lang.t(pane.title)
        var bottom = ""
        let count: Int
        switch pane {
        case .participants:
            let rows = Lists.participants(state, store, cache: views)
            count = rows.count
            if let initiative = state.linkedInitiative {
                let linked = store.memberTerritories(ofInitiative: initiative)
                let shown = rows.filter(linked.contains).count
                title += " · " + lang.t(.linkedTitle, shown, store.initiatives[initiative].name)
            }
            if participantsTable(rows).draw(in: inner, on: &screen), position.selected < rows.count {
                bottom = lang.name(of: store.territories[rows[position.selected]])
            }
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
        case .networks, .platforms:
            let rows = Lists.initiatives(pane, state, store, cache: views)
            count = rows.count
            let cut = initiativesTable(rows).draw(in: inner, on: &screen)
            if position.selected < rows.count {
                let initiative = rows[position.selected].initiative
                bottom = cut ? store.initiatives[initiative].name : leadsLine(initiative)
            }
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
        }
        let counter = count == 0 ? "0" : "\(min(position.selected + 1, count))/\(count)"
        Box.draw(rect, on: &screen, title: title, focused: focused, rightTitle: counter, bottomText: bottom)
    }

    /// The header's columns as drawn in the pane's inner rectangle, each column's id and cells: what a
    /// click on the header is read against.
    func headerColumns(in inner: Rect) -> [(id: String, cells: Range<Int>)] {
        let fitted: [(id: String, x: Int, width: Int)] = switch pane {
        case .participants:
            participantsTable(Lists.participants(state, store, cache: views)).fitted(width: inner.width, height: inner.height)
                .map { ($0.column.id, $0.x, $0.width) }
        case .networks, .platforms:
            initiativesTable(Lists.initiatives(pane, state, store, cache: views)).fitted(width: inner.width, height: inner.height)
                .map { ($0.column.id, $0.x, $0.width) }
        }
        return fitted.map { ($0.id, inner.x + $0.x..<inner.x + $0.x + $0.width) }
    }

    private func participantsTable(_ rows: [Int]) -> TableView<Int> {
        var context = tableContext
        context.linked = state.linkedInitiative.map { store.memberTerritories(ofInitiative: $0) } ?? []
        context.marked = state.marked
        let linked = context.linked
        return TableView(columns: ParticipantColumns.all, context: context, rows: rows, position: state.position(pane),
                         sort: sort, focused: focused, rowRole: { linked.contains($0) ? .linked : .text })
    }

    private func initiativesTable(_ rows: [TreeRow]) -> TableView<TreeRow> {
        TableView(columns: InitiativeColumns.all(filtered: tableContext.isFiltered), context: tableContext,
                  rows: rows, position: state.position(pane), sort: sort, focused: focused)
    }

    private var tableContext: TableContext {
        var context = TableContext(store: store, language: state.language, countries: state.countries)
        context.nutsRegions = state.nutsRegions
        context.search = state.searches[pane] ?? ""
        context.cellLimit = state.size.width
        context.views = views
        return context
    }

    /// While searching, rows come best match first: no column is the order.
    private var sort: SortSpec? { (state.searches[pane] ?? "").isEmpty ? state.sort(pane) : nil }

    /// "lead: Västerbotten · co-lead: Lapland": leads and co-leads each said as what they are.
    private func leadsLine(_ initiative: Int) -> String {
        let lang = state.language
        let coLeads = Set(store.directMembers(ofInitiative: initiative)
            .filter { store.role(ofMembership: $0.membership) == .coLead }.map(\.territory))
        let leads = store.leads(ofInitiative: initiative)
        let names = { (list: [Int]) in list.map { lang.name(of: store.territories[$0]) }.joined(separator: ", ") }
        var parts: [String] = []
        let onlyLeads = leads.filter { !coLeads.contains($0) }
        if !onlyLeads.isEmpty { parts.append(lang.t(.lead, names(onlyLeads))) }
        let co = leads.filter(coLeads.contains)
        if !co.isEmpty { parts.append(lang.t(.coLead, names(co))) }
        return parts.joined(separator: " · ")
    }

    private func emptyMessage(search: String, in inner: Rect, on screen: inout Screen) {
        let lang = state.language
        var lines = [lang.t(.nothingToShow)]
        if !search.isEmpty {
            lines = [lang.t(.noMatch, lang.t(pane.title).lowercased(), search)]
            if !state.countries.isEmpty {
                var unfiltered = state
                unfiltered.countries = []
                let outside = Lists.count(pane, unfiltered, store, cache: views)
                if outside > 0 { lines.append(lang.t(.matchesElsewhere, outside, keymap.label(.clearFilters, in: .dashboard))) }
            }
        } else if !state.countries.isEmpty {
            lines = [lang.t(.noneIn, state.countries.sorted().map(\.rawValue).joined(separator: ", ")), lang.t(.pressToClear, keymap.label(.clearFilters, in: .dashboard))]
        }
        for (offset, line) in lines.flatMap({ WordWrap.lines($0, width: max(1, inner.width - 2)) }).enumerated()
        where offset + 2 < inner.height {
            screen.write(line, x: inner.x + 1, y: inner.y + 2 + offset, role: .muted, limit: inner.width - 1)
        }
    }
}
