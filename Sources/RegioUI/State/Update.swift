import Foundation
import RegioModel

/// The one place the state changes: `update(state, message)` returns the next state and the effects the
/// runtime is to carry out. Pure, so every behaviour of the dashboard can be tested without a terminal.
public struct Reducer: Sendable {
    public let store: Store
    public let keymap: Keymap
    /// The lists and detail documents worked out so far, shared with the renderer of the same program.
    public let views: ViewCache

    public init(store: Store, keymap: Keymap = .standard, views: ViewCache = ViewCache()) {
        self.store = store
        self.keymap = keymap
        self.views = views
    }

    public func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        let before = state
        var state = state
        var effects: [Effect] = []
        switch message {
        case .key(let key):
            guard let action = KeyInterpreter.action(for: key, in: state, keymap: keymap) else { return (state, []) }
            return update(state, .action(action))
        case .resize(let width, let height):
            state.size = (max(1, width), max(1, height))
            // A page scrolled down in a small window shows its top again once there is room: `settle` then
            // scrolls only as far as the cursor needs.
            if var page = state.history.last {
                page.position.scroll = 0
                state.history[state.history.count - 1] = page
            }
        case .resumed:
            break
        case .effectFinished(.networkMeasured):
            // Arrives whenever the measuring ends: the user's message, if any, stays.
            networkMeasured(&state)
        case .effectFinished(let result):
            state.message = nil
            finished(&state, result)
        case .action(let action):
            state.message = nil
            perform(action, on: &state, &effects)
        case .mouse(let event):
            if let action = mouse(event, &state) { perform(action, on: &state, &effects) }
        }
        keepCursors(&state, from: before)
        settle(&state)
        requestNetwork(&state, &effects)
        return (state, effects)
    }

    /// The next state alone, for benchmarks and tests that do not look at effects.
    public func reduce(_ state: AppState, _ message: Message) -> AppState { update(state, message).0 }

    func perform(_ action: Action, on state: inout AppState, _ effects: inout [Effect]) {
        switch action {
        case .command(.quit):
            effects.append(.quit)
        case .command(.suspend):
            effects.append(.suspend)
        case .command(let command):
            if let reason = Availability(store: store, views: views).reason(command, in: state.keyContext, state) {
                state.message = StatusMessage(.info, reason)
                return
            }
            switch state.keyContext {
            case .help: help(&state, command)
            case .picker: picker(&state, command)
            case .map: map(&state, command)
            case .prompt: prompt(&state, command, &effects)
            case .detail: detail(&state, command, &effects)
            case .dashboard, .loading, .textEntry: dashboard(&state, command, &effects)
            }
        case .type(let character):
            edit(&state) { $0.append(character) }
        case .erase:
            edit(&state) { if !$0.isEmpty { $0.removeLast() } }
        case .clearLine:
            edit(&state) { $0 = "" }
        case .acceptSearch:
            if let input = state.searchInput { remember(&state, input.text) }
            state.searchInput = nil
        case .cancelSearch:
            if let input = state.searchInput {
                state.searches[input.pane] = input.previous.isEmpty ? nil : input.previous
            }
            state.searchInput = nil
        }
    }

    /// Changes the text being typed: the export file name, the picker's filter, or the search.
    private func edit(_ state: inout AppState, _ change: (inout String) -> Void) {
        if state.exportPrompt != nil {
            change(&state.exportPrompt!.text)
        } else if state.picker != nil {
            change(&state.picker!.filter)
            state.picker!.position = ListPosition()
        } else if var input = state.searchInput {
            change(&input.text)
            input.recalled = nil
            setSearch(&state, input)
        }
    }

    private func finished(_ state: inout AppState, _ result: EffectResult) {
        switch result {
        case .exported(let path, let rows):
            state.exportPrompt = nil
            state.message = StatusMessage(.info, state.language.t(rows, one: .exportedOne, many: .exported, path))
        case .exportExists:
            state.exportPrompt?.confirmingOverwrite = true
        case .exportFailed(let reason):
            state.exportPrompt?.confirmingOverwrite = false
            state.message = StatusMessage(.error, reason)
        case .copied(let characters):
            state.message = StatusMessage(.info, state.language.t(characters, one: .copiedOne, many: .copied))
        case .themeApplied(let name, let colorOff):
            state.themeName = name
            state.message = StatusMessage(.info, state.language.t(.themeSwitched, name)
                                            + (colorOff ? " " + state.language.t(.colourOff) : ""))
        case .themeFailed(let name, let reason):
            state.themeName = name
            state.message = StatusMessage(.error, state.language.t(.themeBroken, name, reason))
        case .networkMeasured:
            networkMeasured(&state)
        }
    }
}
