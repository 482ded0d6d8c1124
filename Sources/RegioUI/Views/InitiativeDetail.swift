import RegioModel

/// The detail of an initiative: description, dates, announced versus listed totals, parent and children,
/// members grouped by role, sources.
struct InitiativeDetail {
    let store: Store
    let index: Int
    var builder: DetailBuilder

    var document: DetailDocument {
        let initiative = store.initiatives[index]
        var builder = self.builder
        let lang = builder.lang
        var facts = [Span("  \(lang.t(initiative.kind.label))", .accent)]
        if let started = initiative.started { facts.append(Span(" · " + lang.t(.started, started))) }
        facts.append(builder.cite(initiative.sources))
        builder.rows.append(.text(facts))
        if !initiative.description.isEmpty { builder.paragraph(initiative.description) }
        if let note = initiative.leadRegionsNote { builder.paragraph(lang.t(.leadsNote, note), role: .muted) }

        let comparisons = store.listedVersusAnnounced(initiative: index)
        if !comparisons.isEmpty {
            builder.heading(lang.t(.announcedVersusListed))
            let citation = builder.cite(initiative.countsSources)
            for comparison in comparisons {
                let listed = comparison.listed.map { lang.t(.listedCount, $0) } ?? lang.t(.notInTheList)
                let role: StyleRole = comparison.listed.map { $0 < comparison.announced ? .warning : .success } ?? .muted
                builder.rows.append(.text([Span("  " + comparison.label.padded(to: 28)),
                                           Span(lang.t(.announcedCount, comparison.announced).padded(to: 16)),
                                           Span(listed, role), citation]))
            }
        }

        let ancestors = store.ancestors(ofInitiative: index)
        let children = store.children(ofInitiative: index).sorted(by: store.initiativeNameOrder)
        let related = [initiative.sameAs, initiative.related].compactMap { $0.flatMap(store.initiativeIndex) }
        if !ancestors.isEmpty || !children.isEmpty || !related.isEmpty {
            builder.heading(lang.t(.partOfAndContains))
            for parent in ancestors {
                builder.rows.append(.link([Span(lang.t(.partOf), .muted), Span(store.initiatives[parent].name)],
                                          to: .initiative(parent)))
            }
            for child in children {
                builder.rows.append(.link([Span(lang.t(.contains), .muted), Span(store.initiatives[child].name),
                                           Span(lang.t(.membersCount, store.memberCount(ofInitiative: child)), .muted)],
                                          to: .initiative(child)))
            }
            for other in related {
                let label = lang.t(store.initiatives[other].id == initiative.sameAs ? .sameAs : .related)
                builder.rows.append(.link([Span(label, .muted), Span(store.initiatives[other].name)], to: .initiative(other)))
            }
        }

        let members = store.members(ofInitiative: index)
        let distinct = Set(members.map(\.ref.territory)).count
        builder.heading(lang.t(.members, distinct, members.count))
        for role in Role.allCases {
            let inRole = members.filter { store.memberships[$0.ref.membership].role == role }
                .sorted { store.territoryNameOrder($0.ref.territory, $1.ref.territory) }
            guard !inRole.isEmpty else { continue }
            builder.rows.append(.text([Span(" \(lang.t(role.label)) (\(inRole.count))", .title)]))
            for member in inRole {
                let territory = store.territories[member.ref.territory]
                let membership = store.memberships[member.ref.membership]
                var spans = [Span(" \(lang.name(of: territory))"), Span(" (\(territory.country))", .muted)]
                if !member.isDirect { spans.append(Span(" " + lang.t(.via, store.initiatives[member.ref.initiative].name), .muted)) }
                spans.append(builder.confidence(membership.confidence))
                spans.append(builder.cite(membership.sources))
                builder.rows.append(.link(spans, to: .territory(member.ref.territory)))
            }
        }
        builder.finishWithSources()
        return DetailDocument(title: initiative.name, rows: builder.rows)
    }
}
