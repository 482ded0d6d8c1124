import RegioModel

/// `render(state)`: the whole screen as a grid of cells, a pure function of the state and the store.
public struct Renderer: Sendable {
    public let store: Store
    public let keymap: Keymap
    /// The lists and detail documents worked out so far, shared with the reducer of the same program.
    public let views: ViewCache

    public init(store: Store, keymap: Keymap = .standard, views: ViewCache = ViewCache()) {
        self.store = store
        self.keymap = keymap
        self.views = views
    }

    public func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let layout = Layout(width: state.size.width, height: state.size.height, focus: state.focus)
        if layout.isTooSmall {
            TooSmallView.draw(on: &screen, language: state.language, keymap: keymap)
            return screen
        }
        HeaderView(store: store, keymap: keymap).draw(state, layout: layout, on: &screen)
        if let map = state.map {
            MapView(store: store, keymap: keymap).draw(map, state: state, layout: layout, on: &screen)
        } else if let page = state.history.last {
            DetailView(store: store, views: views).draw(page, layout: layout, language: state.language, network: state.network,
                                                            on: &screen)
        } else {
            DashboardView(store: store, keymap: keymap, views: views).draw(state, layout: layout, on: &screen)
        }
        if let picker = state.picker { PickerView(store: store, keymap: keymap).draw(picker, size: state.size, language: state.language, on: &screen) }
        let availability = Availability(store: store, views: views)
        if let help = state.help {
            // Help is opened from the lists or a detail: its bindings say why they cannot act there now.
            let beneath: KeyContext = state.history.isEmpty ? .dashboard : .detail
            var underneath = state
            underneath.help = nil
            let view = HelpView(keymap: keymap) { context, command in
                context == beneath ? availability.reason(command, in: context, underneath) : nil
            }
            view.draw(help, language: state.language, on: &screen)
        }
        FooterView(keymap: keymap) { availability.reason($0, in: state.keyContext, state) != nil }
            .draw(state, layout: layout, on: &screen)
        return screen
    }
}

/// Shown instead of everything else when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(on screen: inout Screen, language: UILanguage, keymap: Keymap) {
        let message = language.t(.tooSmall, "\(Layout.minimumWidth)×\(Layout.minimumHeight)", "\(screen.width)×\(screen.height)")
        let enlarge = language.t(.enlarge, keymap.label(.quit, in: .dashboard))
        let lines = WordWrap.lines(message, width: max(1, screen.width)) + WordWrap.lines(enlarge, width: max(1, screen.width))
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (screen.width - TextWidth.width(of: line)) / 2)
            screen.write(line, x: x, y: top + offset, role: offset < lines.count - 1 ? .warning : .muted)
        }
    }
}
