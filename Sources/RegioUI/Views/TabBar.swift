import RegioModel

/// The pane tabs of the narrow layout ("[Participants 54]  Networks 12 …"): where each label goes is
/// worked out once, for drawing and for a mouse click on a tab.
struct TabBar {
    let store: Store
    let keymap: Keymap
    /// The program's lists, worked out once per state (nil: worked out here).
    var views: ViewCache? = nil

    struct Label {
        var pane: Pane
        var text: String
        /// The cells the label takes.
        var cells: Range<Int>
    }

    func labels(_ state: AppState, in rect: Rect) -> [Label] {
        var x = rect.x + 1
        return Pane.allCases.map { pane in
            let count = Lists.count(pane, state, store, cache: views)
            let title = state.language.t(pane.title)
            let text = pane == state.focus ? "[\(title) \(count)]" : " \(title) \(count) "
            let width = TextWidth.width(of: text)
            defer { x += width + 1 }
            return Label(pane: pane, text: text, cells: x..<x + width)
        }
    }

    func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        var x = rect.x + 1
        for label in labels(state, in: rect) {
            x = screen.write(label.text, x: label.cells.lowerBound, y: rect.y, role: label.pane == state.focus ? .title : .muted)
            x = screen.write(" ", x: x, y: rect.y, role: .text)
        }
        let next = keymap.label(.nextPane, in: .dashboard)
        let hint = next == Key.tab.shortName ? next + " ⇥" : next
        let width = TextWidth.width(of: hint)
        if x <= rect.maxX - width - 1 { screen.write(hint, x: rect.maxX - width - 1, y: rect.y, role: .muted) }
    }
}
