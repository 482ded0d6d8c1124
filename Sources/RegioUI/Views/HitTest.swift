import RegioModel

/// What is under a cell of the screen, for a mouse click or the wheel.
public enum MouseTarget: Equatable, Sendable {
    /// A list row of a pane, by its index in the pane's list (not its line on screen).
    case row(Pane, Int)
    /// A column's header in a pane: the column's id (as in `regio list --sort`) and the cells it spans.
    case columnHeader(Pane, column: String, cells: Range<Int>)
    /// Anywhere else in a pane's box: its border and title, or below its last row.
    case pane(Pane)
    /// A pane's tab in the narrow layout.
    case tab(Pane)
    /// A key hint on the bottom line.
    case footerHint(Command)
    /// A line of the detail view, by its index in the document.
    case detailLine(Int)
    /// Anywhere else in the detail view's box.
    case detail
    /// A row of the member-state picker, by its index in the picker's list; `onBox` for its [ ] box.
    case pickerRow(Int, onBox: Bool)
}

/// Screen position → what is drawn there, from the same layout, columns and footer the renderer uses.
/// Pure: `update` calls it with the state the screen was drawn from.
public struct HitTest {
    let store: Store
    let keymap: Keymap
    let views: ViewCache

    public init(store: Store, keymap: Keymap = .standard, views: ViewCache = ViewCache()) {
        self.store = store
        self.keymap = keymap
        self.views = views
    }

    /// The target at (x, y); nil for the header line, gaps, and whatever an open picker, map or help covers.
    public func target(x: Int, y: Int, in state: AppState) -> MouseTarget? {
        let layout = Layout(width: state.size.width, height: state.size.height, focus: state.focus)
        guard !layout.isTooSmall, x >= 0, x < state.size.width else { return nil }
        if y == layout.footer.y {
            return FooterView(keymap: keymap).hints(state, layout: layout)
                .first { $0.cells.contains(x) }.map { .footerHint($0.command) }
        }
        if let picker = state.picker { return pickerTarget(x: x, y: y, picker: picker, size: state.size) }
        guard state.map == nil, state.help == nil, y >= layout.body.y, y < layout.body.maxY else { return nil }
        if let page = state.history.last { return detailTarget(x: x, y: y, page: page, layout: layout, state: state) }
        if let tabBar = layout.tabBar, y == tabBar.y {
            return TabBar(store: store, keymap: keymap, views: views).labels(state, in: tabBar).first { $0.cells.contains(x) }.map { .tab($0.pane) }
        }
        guard let pane = Pane.allCases.first(where: { layout.rect(of: $0)?.contains(x: x, y: y) == true }),
              let inner = layout.rect(of: pane)?.inner else { return nil }
        guard inner.contains(x: x, y: y) else { return .pane(pane) }
        if y == inner.y {
            let view = PaneView(store: store, keymap: keymap, pane: pane, state: state, focused: state.focus == pane, views: views)
            guard let column = view.headerColumns(in: inner).first(where: { $0.cells.contains(x) }) else { return .pane(pane) }
            return .columnHeader(pane, column: column.id, cells: column.cells)
        }
        // The rows start under the column header, from the pane's first row shown.
        let index = state.position(pane).scroll + (y - inner.y - 1)
        return index < Lists.count(pane, state, store, cache: views) ? .row(pane, index) : .pane(pane)
    }

    /// The picker's table starts one cell in, its rows under the filter line and the column header; its
    /// first column is the three-cell [ ] box (`CountryColumns`).
    private func pickerTarget(x: Int, y: Int, picker: PickerState, size: (width: Int, height: Int)) -> MouseTarget? {
        let inner = PickerView.frame(for: size).inner
        guard inner.contains(x: x, y: y), y >= inner.y + 2 else { return nil }
        let index = picker.position.scroll + (y - inner.y - 2)
        guard index < Lists.pickerCountries(picker, store).count else { return nil }
        return .pickerRow(index, onBox: (inner.x + 1..<inner.x + 4).contains(x))
    }

    private func detailTarget(x: Int, y: Int, page: DetailPage, layout: Layout, state: AppState) -> MouseTarget {
        let inner = layout.body.inner
        guard inner.contains(x: x, y: y) else { return .detail }
        let document = DetailDocument.build(page.content, store: store, width: layout.body.width - 2,
                                            language: state.language,
            network: state.network, cache: views)
        let index = page.position.scroll + (y - inner.y)
        return index < document.rows.count ? .detailLine(index) : .detail
    }
}
