import RegioModel

/// The detail of an initiative: description, dates, announced versus listed totals, parent and children,
/// members grouped by role, sources.
struct InitiativeDetail {
    let store: Store
    let index: Int
    var builder: DetailBuilder
    /// A detail view is for reading: past this many members in one role, the rest are counted, not
    /// listed, and the command line lists them all. (A root initiative over a million memberships has
    /// a hundred thousand and more; laying them all out would take most of a second.)
    static let rowsPerRole = 300

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
        if let conflict = initiative.conflict { builder.paragraph(lang.t(.conflict, conflict), role: .warning) }

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
                                           Span(Self.memberCount(store.memberCount(ofInitiative: child), lang), .muted)],
                                          to: .initiative(child)))
            }
            for other in related {
                let label = lang.t(store.initiatives[other].id == initiative.sameAs ? .sameAs : .related)
                builder.rows.append(.link([Span(label, .muted), Span(store.initiatives[other].name)], to: .initiative(other)))
            }
        }

        let groups = store.roleGroups(underInitiative: index, limit: Self.rowsPerRole)
        let membershipCount = groups.reduce(0) { $0 + $1.count }
        builder.heading(lang.t(.members, lang.t(store.memberCount(ofInitiative: index), one: .territoriesOne, many: .territoriesCount),
                               lang.t(membershipCount, one: .membershipsOne, many: .membershipsCount)))
        // By name within each role (ties: direct members before those of sub-initiatives). Each member's
        // fields are read in place, and a sub-initiative's "via" is worked out once: the largest pages list
        // hundreds of members in each of several roles, and are laid out on the key that opens them.
        var viaSpans: [Int: Span] = [:]
        for group in groups {
            builder.rows.append(.text([Span(" \(lang.t(group.role.label)) (\(group.count))", .title)]))
            for membershipIndex in group.first {
                let territoryIndex = store.territory(ofMembership: membershipIndex)
                // Stated or inferred and sources first: a narrow terminal wraps the name, never these.
                var spans = [Span(" "), builder.confidenceMark(store.memberships.confidence(at: membershipIndex)),
                             builder.cite(membership: membershipIndex, in: store),
                             Span("  " + lang.name(ofTerritory: territoryIndex, in: store)),
                             Span(" (\(store.territories[territoryIndex].country))", .muted)]
                let through = store.initiative(ofMembership: membershipIndex)
                if through != index {
                    let via = viaSpans[through] ?? Span(" " + lang.t(.via, store.initiatives[through].name), .muted)
                    viaSpans[through] = via
                    spans.append(via)
                }
                builder.rows.append(.link(spans, to: .territory(territoryIndex)))
                if let conflict = store.memberships.conflict(at: membershipIndex) {
                    builder.paragraph(lang.t(.conflict, conflict), role: .warning, indent: 4)
                }
            }
            if group.count > Self.rowsPerRole {
                builder.rows.append(.text([Span("   " + lang.t(.moreNotShown, group.count - Self.rowsPerRole, store.initiatives[index].id), .warning)]))
            }
        }
        builder.finishWithSources()
        return DetailDocument(title: initiative.name, rows: builder.rows)
    }

    private static func memberCount(_ count: Int, _ lang: UILanguage) -> String {
        count == 1 ? lang.t(.oneMember) : lang.t(.membersCount, count)
    }
}
