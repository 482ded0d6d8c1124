/// What can be open over the lists or the detail view; at most one at a time, so the key context is
/// never ambiguous.
public enum Overlay: Equatable, Sendable {
    /// Typing a search into the focused list (the list stays in view and narrows as you type).
    case search(SearchInput)
    case picker(PickerState)
    case map(MapState)
    case exportPrompt(ExportPrompt)
    /// The key help, scrolled to a line.
    case help(ListPosition)
}

/// Each overlay by name: reading gives it when it is the one open; setting a value opens it (closing any
/// other), setting nil closes it if it is the one open.
extension AppState {
    public var searchInput: SearchInput? {
        get { if case .search(let value)? = overlay { value } else { nil } }
        set { set(newValue.map(Overlay.search), closing: searchInput != nil) }
    }

    public var picker: PickerState? {
        get { if case .picker(let value)? = overlay { value } else { nil } }
        set { set(newValue.map(Overlay.picker), closing: picker != nil) }
    }

    public var map: MapState? {
        get { if case .map(let value)? = overlay { value } else { nil } }
        set { set(newValue.map(Overlay.map), closing: map != nil) }
    }

    public var exportPrompt: ExportPrompt? {
        get { if case .exportPrompt(let value)? = overlay { value } else { nil } }
        set { set(newValue.map(Overlay.exportPrompt), closing: exportPrompt != nil) }
    }

    public var help: ListPosition? {
        get { if case .help(let value)? = overlay { value } else { nil } }
        set { set(newValue.map(Overlay.help), closing: help != nil) }
    }

    private mutating func set(_ value: Overlay?, closing isOpen: Bool) {
        if let value { overlay = value } else if isOpen { overlay = nil }
    }
}
