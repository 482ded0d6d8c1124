import RegioModel

/// The detail of a region, city, member state or group: names, every collaboration grouped by kind,
/// the partners reached through them, and the sources.
struct TerritoryDetail {
    let store: Store
    let index: Int
    var builder: DetailBuilder

    var document: DetailDocument {
        let territory = store.territories[index]
        var builder = self.builder
        let lang = builder.lang
        let country = Countries.named(territory.country)
        builder.rows.append(.text([
            Span("  \(lang.t(territory.kind.label))", .accent), Span(" · \(territory.country) \(country.map(lang.name(of:)) ?? "")"),
            Span(" · NUTS \(territory.nuts ?? lang.t(.none))"), builder.confidence(territory.confidence),
            builder.cite(territory.sources),
        ]))
        for name in territory.names {
            builder.rows.append(.text([Span("  \(lang.t(name.language.label)): ".padded(to: 15), .muted), Span(name.text)]))
        }
        if let code = territory.nuts {
            // The NUTS name and parents from the embedded classification, and the versions that have the code.
            let path = NUTS.path(code: code) ?? code
            builder.paragraph(lang.t(.nutsPath, path) + (Self.versions(of: code, lang).map { " (\($0))" } ?? ""))
        }
        if let note = territory.nutsNote { builder.paragraph(lang.t(.nutsNote, note), role: .muted) }
        if let note = territory.note { builder.paragraph(lang.t(.note, note)) }
        if let conflict = territory.conflict { builder.paragraph(lang.t(.conflict, conflict), role: .warning) }

        let groups = store.collaborations(ofTerritory: index)
        builder.heading(lang.t(.collaborations, groups.reduce(0) { $0 + $1.memberships.count }))
        for group in groups {
            builder.rows.append(.text([Span(" " + lang.t(group.family.title), .title)]))
            for ref in group.memberships {
                let membership = store.memberships[ref.membership]
                let initiative = store.initiatives[ref.initiative]
                // Role, stated or inferred, and sources first: a narrow terminal wraps the long name, never these.
                var spans = [Span(lang.t(membership.role.label).padded(to: 12), .accent),
                             builder.confidenceMark(membership.confidence), builder.cite(membership.sources),
                             Span("  " + initiative.name)]
                if let parent = store.ancestors(ofInitiative: ref.initiative).first {
                    spans.append(Span(" " + lang.t(.within, store.initiatives[parent].name), .muted))
                }
                builder.rows.append(.link([Span(" ")] + spans, to: .initiative(ref.initiative)))
                if let note = membership.note { builder.paragraph(note, role: .muted, indent: 18) }
                if let conflict = membership.conflict {
                    builder.paragraph(lang.t(.conflict, conflict), role: .warning, indent: 18)
                }
            }
        }

        appendEnclosingRegions(to: &builder) // TerritoryDetail+Regions.swift
        appendNetwork(to: &builder) // TerritoryDetail+Network.swift

        let partners = store.partners(ofTerritory: index)
        builder.heading(lang.t(.partnersThrough, partners.count))
        for partner in partners {
            // Read in place: a territory in many collaborations has thousands of partners.
            let through = partner.through.map { store.initiatives[$0].name }.joined(separator: "; ")
            builder.rows.append(.link([Span(" \(lang.name(ofTerritory: partner.territory, in: store))"),
                                       Span(" (\(store.territories[partner.territory].country))", .muted),
                                       Span(" " + lang.t(.via, through), .muted)], to: .territory(partner.territory)))
        }
        builder.finishWithSources()
        return DetailDocument(title: lang.name(of: territory), rows: builder.rows)
    }
}

extension TerritoryDetail {
    /// Which NUTS versions have the code, in the interface language; nil for a country the table lacks.
    static func versions(of code: String, _ lang: UILanguage) -> String? {
        switch NUTSCheck.status(of: code) {
        case .notCovered: nil
        case .unknown: lang.t(.nutsInNeither)
        case .current(let region): region.versions.count > 1 ? lang.t(.nutsInBoth) : lang.t(.nutsOnlyNewer)
        case .outdated(let region): lang.t(.nutsOnlyOlder, region.successors.joined(separator: ", "))
        }
    }
}

extension String {
    /// Padded with spaces to at least `width` cells (always one space after).
    func padded(to width: Int) -> String {
        let cells = TextWidth.width(of: self)
        return cells >= width ? self + " " : self + String(repeating: " ", count: width - cells)
    }
}
