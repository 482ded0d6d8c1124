import RegioModel

/// The mouse: a click selects a row and focuses its pane, a second click on the same cell soon after opens
/// it, the wheel scrolls what is under the pointer, a click on a column header sorts by that column, a
/// click on a key hint does what the key does, and in the member-state picker a click on a box ticks it.
/// (`update` in Update.swift sends mouse messages here.)
extension Reducer {
    /// How many rows one notch of the wheel scrolls.
    static let wheelRows = 3

    /// Applies what the event does directly (focus, selection, scrolling); returns what is to run as if
    /// its key had been pressed (a key hint's command, or opening on a double click).
    func mouse(_ event: MouseEvent, _ state: inout AppState) -> Action? {
        // Hit against the screen as drawn, before anything (such as the message) changes.
        let target = HitTest(store: store, keymap: keymap, views: views).target(x: event.x, y: event.y, in: state)
        switch event.kind {
        case .scrollUp, .scrollDown:
            state.message = nil
            return wheel(event.kind == .scrollDown ? 1 : -1, target, &state)
        case .press(.left):
            state.message = nil
            let isDouble = state.lastClick.map {
                $0.x == event.x && $0.y == event.y && (0...MouseEvent.doubleClickInterval).contains(event.time - $0.time)
            } ?? false
            // A third click starts a new pair rather than opening twice.
            state.lastClick = isDouble ? nil : event
            return target.flatMap { click($0, double: isDouble, &state) }
        case .press, .release:
            return nil
        }
    }

    private func click(_ target: MouseTarget, double: Bool, _ state: inout AppState) -> Action? {
        if case .footerHint(let command) = target { return .command(command) }
        if case .pickerRow(let index, let onBox) = target {
            // A click picks the row, on its box ticks it too; a double click applies, as Enter does.
            state.picker?.position.selected = index
            return onBox ? .command(.toggleMark) : double ? .command(.confirm) : nil
        }
        // Only the lists and the detail take clicks; an export prompt waits for its answer.
        guard state.exportPrompt == nil else { return nil }
        // A click elsewhere keeps the search typed so far, as Enter does.
        if state.searchInput != nil { state.searchInput = nil }
        switch target {
        case .row(let pane, let index):
            state.focus = pane
            state.positions[pane, default: ListPosition()].selected = index
            return double ? .command(.open) : nil
        case .columnHeader(let pane, let column, _):
            state.focus = pane
            if let sort = Self.headerSort(pane, column: column, current: state.sort(pane), language: state.language) {
                setSort(&state, pane, sort)
            }
        case .pane(let pane), .tab(let pane):
            state.focus = pane
        case .detailLine(let index):
            guard let page = state.history.last else { return nil }
            let document = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2,
                                                language: state.language,
            network: state.network, cache: views)
            guard index < document.rows.count, document.rows[index].isSelectable else { return nil }
            state.history[state.history.count - 1].position.selected = index
            return double ? .command(.open) : nil
        case .detail, .footerHint, .pickerRow:
            break
        }
        return nil
    }

    /// The sort a click on a column header asks for, as in a file manager: another column sorts by it
    /// (counts most first, as `s` does), the sorted column again turns the order round; nil for a column
    /// with no order (the mark column).
    static func headerSort(_ pane: Pane, column: String, current: SortSpec, language: UILanguage) -> SortSpec? {
        guard let sortable = sortableColumns(pane, language: language).first(where: { $0.id == column }) else { return nil }
        if current.column == column { return SortSpec(column: column, descending: !current.descending) }
        return SortSpec(column: column, descending: sortable.numeric)
    }

    /// Scrolls the list or the detail under the pointer by `wheelRows`, the cursor kept in view; in the
    /// help and the picker, the wheel moves as the arrow keys do.
    private func wheel(_ direction: Int, _ target: MouseTarget?, _ state: inout AppState) -> Action? {
        if state.help != nil || state.picker != nil {
            // Moving in these has no effects to carry out.
            var none: [Effect] = []
            for _ in 0..<Self.wheelRows { perform(.command(direction > 0 ? .moveDown : .moveUp), on: &state, &none) }
            return nil
        }
        switch target {
        case .row(let pane, _), .pane(let pane), .columnHeader(let pane, _, _):
            let count = rowCount(pane, state)
            let visible = layout(state).visibleRows(of: pane)
            var position = state.position(pane)
            position.scroll = min(max(0, position.scroll + direction * Self.wheelRows), max(0, count - visible))
            position.selected = min(max(position.selected, position.scroll), position.scroll + visible - 1)
            state.positions[pane] = position
        case .detailLine, .detail:
            scrollDetail(direction, &state)
        default:
            break
        }
        return nil
    }

    private func scrollDetail(_ direction: Int, _ state: inout AppState) {
        guard var page = state.history.last else { return }
        let document = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2,
                                            language: state.language,
            network: state.network, cache: views)
        let visible = layout(state).detailRows
        let count = document.rows.count
        page.position.scroll = min(max(0, page.position.scroll + direction * Self.wheelRows), max(0, count - visible))
        let shown = page.position.scroll..<min(count, page.position.scroll + visible)
        if !shown.contains(page.position.selected), !shown.isEmpty {
            // The cursor goes to the first line that opens something in view on the side it left from;
            // with none in view, to the edge line (drawn without a highlight) so the view can keep moving.
            let edge = direction > 0 ? shown.lowerBound : shown.upperBound - 1
            let candidate = document.selectableRow(from: edge, direction: direction > 0 ? 1 : -1)
            page.position.selected = candidate.flatMap { shown.contains($0) ? $0 : nil } ?? edge
        }
        state.history[state.history.count - 1] = page
    }
}
