import RegioModel

/// The initiatives table: the Networks and Thematic platforms panes, `regio list networks|platforms|
/// initiatives` and both exports. A row is a tree row: on screen the name is indented under its parent.
public enum InitiativeColumns {
    /// With a member-state or NUTS filter, the member column counts members within it ("3/12") and files
    /// get the count within the filter as a column of its own.
    public static func all(filtered: Bool) -> [Column<TreeRow>] {
        var columns: [Column<TreeRow>] = [
            Column(id: "id", title: "ID", minWidth: 10, onScreen: false) { context, row in initiative(context, row).id },
            // Long names differ at the end ("S3 Thematic Platform on Energy", "… on Agri-Food"): a name that
            // must be cut loses its middle, and it gets 24 cells at least, 72 before any optional column is shown.
            Column(id: "name", title: "Name", minWidth: 24, preferredWidth: 72, flexible: true, cut: .middle,
                   screen: { context, row in
                       let marker = row.hasChildren ? (row.isCollapsed ? "▸ " : "▾ ") : "  "
                       return String(repeating: "  ", count: row.depth) + marker + initiative(context, row).name
                   },
                   file: { context, row in initiative(context, row).name }),
            Column(id: "kind", title: "Kind", minWidth: 12, priority: 1,
                   screen: { context, row in context.language.t(initiative(context, row).kind.label) },
                   file: { context, row in initiative(context, row).kind.rawValue }),
            Column(id: "parent", title: "Parent", minWidth: 10, onScreen: false) { context, row in
                initiative(context, row).parent ?? ""
            },
            Column(id: "started", title: "Started", minWidth: 7, priority: 2) { context, row in
                initiative(context, row).started ?? ""
            },
            Column(id: "leads", title: "Leads", minWidth: 16, flexible: true, priority: 3) { context, row in
                leadNames(context, row)
            },
            Column(id: "lead_ids", title: "Lead ids", minWidth: 10, onScreen: false) { context, row in
                context.store.leads(ofInitiative: row.initiative).map { context.store.territories[$0].id }.joined(separator: " ")
            },
            // Counts at the right edge, as in the participants pane.
            Column(id: "members", title: "Memb", minWidth: filtered ? 7 : 4, alignRight: true,
                   screen: { context, row in
                       let total = context.store.memberCount(ofInitiative: row.initiative)
                       guard context.isFiltered else { return String(total) }
                       return "\(membersWithin(context, row))/\(total)"
                   },
                   file: { context, row in String(context.store.memberCount(ofInitiative: row.initiative)) }),
        ]
        if filtered {
            columns.append(Column(id: "members_in_filter", title: "Memb", minWidth: 4, onScreen: false) { context, row in
                String(membersWithin(context, row))
            })
        }
        return columns
    }

    /// The order a column sorts siblings by, in the store's terms; nil for a column that does not sort.
    public static func order(_ sort: SortSpec, language: UILanguage = .en) -> (order: InitiativeOrder, descending: Bool)? {
        switch sort.column {
        case "name": (.name, sort.descending)
        case "id": (.id, sort.descending)
        case "kind": (.kind(kindRank(language)), sort.descending)
        case "started": (.started, sort.descending)
        case "leads": (.leads, sort.descending)
        // The store orders members most first: that is this column descending.
        case "members": (.members, !sort.descending)
        default: nil
        }
    }

    /// Kinds in the alphabetical order of their labels as the screen shows them.
    static func kindRank(_ language: UILanguage) -> [InitiativeKind: Int] {
        SortSpec.rank(InitiativeKind.allCases, language: language) { $0.label }
    }

    /// The leads' names joined by "; ". On screen the list stops once wider than the terminal: a large
    /// initiative has dozens of leads, and a cell that wide is cut at the same place either way.
    private static func leadNames(_ context: TableContext, _ row: TreeRow) -> String {
        guard let views = context.views else { return joinedLeads(context, row) }
        return views.leadNames(of: row.initiative, store: context.store, language: context.language, limit: context.cellLimit) {
            joinedLeads(context, row)
        }
    }

    private static func joinedLeads(_ context: TableContext, _ row: TreeRow) -> String {
        var text = ""
        var width = 0
        for lead in context.store.leads(ofInitiative: row.initiative) {
            if let limit = context.cellLimit, width > limit { break }
            let name = context.language.name(ofTerritory: lead, in: context.store)
            if !text.isEmpty { text += "; "; width += 2 }
            text += name
            width += TextWidth.width(of: name)
        }
        return text
    }

    private static func initiative(_ context: TableContext, _ row: TreeRow) -> Initiative {
        context.store.initiatives[row.initiative]
    }

    private static func membersWithin(_ context: TableContext, _ row: TreeRow) -> Int {
        let store = context.store
        // Counted once per country set by the store; a NUTS filter is rarer and counted here.
        guard !context.nutsRegions.isEmpty else { return store.memberCount(ofInitiative: row.initiative, inCountries: context.countries) }
        return store.memberTerritories(ofInitiative: row.initiative).filter { territory in
            (context.countries.isEmpty || context.countries.contains(store.territories[territory].country))
                && store.isTerritory(territory, withinNUTS: context.nutsRegions)
        }.count
    }
}
