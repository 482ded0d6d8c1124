/// What a key means in its context: a named command, or text typed into a field.
public enum Action: Equatable, Sendable {
    case command(Command)
    case type(Character)
    case erase
    /// Ctrl-U in a text field: clear it, as in a shell.
    case clearLine
    case acceptSearch
    case cancelSearch
}

/// Turns a key into an action for the current state, all through the keymap: while text is typed, the
/// text-entry bindings first, then printable characters as text, then the context underneath (arrows keep
/// moving through search results). Ctrl-C always quits, whatever the config says.
public enum KeyInterpreter {
    public static func action(for key: Key, in state: AppState, keymap: Keymap) -> Action? {
        if key == .control("c") { return .command(.quit) }
        let context = state.keyContext
        if state.isTypingText {
            let searching = context == .dashboard
            switch keymap.command(for: key, in: .textEntry) {
            case .erase?: return .erase
            case .clearLine?: return .clearLine
            case .confirm?: return searching ? .acceptSearch : .command(.confirm)
            case .cancel?: return searching ? .cancelSearch : .command(.cancel)
            case let recall? where recall == .olderSearch || recall == .newerSearch:
                if searching { return .command(recall) }
            default: break
            }
            // In the picker a character it binds (Space ticks) is a command; everywhere else text.
            if case .character(let character) = key, !(context == .picker && keymap.command(for: key, in: .picker) != nil) {
                return .type(character)
            }
        }
        return keymap.command(for: key, in: context).map { .command($0) }
    }
}

extension AppState {
    /// Whether printable keys are text: a search, an export file name, the picker's filter.
    public var isTypingText: Bool {
        switch keyContext {
        case .dashboard: searchInput != nil
        case .prompt: exportPrompt?.confirmingOverwrite == false
        case .picker: true
        default: false
        }
    }
}
