import RegioModel

extension Reducer {
    /// The first time a territory's detail is on top, the runtime is asked to measure the collaboration
    /// network (every kind of initiative); until `networkMeasured` comes back, the detail says so.
    func requestNetwork(_ state: inout AppState, _ effects: inout [Effect]) {
        guard state.network == .notRequested, case .entity(.territory)? = state.history.last?.content else { return }
        state.network = .measuring
        effects.append(.measureNetwork(kinds: []))
    }

    /// The measures are in: each territory page's network section fills in, and its cursor and scroll
    /// stay on the lines they were on when the section grows above them.
    func networkMeasured(_ state: inout AppState) {
        let before = state.network
        state.network = .measured
        guard before != .measured else { return }
        let width = layout(state).body.width - 2
        for (index, page) in state.history.enumerated() {
            guard case .entity(.territory) = page.content else { continue }
            let old = DetailDocument.build(page.content, store: store, width: width, language: state.language,
                                           network: before, cache: views).rows
            let new = DetailDocument.build(page.content, store: store, width: width, language: state.language,
                                           network: .measured, cache: views).rows
            let firstChange = old.indices.first { $0 >= new.count || old[$0] != new[$0] } ?? old.count
            let shift = new.count - old.count
            if page.position.selected > firstChange { state.history[index].position.selected += shift }
            if page.position.scroll > firstChange { state.history[index].position.scroll += shift }
        }
    }
}
