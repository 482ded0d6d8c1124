import RegioModel

/// What `regio show` prints for an initiative.
struct InitiativeReport {
    let store: Store
    let index: Int
    var initiative: Initiative { store.initiatives[index] }

    func text() -> String {
        var sources = SourceList()
        var lines: [String] = []
        lines.append("\(initiative.name)  (\(initiative.kind.label))")
        lines.append("id: \(initiative.id)")
        let ancestors = store.ancestors(ofInitiative: index)
        if !ancestors.isEmpty {
            lines.append("part of: " + ancestors.map { "\(store.initiatives[$0].name) [\(store.initiatives[$0].id)]" }
                .joined(separator: " ← "))
        }
        if let started = initiative.started { lines.append("started: \(started)") }
        if let sameAs = initiative.sameAs { lines.append("same body as: \(sameAs)") }
        if let related = initiative.related { lines.append("related: \(related)") }
        if !initiative.description.isEmpty { lines.append(""); lines.append(initiative.description) }
        lines.append("sources: \(sources.cite(initiative.sources))")
        if let note = initiative.leadRegionsNote { lines.append("leads: \(note)") }
        if let conflict = initiative.conflict { lines.append("CONFLICT between sources: \(conflict)") }

        let comparisons = store.listedVersusAnnounced(initiative: index)
        if !comparisons.isEmpty {
            lines.append("")
            lines.append("Announced versus listed in this data  (announced: \(sources.cite(initiative.countsSources)))")
            for comparison in comparisons {
                let listed = comparison.listed.map(String.init) ?? "—"
                lines.append("  " + comparison.label.padding(28) + "announced \(comparison.announced)".padding(16)
                             + "listed \(listed)")
            }
        }

        let children = store.children(ofInitiative: index).sorted(by: store.initiativeNameOrder)
        if !children.isEmpty {
            lines.append("")
            lines.append("Contains (\(children.count))")
            for child in children {
                let initiative = store.initiatives[child]
                let count = store.memberCount(ofInitiative: child)
                lines.append("  \(initiative.name) [\(initiative.id)] — \(initiative.kind.label), "
                             + "\(count) \(count == 1 ? "member" : "members")")
            }
        }

        let members = store.members(ofInitiative: index)
        let distinct = Set(members.map(\.ref.territory)).count
        lines.append("")
        lines.append("Members (\(distinct) \(distinct == 1 ? "territory" : "territories"), "
                     + "\(members.count) membership\(members.count == 1 ? "" : "s"))")
        for role in Role.allCases {
            let inRole = members.filter { store.memberships[$0.ref.membership].role == role }
            guard !inRole.isEmpty else { continue }
            lines.append("  \(role.label) (\(inRole.count))")
            for member in inRole.sorted(by: { store.territoryNameOrder($0.ref.territory, $1.ref.territory) }) {
                let territory = store.territories[member.ref.territory]
                let membership = store.memberships[member.ref.membership]
                var line = "    \(territory.name) (\(territory.country)) [\(territory.id)]"
                if !member.isDirect { line += " — through \(store.initiatives[member.ref.initiative].name)" }
                line += "\(membership.confidence.marker)  \(sources.cite(membership.sources))"
                lines.append(line)
                if let conflict = membership.conflict { lines.append("      CONFLICT between sources: \(conflict)") }
            }
        }
        lines.append("")
        lines.append("Sources")
        lines += sources.lines
        return lines.map(\.displaySafe).joined(separator: "\n") + "\n"
    }

    func json() -> JSONOutput {
        .object([
            ("id", .string(initiative.id)),
            ("type", "initiative"),
            ("name", .string(initiative.name)),
            ("kind", .string(initiative.kind.rawValue)),
            ("parent", .optional(initiative.parent)),
            ("started", .optional(initiative.started)),
            ("description", .string(initiative.description)),
            ("same_as", .optional(initiative.sameAs)),
            ("related", .optional(initiative.related)),
            ("lead_regions_note", .optional(initiative.leadRegionsNote)),
            ("conflict", .optional(initiative.conflict)),
            ("sources", .strings(initiative.sources)),
            ("counts", .array(store.listedVersusAnnounced(initiative: index).map { comparison in
                .object([("key", .string(comparison.key)), ("announced", .int(comparison.announced)),
                         ("listed", comparison.listed.map { .int($0) } ?? .null)])
            })),
            ("counts_sources", .strings(initiative.countsSources)),
            ("children", .strings(store.children(ofInitiative: index).map { store.initiatives[$0].id })),
            ("members", .array(store.members(ofInitiative: index).map { member in
                let membership = store.memberships[member.ref.membership]
                return .object([
                    ("territory", .string(store.territories[member.ref.territory].id)),
                    ("name", .string(store.territories[member.ref.territory].name)),
                    ("role", .string(membership.role.rawValue)),
                    ("confidence", .string(membership.confidence.rawValue)),
                    ("conflict", .optional(membership.conflict)),
                    ("via", .strings(member.path.map { store.initiatives[$0].id })),
                    ("sources", .strings(membership.sources)),
                ])
            })),
        ])
    }
}
