import RegioModel

/// What exporting a detail writes: data, one row per collaboration (a territory's initiatives, an
/// initiative's members) and one per partner, with role, confidence and sources (" | " between them) as
/// columns; never the screen's text. Suggested partners, a scored report, write their lines.
enum DetailExport {
    static let columns = ["section", "id", "name", "country", "role", "within", "via", "confidence", "sources"]

    static func table(_ content: PageContent, _ store: Store, language: UILanguage, views: ViewCache?) -> ExportTable {
        switch content {
        case .entity(.territory(let index)): territory(index, store, language)
        case .entity(.initiative(let index)): initiative(index, store, language)
        case .comparison(let first, let second): comparison(first, second, store, language)
        case .partners: lines(content, store, language, views)
        }
    }

    private static func territory(_ index: Int, _ store: Store, _ lang: UILanguage) -> ExportTable {
        var table = ExportTable(columns: columns)
        for group in store.collaborations(ofTerritory: index) {
            for ref in group.memberships {
                let membership = store.memberships[ref.membership]
                let initiative = store.initiatives[ref.initiative]
                let parent = store.ancestors(ofInitiative: ref.initiative).first.map { store.initiatives[$0].name } ?? ""
                table.rows.append(["collaborations", initiative.id, initiative.name, "", membership.role.rawValue, parent, "",
                                   membership.confidence.rawValue, membership.sources.joined(separator: " | ")])
            }
        }
        for partner in store.partners(ofTerritory: index) {
            let other = store.territories[partner.territory]
            table.rows.append(["partners", other.id, lang.name(of: other), other.country.rawValue, "", "",
                               partner.through.map { store.initiatives[$0].id }.joined(separator: " "), "", ""])
        }
        return table
    }

    private static func initiative(_ index: Int, _ store: Store, _ lang: UILanguage) -> ExportTable {
        var table = ExportTable(columns: columns)
        for membership in store.membershipIndices(underInitiative: index) {
            let record = store.memberships[membership]
            let territory = store.territories[store.territory(ofMembership: membership)]
            let through = store.initiative(ofMembership: membership)
            table.rows.append(["members", territory.id, lang.name(of: territory), territory.country.rawValue, record.role.rawValue,
                               "", through == index ? "" : store.initiatives[through].id, record.confidence.rawValue,
                               record.sources.joined(separator: " | ")])
        }
        return table
    }

    /// Two territories compared: the initiatives both, only the first and only the second take part in
    /// (`within` names which), and the partners they have in common.
    private static func comparison(_ first: Int, _ second: Int, _ store: Store, _ lang: UILanguage) -> ExportTable {
        var table = ExportTable(columns: columns)
        let comparison = store.compare(first, second)
        let names = (store.territories[first].id, store.territories[second].id)
        for (section, within, list) in [("both", "\(names.0) \(names.1)", comparison.shared),
                                        ("only", names.0, comparison.onlyFirst), ("only", names.1, comparison.onlySecond)] {
            for index in list {
                let initiative = store.initiatives[index]
                table.rows.append([section, initiative.id, initiative.name, "", "", within, "", "", initiative.sources.joined(separator: " | ")])
            }
        }
        for index in comparison.partnersInCommon {
            let partner = store.territories[index]
            table.rows.append(["partners_in_common", partner.id, lang.name(of: partner), partner.country.rawValue, "", "", "", "", ""])
        }
        return table
    }

    /// A report page's lines under their headings, laid out wide so no line is wrapped.
    private static func lines(_ content: PageContent, _ store: Store, _ language: UILanguage, _ views: ViewCache?) -> ExportTable {
        var table = ExportTable(columns: ["section", "text", "id"])
        var section = ""
        for row in DetailDocument.build(content, store: store, width: 100_000, language: language, cache: views).rows {
            let text = row.spans.map(\.text).joined().trimmingCharacters(in: .whitespaces)
            switch row.kind {
            case .heading: section = text
            case .blank, .continuation: continue
            case .text, .link: table.rows.append([section, text.hasPrefix("› ") ? String(text.dropFirst(2)) : text, id(row.target, store)])
            }
        }
        return table
    }

    static func id(_ entity: EntityRef?, _ store: Store) -> String {
        switch entity {
        case .territory(let index)?: store.territories[index].id
        case .initiative(let index)?: store.initiatives[index].id
        case nil: ""
        }
    }
}
