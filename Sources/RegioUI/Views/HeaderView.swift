import RegioModel

/// The top line: where you are, which data, what is filtered, and listed versus announced totals.
struct HeaderView {
    let store: Store

    func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        let rect = layout.header
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .statusBar)
        var parts = [" regio"]
        if state.history.isEmpty {
            parts.append(store.origin.label)
            parts.append("\(store.territories.count) participants · \(store.initiatives.count) initiatives")
            if let pilot = headlineCount() { parts.append(pilot) }
        } else {
            let trail = state.history.suffix(3).map { title(of: $0.content) }
            parts.append((state.history.count > 3 ? "… › " : "") + trail.joined(separator: " › "))
        }
        if !state.countries.isEmpty {
            parts.append("member states: " + state.countries.sorted().map(\.rawValue).joined(separator: ","))
        }
        let searches = Pane.allCases.compactMap { pane in state.searches[pane].map { "\(pane.title.lowercased()) “\($0)”" } }
        if !searches.isEmpty { parts.append("search: " + searches.joined(separator: ", ")) }
        let right = "? help "
        let text = parts.joined(separator: " │ ")
        let room = rect.width - TextWidth.width(of: right) - 1
        screen.write(TextWidth.truncate(text, to: max(0, room)), x: rect.x, y: rect.y, role: .statusBar)
        if room > 10 { screen.write(right, x: rect.maxX - TextWidth.width(of: right), y: rect.y, role: .statusBar) }
    }

    /// "PRI 54/74 listed" for the first initiative that announces a total of territories.
    private func headlineCount() -> String? {
        for index in store.initiativesWithAnnouncedCounts {
            let comparisons = store.listedVersusAnnounced(initiative: index)
            if let total = comparisons.first(where: { $0.listed != nil && ["territories_total", "territories", "members"].contains($0.key) }),
               let listed = total.listed {
                let name = store.initiatives[index].id == "pri-pilot" ? "PRI pilot" : store.initiatives[index].name
                return "\(name): \(listed) of \(total.announced) listed"
            }
        }
        return nil
    }

    private func title(of content: PageContent) -> String {
        switch content {
        case .entity(let entity): name(of: entity)
        case .partners(let index): "partners for \(store.territories[index].name)"
        case .comparison(let a, let b): "\(store.territories[a].name) vs \(store.territories[b].name)"
        }
    }

    private func name(of entity: EntityRef) -> String {
        switch entity {
        case .territory(let index): store.territories[index].name
        case .initiative(let index): store.initiatives[index].name
        }
    }
}
