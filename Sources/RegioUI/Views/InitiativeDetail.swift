import RegioModel

/// The detail of an initiative: description, dates, announced versus listed totals, parent and children,
/// members grouped by role, sources.
struct InitiativeDetail {
    let store: Store
    let index: Int
    let width: Int

    var document: DetailDocument {
        let initiative = store.initiatives[index]
        var builder = DetailBuilder(width: width)
        var facts = [Span("  \(initiative.kind.label)", .accent)]
        if let started = initiative.started { facts.append(Span(" · started \(started)")) }
        facts.append(builder.cite(initiative.sources))
        builder.rows.append(.text(facts))
        if !initiative.description.isEmpty { builder.paragraph(initiative.description) }
        if let note = initiative.leadRegionsNote { builder.paragraph("Leads: " + note, role: .muted) }

        let comparisons = store.listedVersusAnnounced(initiative: index)
        if !comparisons.isEmpty {
            builder.heading("ANNOUNCED VERSUS LISTED HERE")
            let citation = builder.cite(initiative.countsSources)
            for comparison in comparisons {
                let listed = comparison.listed.map { "\($0) listed" } ?? "not in the list"
                let role: StyleRole = comparison.listed.map { $0 < comparison.announced ? .warning : .success } ?? .muted
                builder.rows.append(.text([Span("  " + comparison.label.padded(to: 28)),
                                           Span("\(comparison.announced) announced".padded(to: 16)),
                                           Span(listed, role), citation]))
            }
        }

        let ancestors = store.ancestors(ofInitiative: index)
        let children = store.children(ofInitiative: index).sorted(by: store.initiativeNameOrder)
        let related = [initiative.sameAs, initiative.related].compactMap { $0.flatMap(store.initiativeIndex) }
        if !ancestors.isEmpty || !children.isEmpty || !related.isEmpty {
            builder.heading("PART OF AND CONTAINS")
            for parent in ancestors {
                builder.rows.append(.link([Span("part of  ", .muted), Span(store.initiatives[parent].name)],
                                          to: .initiative(parent)))
            }
            for child in children {
                builder.rows.append(.link([Span("contains ", .muted), Span(store.initiatives[child].name),
                                           Span(" · \(store.memberCount(ofInitiative: child)) members", .muted)],
                                          to: .initiative(child)))
            }
            for other in related {
                let label = store.initiatives[other].id == initiative.sameAs ? "same as  " : "related  "
                builder.rows.append(.link([Span(label, .muted), Span(store.initiatives[other].name)], to: .initiative(other)))
            }
        }

        let members = store.members(ofInitiative: index)
        let distinct = Set(members.map(\.ref.territory)).count
        builder.heading("MEMBERS (\(distinct) territories, \(members.count) memberships)")
        for role in Role.allCases {
            let inRole = members.filter { store.memberships[$0.ref.membership].role == role }
                .sorted { store.territoryNameOrder($0.ref.territory, $1.ref.territory) }
            guard !inRole.isEmpty else { continue }
            builder.rows.append(.text([Span(" \(role.label) (\(inRole.count))", .title)]))
            for member in inRole {
                let territory = store.territories[member.ref.territory]
                let membership = store.memberships[member.ref.membership]
                var spans = [Span(" \(territory.name)"), Span(" (\(territory.country))", .muted)]
                if !member.isDirect { spans.append(Span(" via \(store.initiatives[member.ref.initiative].name)", .muted)) }
                spans.append(DetailBuilder.confidence(membership.confidence))
                spans.append(builder.cite(membership.sources))
                builder.rows.append(.link(spans, to: .territory(member.ref.territory)))
            }
        }
        builder.finishWithSources()
        return DetailDocument(title: initiative.name, rows: builder.rows)
    }
}
