import RegioModel

/// A territory's or initiative's detail, scrolled to its cursor.
struct DetailView {
    let store: Store
    let views: ViewCache

    func draw(_ page: DetailPage, layout: Layout, language: UILanguage, network: NetworkStatus, on screen: inout Screen) {
        let rect = layout.body
        let document = DetailDocument.build(page.content, store: store, width: rect.width - 2, language: language,
                                            network: network, cache: views)
        let inner = rect.inner
        let position = page.position
        let end = min(document.rows.count, position.scroll + inner.height)
        if position.scroll < end {
            for index in position.scroll..<end {
                let y = inner.y + index - position.scroll
                var x = inner.x
                let spans = document.rows[index].spans
                for span in spans {
                    x = screen.write(span.text, x: x, y: y, role: span.role, limit: max(0, inner.maxX - x))
                }
                if document.rows[position.selected < document.rows.count ? position.selected : 0].isSelectable,
                   document.lineRows(startingAt: position.selected).contains(index) {
                    screen.restyle(x: inner.x, y: y, width: inner.width, role: .selection)
                }
            }
        }
        let counter = document.counter(selected: position.selected)
        // What the page is: "(region)", "(thematic partnership)" — the record's own kind.
        let kind: String
        switch page.content {
        case .entity(.territory(let index)):
            let territoryKind = store.territories[index].kind
            kind = " (\(language.t(territoryKind == .memberState ? Phrase.kindState.rawValue : territoryKind.label)))"
        case .entity(.initiative(let index)): kind = " (\(language.t(store.initiatives[index].kind.label)))"
        case .partners, .comparison: kind = ""
        }
        // Both ways: a page scrolled down shows no sign of its top otherwise.
        let above = position.scroll > 0, below = position.scroll + inner.height < document.rows.count
        let scrollNote: Phrase? = above ? (below ? .moreAboveAndBelow : .moreAboveOnly) : (below ? .moreBelow : nil)
        Box.draw(rect, on: &screen, title: document.title + kind, focused: true, rightTitle: counter,
                 bottomText: scrollNote.map { language.t($0) } ?? "")
    }
}
