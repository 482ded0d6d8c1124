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

/// One list pane: a bordered box, a column header and the rows, scrolled to the cursor.
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
        var title = lang.t(pane.title)
        var bottom = ""
        let count: Int
        switch pane {
        case .participants:
            let rows = Lists.participants(state, store)
            count = rows.count
            let linked = state.linkedInitiative.map { store.memberTerritories(ofInitiative: $0) } ?? []
            if let initiative = state.linkedInitiative {
                let shown = rows.filter(linked.contains).count
                title += " · " + lang.t(.linkedTitle, shown, store.initiatives[initiative].name)
            }
            drawParticipants(rows, linked: linked, in: inner, position: position, search: search, on: &screen)
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
            if search.isEmpty && state.participantSort != .name { bottom = lang.t(.sortedBy, lang.t(state.participantSort.label)) }
        case .networks, .platforms:
            let rows = Lists.initiatives(pane, state, store)
            count = rows.count
            drawTree(rows, in: inner, position: position, search: search, on: &screen)
            if rows.isEmpty { emptyMessage(search: search, in: inner, on: &screen) }
            if position.selected < rows.count {
                let leads = store.leads(ofInitiative: rows[position.selected].initiative).map { lang.name(of: store.territories[$0]) }
                if !leads.isEmpty { bottom = lang.t(.lead, leads.joined(separator: ", ")) }
            }
        }
        let counter = count == 0 ? "0" : "\(min(position.selected + 1, count))/\(count)"
        Box.draw(rect, on: &screen, title: title, focused: focused, rightTitle: counter, bottomText: bottom)
    }

    // MARK: participants

    private func drawParticipants(_ rows: [Int], linked: Set<Int>, in inner: Rect, position: ListPosition,
                                  search: String, on screen: inout Screen) {
        let columns = TableColumns.fit([
            TableColumn(title: "", width: 1),
            TableColumn(title: "Name", width: 0, flexible: true),
            TableColumn(title: "Kind", width: 6, priority: 2),
            TableColumn(title: "MS", width: 2, priority: 4),
            TableColumn(title: "NUTS", width: 5, priority: 1),
            TableColumn(title: "Coll", width: 4, alignRight: true, priority: 3),
        ], width: inner.width)
        let lang = state.language
        drawHeader(columns, in: inner, on: &screen)
        for (line, row) in visible(rows, position: position, height: inner.height - 1) {
            let territory = store.territories[row.element]
            let isLinked = linked.contains(row.element)
            let values: [String: String] = [
                "": isLinked ? "●" : " ",
                "Name": displayName(territory, search: search),
                "Kind": lang.t(territory.kind == .memberState ? Phrase.kindState.rawValue : territory.kind.label),
                "MS": territory.country.rawValue,
                "NUTS": territory.nuts ?? "",
                "Coll": String(store.collaborationCount(ofTerritory: row.element)),
            ]
            drawRow(columns, values: values, y: inner.y + 1 + line, in: inner, selected: row.offset == position.selected,
                    role: isLinked ? .linked : .text, search: search, on: &screen)
        }
    }

    /// The English name, plus the name in another language when that is what the search matched.
    private func displayName(_ territory: Territory, search: String) -> String {
        let name = state.language.name(of: territory)
        guard !search.isEmpty, TextFolding.matchRanges(of: search, in: name).isEmpty else { return name }
        if let other = territory.allNames.first(where: { !TextFolding.matchRanges(of: search, in: $0).isEmpty }) {
            return "\(name) · \(other)"
        }
        return name
    }

    // MARK: initiative trees

    private func drawTree(_ rows: [TreeRow], in inner: Rect, position: ListPosition, search: String,
                          on screen: inout Screen) {
        let filtered = !state.countries.isEmpty
        let columns = TableColumns.fit([
            TableColumn(title: "Name", width: 0, flexible: true),
            TableColumn(title: "Leads", width: 22, priority: 1),
            TableColumn(title: filtered ? "Memb" : "Memb", width: filtered ? 7 : 4, alignRight: true, priority: 2),
        ], width: inner.width, minimumFlexible: 24)
        drawHeader(columns, in: inner, on: &screen)
        for (line, row) in visible(rows, position: position, height: inner.height - 1) {
            let tree = row.element
            let initiative = store.initiatives[tree.initiative]
            let marker = tree.hasChildren ? (tree.isCollapsed ? "▸ " : "▾ ") : "  "
            let total = store.memberCount(ofInitiative: tree.initiative)
            var count = String(total)
            if filtered {
                let inFilter = store.memberTerritories(ofInitiative: tree.initiative)
                    .filter { state.countries.contains(store.territories[$0].country) }.count
                count = "\(inFilter)/\(total)"
            }
            let leads = store.leads(ofInitiative: tree.initiative).map { state.language.name(of: store.territories[$0]) }
            let indent = String(repeating: "  ", count: tree.depth) + marker
            // Names like "S3 Thematic Platform on Energy" differ at the end: cut them in the middle.
            let nameWidth = (columns.first?.width ?? 0) - TextWidth.width(of: indent)
            let values = [
                "Name": indent + TextWidth.truncateMiddle(initiative.name, to: nameWidth),
                "Leads": leads.joined(separator: ", "),
                "Memb": count,
            ]
            drawRow(columns, values: values, y: inner.y + 1 + line, in: inner,
                    selected: row.offset == position.selected, role: .text, search: search, on: &screen)
        }
    }

    // MARK: shared

    private func visible<T>(_ rows: [T], position: ListPosition, height: Int) -> [(Int, EnumeratedSequence<[T]>.Element)] {
        guard height > 0, position.scroll < rows.count else { return [] }
        let end = min(rows.count, position.scroll + height)
        return (position.scroll..<end).map { ($0 - position.scroll, (offset: $0, element: rows[$0])) }
    }

    private func drawHeader(_ columns: [TableColumn], in inner: Rect, on screen: inout Screen) {
        var x = inner.x
        for column in columns {
            screen.write(column.title.isEmpty || column.title == "NUTS" ? column.title : state.language.t(column.title), x: x, y: inner.y, width: column.width, role: .header, alignRight: column.alignRight)
            x += column.width + 1
        }
    }

    private func drawRow(_ columns: [TableColumn], values: [String: String], y: Int, in inner: Rect, selected: Bool,
                         role: StyleRole, search: String, on screen: inout Screen) {
        var x = inner.x
        for column in columns {
            let value = values[column.title] ?? ""
            screen.write(value, x: x, y: y, width: column.width, role: role, alignRight: column.alignRight)
            if column.title == "Name" && !search.isEmpty {
                // Mark what the search matched, in whichever language it was.
                let fitted = TextWidth.truncate(value, to: column.width)
                var offset = 0
                var cellOffsets: [Int] = []
                for character in fitted { cellOffsets.append(offset); offset += TextWidth.width(of: character) }
                for range in TextFolding.matchRanges(of: search, in: fitted) where range.upperBound <= cellOffsets.count {
                    let start = cellOffsets[range.lowerBound]
                    let end = range.upperBound < cellOffsets.count ? cellOffsets[range.upperBound] : offset
                    screen.restyle(x: x + start, y: y, width: end - start, role: .match)
                }
            }
            x += column.width + 1
        }
        if selected {
            for column in inner.x..<inner.maxX where screen[column, y].role != .match {
                screen.restyle(x: column, y: y, width: 1, role: focused ? .selection : .selectionInactive)
            }
        }
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
