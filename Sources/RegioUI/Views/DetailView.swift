import RegioModel

/// A territory's or initiative's detail, scrolled to its cursor.
struct DetailView {
    let store: Store
    let documents: DocumentCache

    func draw(_ page: DetailPage, layout: Layout, language: UILanguage, on screen: inout Screen) {
        let rect = layout.body
        let document = DetailDocument.build(page.content, store: store, width: rect.width - 2, language: language, cache: documents)
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
                // A line cut at the border says so, as the lists do.
                if inner.width > 1, spans.reduce(0, { $0 + TextWidth.width(of: $1.text) }) > inner.width {
                    screen.write(" …", x: inner.maxX - 2, y: y, role: .muted)
                }
                if index == position.selected && document.rows[index].isSelectable {
                    screen.restyle(x: inner.x, y: y, width: inner.width, role: .selection)
                }
            }
        }
        let counter = "\(min(end, document.rows.count))/\(document.rows.count)"
        let kind: String
        switch page.content {
        case .entity(.territory): kind = " (\(language.t(.territoryKindTitle)))"
        case .entity(.initiative): kind = " (\(language.t(.initiativeKindTitle)))"
        case .partners, .comparison: kind = ""
        }
        Box.draw(rect, on: &screen, title: document.title + kind, focused: true, rightTitle: counter,
                 bottomText: position.scroll + inner.height < document.rows.count ? language.t(.moreBelow) : "")
    }
}
