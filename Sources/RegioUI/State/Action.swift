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

/// Turns a key into an action for the current state: text entry where text is being typed, else the
/// keymap. Ctrl-C always quits, whatever the config says.
public enum KeyInterpreter {
    public static func action(for key: Key, in state: AppState, keymap: Keymap) -> Action? {
        if key == .control("c") { return .command(.quit) }
        let context = state.keyContext
        if context == .dashboard, state.searchInput != nil {
            switch key {
            case .enter: return .acceptSearch
            case .escape: return .cancelSearch
            case .backspace, .delete: return .erase
            case .control("u"): return .clearLine
            case .character(let character): return .type(character)
            default:
                // Arrows and paging keep working while typing, so a match can be picked straight away.
                return keymap.command(for: key, in: .dashboard).map { .command($0) }
            }
        }
        if context == .prompt, state.exportPrompt?.confirmingOverwrite == false {
            switch key {
            case .character(let character): return .type(character)
            case .backspace, .delete: return .erase
            case .control("u"): return .clearLine
            default: break
            }
        }
        if context == .picker {
            switch key {
            case .character(" "): break
            case .character(let character): return .type(character)
            case .backspace: return .erase
            case .control("u"): return .clearLine
            default: break
            }
        }
        return keymap.command(for: key, in: context).map { .command($0) }
    }
}
