import RegioModel

/// Cursor movement, scrolling and the state every update ends in: cursors on rows that exist, scroll
/// offsets that show them, and the participants' marks describing the highlighted network.
extension Reducer {
    func open(_ state: inout AppState, _ entity: EntityRef) {
        openPage(&state, DetailPage(entity: entity))
    }

    /// A new page starts at its top: the cursor on its first line that opens something when that is on
    /// the first screen, else on the top line (j then goes down to the links).
    func openPage(_ state: inout AppState, _ page: DetailPage) {
        var page = page
        let document = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2,
                                            language: state.language,
            network: state.network, cache: views)
        let first = document.selectableRow(from: 0, direction: 1) ?? 0
        page.position.selected = first < layout(state).detailRows ? first : 0
        page.position.scroll = 0
        state.history.append(page)
    }

    func setSearch(_ state: inout AppState, _ input: SearchInput) {
        state.searchInput = input
        state.searches[input.pane] = input.text.isEmpty ? nil : input.text
    }

    func selectedTreeRow(_ state: AppState) -> TreeRow? {
        guard state.focus == .platforms || state.focus == .networks else { return nil }
        let rows = Lists.initiatives(state.focus, state, store, cache: views)
        let selected = state.position(state.focus).selected
        return selected < rows.count ? rows[selected] : nil
    }

    /// The network or partnership under the cursor marks its members in the participants list.
    func updateLink(_ state: inout AppState) {
        guard state.focus != .participants else { return }
        if case .initiative(let index)? = Lists.entity(at: state.position(state.focus).selected, state.focus, state, store, cache: views) {
            state.linkedInitiative = index
        } else {
            state.linkedInitiative = nil
        }
    }

    func moved(_ selected: Int, _ command: Command, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let target: Int
        switch command {
        case .moveUp: target = selected - 1
        case .moveDown: target = selected + 1
        case .pageUp: target = selected - max(1, page - 1)
        case .pageDown: target = selected + max(1, page - 1)
        // As in vim and less: half the rows in view, at least one.
        case .halfPageUp: target = selected - max(1, page / 2)
        case .halfPageDown: target = selected + max(1, page / 2)
        case .goTop: target = 0
        case .goBottom: target = count - 1
        default: target = selected
        }
        return min(max(0, target), count - 1)
    }

    func layout(_ state: AppState) -> Layout {
        Layout(width: state.size.width, height: state.size.height, focus: state.focus)
    }

    func rowCount(_ pane: Pane, _ state: AppState) -> Int {
        Lists.count(pane, state, store, cache: views)
    }

    /// Where every update ends: every cursor on a row that exists, every scroll offset showing its cursor.
    func settle(_ state: inout AppState) {
        let layout = layout(state)
        for pane in Pane.allCases {
            let count = rowCount(pane, state)
            var position = state.position(pane)
            position.selected = min(max(0, position.selected), max(0, count - 1))
            position.scroll = scrolled(position, visible: layout.visibleRows(of: pane), count: count)
            state.positions[pane] = position
        }
        if var page = state.history.last {
            let count = DetailDocument.build(page.content, store: store, width: layout.body.width - 2, language: state.language,
            network: state.network, cache: views).rows.count
            page.position.selected = min(max(0, page.position.selected), max(0, count - 1))
            page.position.scroll = scrolled(page.position, visible: layout.detailRows, count: count)
            state.history[state.history.count - 1] = page
        }
        if var picker = state.picker {
            let count = Lists.pickerCountries(picker, store).count
            picker.position.selected = min(max(0, picker.position.selected), max(0, count - 1))
            picker.position.scroll = scrolled(picker.position, visible: PickerView.visibleRows(for: state.size), count: count)
            state.picker = picker
        }
        if var map = state.map, let row = MemberStateMap.position(of: map.selected)?.row {
            let visible = MapView.visibleRows(in: layout)
            map.firstRow = min(max(0, row - visible + 1, min(map.firstRow, row)), MapView.rows - visible)
            state.map = map
        }
        if var help = state.help {
            let lines = HelpView.lineCount(keymap: keymap, language: state.language, size: state.size)
            help.selected = min(max(0, help.selected), max(0, lines.count - lines.visible))
            state.help = help
        }
        // After the lists changed (a search, a filter, a fold), the marks follow the highlighted row.
        updateLink(&state)
    }

    func scrolled(_ position: ListPosition, visible: Int, count: Int) -> Int {
        var scroll = position.scroll
        if position.selected < scroll { scroll = position.selected }
        if position.selected >= scroll + visible { scroll = position.selected - visible + 1 }
        return min(max(0, scroll), max(0, count - visible))
    }
}
