import RegioModel

/// The detail of a region, city, member state or group: names, every collaboration grouped by kind,
/// the partners reached through them, and the sources.
struct TerritoryDetail {
    let store: Store
    let index: Int
    let width: Int

    var document: DetailDocument {
        let territory = store.territories[index]
        var builder = DetailBuilder(width: width)
        let country = Countries.named(territory.country)
        builder.rows.append(.text([
            Span("  \(territory.kind.label)", .accent), Span(" · \(territory.country) \(country?.english ?? "")"),
            Span(" · NUTS \(territory.nuts ?? "none")"), DetailBuilder.confidence(territory.confidence),
            builder.cite(territory.sources),
        ]))
        for name in territory.names {
            builder.rows.append(.text([Span("  \(name.language.label): ".padded(to: 12), .muted), Span(name.text)]))
        }
        if let note = territory.nutsNote { builder.paragraph("NUTS: " + note, role: .muted) }
        if let note = territory.note { builder.paragraph("Note: " + note) }

        let groups = store.collaborations(ofTerritory: index)
        builder.heading("COLLABORATIONS (\(groups.reduce(0) { $0 + $1.memberships.count }))")
        for group in groups {
            builder.rows.append(.text([Span(" " + group.family.title, .title)]))
            for ref in group.memberships {
                let membership = store.memberships[ref.membership]
                let initiative = store.initiatives[ref.initiative]
                var spans = [Span(membership.role.label.padded(to: 12), .accent), Span(initiative.name)]
                if let parent = store.ancestors(ofInitiative: ref.initiative).first {
                    spans.append(Span(" — in \(store.initiatives[parent].name)", .muted))
                }
                spans.append(DetailBuilder.confidence(membership.confidence))
                spans.append(builder.cite(membership.sources))
                builder.rows.append(.link([Span(" ")] + spans, to: .initiative(ref.initiative)))
                if let note = membership.note { builder.paragraph(note, role: .muted, indent: 18) }
            }
        }

        let partners = store.partners(ofTerritory: index)
        builder.heading("PARTNERS THROUGH THESE COLLABORATIONS (\(partners.count))")
        for partner in partners {
            let other = store.territories[partner.territory]
            let through = partner.through.map { store.initiatives[$0].name }.joined(separator: "; ")
            builder.rows.append(.link([Span(" \(other.name)"), Span(" (\(other.country))", .muted),
                                       Span(" via \(through)", .muted)], to: .territory(partner.territory)))
        }
        builder.finishWithSources()
        return DetailDocument(title: territory.name, rows: builder.rows)
    }
}

extension String {
    /// Padded with spaces to at least `width` cells (always one space after).
    func padded(to width: Int) -> String {
        let cells = TextWidth.width(of: self)
        return cells >= width ? self + " " : self + String(repeating: " ", count: width - cells)
    }
}
