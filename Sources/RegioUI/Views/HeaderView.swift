import RegioModel

/// The top line: where you are, which data, what is filtered, and listed versus announced totals.
struct HeaderView {
    let store: Store
    let keymap: Keymap

    func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        let rect = layout.header
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .statusBar)
        let lang = state.language
        var parts = [" regio"]
        // What gives way when the line is too narrow, first to last: what is filtered and searched stays.
        var optional: [String] = []
        if state.history.isEmpty {
            let origin = store.origin == .bundled ? lang.t(.bundledDataset) : store.origin.label
            let counts = lang.t(store.territories.count, one: .participantsOne, many: .participantsCount) + " · "
                + lang.t(store.initiatives.count, one: .initiativesOne, many: .initiativesCount)
            parts += [origin, counts]
            optional = [counts, origin]
            if let headline = headlineCount(lang) {
                parts.append(headline)
                optional.insert(headline, at: 0)
            }
        } else {
            let trail = state.history.suffix(3).map { title(of: $0.content, lang) }
            parts.append((state.history.count > 3 ? "… › " : "") + trail.joined(separator: " › "))
        }
        if !state.countries.isEmpty {
            parts.append(lang.t(.headerMemberStates, state.countries.sorted().map(\.rawValue).joined(separator: ",")))
        }
        if !state.nutsRegions.isEmpty { parts.append("NUTS " + state.nutsRegions.joined(separator: ",")) }
        let searches = Pane.allCases.compactMap { pane in state.searches[pane].map { "\(lang.t(pane.title).lowercased()) “\($0)”" } }
        if !searches.isEmpty { parts.append(lang.t(.headerSearch, searches.joined(separator: ", "))) }
        let right = keymap.label(.help, in: .dashboard) + " " + lang.t(Command.help.hint) + " "
        let room = rect.width - TextWidth.width(of: right) - 1
        let filtered = parts.count > 1 + (state.history.isEmpty ? optional.count : 1)
        while filtered, TextWidth.width(of: parts.joined(separator: " │ ")) > room, !optional.isEmpty {
            let drop = optional.removeFirst()
            parts.removeAll { $0 == drop }
        }
        let text = parts.joined(separator: " │ ")
        screen.write(TextWidth.truncate(text, to: max(0, room)), x: rect.x, y: rect.y, role: .statusBar)
        if room > 10 { screen.write(right, x: rect.maxX - TextWidth.width(of: right), y: rect.y, role: .statusBar) }
    }

    /// "PRI 54/74 listed" for the first initiative that announces a total of territories.
    private func headlineCount(_ lang: UILanguage) -> String? {
        guard let total = store.headlineTotal else { return nil }
        let initiative = store.initiatives[total.initiative]
        let name = initiative.id == "pri-pilot" ? lang.t(.priPilot) : initiative.name
        return lang.t(.headerListed, name, total.listed, total.announced)
    }

    private func title(of content: PageContent, _ lang: UILanguage) -> String {
        switch content {
        case .entity(let entity): name(of: entity, lang)
        case .partners(let index): lang.t(.partnersFor, lang.name(of: store.territories[index]))
        case .comparison(let a, let b): lang.t(.versus, lang.name(of: store.territories[a]), lang.name(of: store.territories[b]))
        }
    }

    private func name(of entity: EntityRef, _ lang: UILanguage) -> String {
        switch entity {
        case .territory(let index): lang.name(of: store.territories[index])
        case .initiative(let index): store.initiatives[index].name
        }
    }
}
