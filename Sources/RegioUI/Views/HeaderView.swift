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
        // The headline total is dropped first when the line is too narrow for what is filtered.
        var headline: String?
        if state.history.isEmpty {
            parts.append(store.origin == .bundled ? lang.t(.bundledDataset) : store.origin.label)
            parts.append(lang.t(.headerCounts, store.territories.count, store.initiatives.count))
            headline = headlineCount(lang)
            if let headline { parts.append(headline) }
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
        var text = parts.joined(separator: " │ ")
        if let headline, TextWidth.width(of: text) > room, parts.count > 4 {
            text = parts.filter { $0 != headline }.joined(separator: " │ ")
        }
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
