import RegioModel

/// The three panes (side by side, stacked, or as tabs) with the focused one obvious.
struct DashboardView {
    let store: Store
    let keymap: Keymap

    func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        if let tabBar = layout.tabBar { drawTabs(state, tabBar, on: &screen) }
        for pane in Pane.allCases {
            guard let rect = layout.rect(of: pane) else { continue }
            PaneView(store: store, keymap: keymap, pane: pane, state: state, focused: state.focus == pane).draw(in: rect, on: &screen)
        }
    }

    private func drawTabs(_ state: AppState, _ rect: Rect, on screen: inout Screen) {
        var x = rect.x + 1
        for pane in Pane.allCases {
            let count = Lists.entities(pane, state, store).count
            let title = state.language.t(pane.title)
            let label = pane == state.focus ? "[\(title) \(count)]" : " \(title) \(count) "
            x = screen.write(label, x: x, y: rect.y, role: pane == state.focus ? .title : .muted)
            x = screen.write(" ", x: x, y: rect.y, role: .text)
        }
        let next = keymap.label(.nextPane, in: .dashboard)
        let hint = next == Key.tab.shortName ? next + " ⇥" : next
        let width = TextWidth.width(of: hint)
        if x <= rect.maxX - width - 1 { screen.write(hint, x: rect.maxX - width - 1, y: rect.y, role: .muted) }
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

    func draw(in rect: Rect, on screen: inout Screen) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        let inner = rect.inner
        let position = state.position(pane)
        let search = state.searches[pane] ?? ""
        let lang = state.language
        var context = TableContext(store: store, language: lang, countries: state.countries)
        context.search = search
        // While searching, rows come best match first: no column is the order.
        let sort = search.isEmpty ? state.sort(pane) : nil
        var title = lang.t(pane.title)
        var bottom = ""
        let count: Int
        switch pane {
        case .participants:
            let rows = Lists.participants(state, store)
            count = rows.count
            context.linked = state.linkedInitiative.map { store.memberTerritories(ofInitiative: $0) } ?? []
            context.marked = state.marked
            if let initiative = state.linkedInitiative {
                let shown = rows.filter(context.linked.contains).count
                title += " · " + lang.t(.linkedTitle, shown, store.initiatives[initiative].name)
            }
            let linked = context.linked
            let table = TableView(columns: ParticipantColumns.all, context: context, rows: rows, position: position,
                                  sort: sort, focused: focused, rowRole: { linked.contains($0) ? .linked : .text })
            if table.draw(in: inner, on: &screen), position.selected < rows.count {
                bottom = lang.name(of: store.territories[rows[position.selected]])
            }
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
        case .networks, .platforms:
            let rows = Lists.initiatives(pane, state, store)
            count = rows.count
            let table = TableView(columns: InitiativeColumns.all(filtered: !state.countries.isEmpty), context: context,
                                  rows: rows, position: position, sort: sort, focused: focused)
            let cut = table.draw(in: inner, on: &screen)
            if position.selected < rows.count {
                let initiative = rows[position.selected].initiative
                bottom = cut ? store.initiatives[initiative].name : leadsLine(initiative)
            }
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
        }
        let counter = count == 0 ? "0" : "\(min(position.selected + 1, count))/\(count)"
        Box.draw(rect, on: &screen, title: title, focused: focused, rightTitle: counter, bottomText: bottom)
    }

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
                let outside = Lists.entities(pane, unfiltered, store).count
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
