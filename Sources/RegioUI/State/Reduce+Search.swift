/// The search field: it opens empty, Enter keeps what was typed in a bounded history, and ↑/↓ bring
/// earlier searches back, as a shell does.
extension Reducer {
    /// A new search starts from nothing; Esc gives back the search that was in force.
    func startSearch(_ state: inout AppState, in pane: Pane) {
        let current = state.searches[pane] ?? ""
        let input = SearchInput(pane: pane, previous: current)
        if current.isEmpty { state.searchInput = input } else { setSearch(&state, input) }
    }

    /// Puts the previous (`older`) or next search of the history in the field; past the latest, what
    /// was being typed comes back.
    func recallSearch(_ state: inout AppState, older: Bool) {
        guard var input = state.searchInput, !state.searchHistory.isEmpty else { return }
        let latest = state.searchHistory.count - 1
        if older {
            if input.recalled == nil { input.draft = input.text }
            input.recalled = max(0, (input.recalled ?? latest + 1) - 1)
            input.text = state.searchHistory[input.recalled!]
        } else {
            guard let recalled = input.recalled else { return }
            input.recalled = recalled < latest ? recalled + 1 : nil
            input.text = input.recalled.map { state.searchHistory[$0] } ?? input.draft
        }
        setSearch(&state, input)
    }

    /// Keeps a search for ↑: the latest last, each once, at most `searchHistoryLimit`.
    func remember(_ state: inout AppState, _ text: String) {
        guard !text.isEmpty else { return }
        state.searchHistory.removeAll { $0 == text }
        state.searchHistory.append(text)
        state.searchHistory.removeFirst(max(0, state.searchHistory.count - AppState.searchHistoryLimit))
    }
}
