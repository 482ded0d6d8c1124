import RegioModel

/// What `regio show` prints for a territory.
struct TerritoryReport {
    let store: Store
    let index: Int
    var territory: Territory { store.territories[index] }

    func text() -> String {
        var sources = SourceList()
        let country = Countries.named(territory.country)
        var lines: [String] = []
        lines.append("\(territory.name)  (\(territory.kind.label), \(territory.country) \(country?.english ?? ""))")
        lines.append("id: \(territory.id)")
        if !territory.names.isEmpty {
            lines.append("names: " + territory.names.map { "\($0.text) (\($0.language.label))" }.joined(separator: ", "))
        }
        lines.append("NUTS: " + (territory.nuts ?? "none") + (territory.nutsNote.map { "  — \($0)" } ?? ""))
        if let code = territory.nuts {
            lines.append("NUTS region: " + (NUTS.path(code: code) ?? code)
                         + (NUTS.versionNote(code: code).map { "  (\($0))" } ?? "  (not in the embedded NUTS table)"))
        }
        lines.append("confidence: \(territory.confidence.rawValue)  sources: \(sources.cite(territory.sources))")
        if let note = territory.note { lines.append("note: \(note)") }
        if let conflict = territory.conflict { lines.append("CONFLICT between sources: \(conflict)") }

        let groups = store.collaborations(ofTerritory: index)
        let total = groups.reduce(0) { $0 + $1.memberships.count }
        lines.append("")
        lines.append("Collaborations (\(total))")
        for group in groups {
            lines.append("  \(group.family.title)")
            for ref in group.memberships {
                let membership = store.memberships[ref.membership]
                let initiative = store.initiatives[ref.initiative]
                var line = "    " + membership.role.label.padding(13) + initiative.name
                if let parent = store.ancestors(ofInitiative: ref.initiative).first {
                    line += "  — in \(store.initiatives[parent].name)"
                }
                line += "  [\(initiative.id)]\(membership.confidence.marker)  \(sources.cite(membership.sources))"
                lines.append(line)
                if let note = membership.note { lines.append("        note: \(note)") }
                if let conflict = membership.conflict { lines.append("        CONFLICT between sources: \(conflict)") }
            }
        }

        lines.append("")
        lines += regionAndNetworkLines() // TerritoryReport+Network.swift

        let partners = store.partners(ofTerritory: index)
        lines.append("")
        lines.append("Partners through these collaborations (\(partners.count))")
        for partner in partners {
            let other = store.territories[partner.territory]
            let through = partner.through.map { store.initiatives[$0].name }.joined(separator: "; ")
            lines.append("  \(other.name) (\(other.country)) [\(other.id)] — through \(through)")
        }
        lines.append("")
        lines.append("Sources")
        lines += sources.lines
        return lines.map(\.displaySafe).joined(separator: "\n") + "\n"
    }

    func json() -> JSONOutput {
        let groups = store.collaborations(ofTerritory: index)
        return .object([
            ("id", .string(territory.id)),
            ("type", "territory"),
            ("name", .string(territory.name)),
            ("names", .object(territory.names.map { ($0.language.rawValue, .string($0.text)) })),
            ("kind", .string(territory.kind.rawValue)),
            ("country", .string(territory.country.rawValue)),
            ("nuts", .optional(territory.nuts)),
            ("nuts_note", .optional(territory.nutsNote)),
            ("nuts_region", .optional(territory.nuts.flatMap { NUTS.path(code: $0) })),
            ("nuts_versions", .optional(territory.nuts.flatMap { NUTS.versionNote(code: $0) })),
            ("confidence", .string(territory.confidence.rawValue)),
            ("note", .optional(territory.note)),
            ("conflict", .optional(territory.conflict)),
            ("sources", .strings(territory.sources)),
            ("collaborations", .array(groups.map { group in
                .object([
                    ("group", .string(group.family.title)),
                    ("memberships", .array(group.memberships.map(membershipJSON))),
                ])
            })),
            ("partners", .array(store.partners(ofTerritory: index).map { partner in
                .object([
                    ("id", .string(store.territories[partner.territory].id)),
                    ("name", .string(store.territories[partner.territory].name)),
                    ("through", .strings(partner.through.map { store.initiatives[$0].id })),
                ])
            })),
        ])
    }

    private func membershipJSON(_ ref: MembershipRef) -> JSONOutput {
        let membership = store.memberships[ref.membership]
        let initiative = store.initiatives[ref.initiative]
        return .object([
            ("initiative", .string(initiative.id)),
            ("name", .string(initiative.name)),
            ("kind", .string(initiative.kind.rawValue)),
            ("parent", .optional(initiative.parent)),
            ("role", .string(membership.role.rawValue)),
            ("confidence", .string(membership.confidence.rawValue)),
            ("note", .optional(membership.note)),
            ("conflict", .optional(membership.conflict)),
            ("sources", .strings(membership.sources)),
        ])
    }
}

extension String {
    /// Pads with spaces to at least `width` characters (for ASCII labels), keeping one space after.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
