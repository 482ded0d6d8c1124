import RegioModel

/// The participants table: the dashboard's pane, `regio list participants` and both exports.
public enum ParticipantColumns {
    public static let all: [Column<Int>] = [
        Column(id: "mark", title: "", minWidth: 1, exported: false) { context, row in
            row == context.marked ? "◆" : context.linked.contains(row) ? "●" : " "
        },
        Column(id: "id", title: "ID", minWidth: 10, onScreen: false) { context, row in context.store.territories[row].id },
        Column(id: "name", title: "Name", minWidth: 14, preferredWidth: 28, flexible: true, cut: .middle,
               screen: { context, row in displayName(context, row) },
               file: { context, row in context.language.name(ofTerritory: row, in: context.store) }),
        Column(id: "kind", title: "Kind", minWidth: 6, priority: 2,
               screen: { context, row in
                   let kind = context.store.territories[row].kind
                   return context.language.t(kind == .memberState ? Phrase.kindState.rawValue : kind.label)
               },
               file: { context, row in context.store.territories[row].kind.rawValue }),
        Column(id: "country", title: "MS", minWidth: 2, priority: 4) { context, row in
            context.store.territories[row].country.rawValue
        },
        Column(id: "nuts", title: "NUTS", minWidth: 5, priority: 1) { context, row in context.store.territories[row].nuts ?? "" },
        Column(id: "collaborations", title: "Coll", minWidth: 4, alignRight: true, priority: 3) { context, row in
            String(context.store.collaborationCount(ofTerritory: row))
        },
    ]

    /// The order a column sorts by, in the store's terms; nil for a column that does not sort.
    public static func order(_ sort: SortSpec, language: UILanguage) -> (order: TerritoryOrder, descending: Bool)? {
        switch sort.column {
        case "name": (language == .en ? .name : .localName(language.nameLanguage), sort.descending)
        case "id": (.id, sort.descending)
        case "kind": (.kind(kindRank(language)), sort.descending)
        case "country": (.memberState, sort.descending)
        case "nuts": (.nuts, sort.descending)
        // The store orders collaborations most first: that is this column descending.
        case "collaborations": (.collaborations, !sort.descending)
        default: nil
        }
    }

    /// Kinds in the alphabetical order of their labels as the screen shows them.
    static func kindRank(_ language: UILanguage) -> [TerritoryKind: Int] {
        SortSpec.rank(TerritoryKind.allCases, language: language) { $0 == .memberState ? Phrase.kindState.rawValue : $0.label }
    }

    /// The name in the interface language, plus the name in another language when that is what the
    /// search matched (so a search for "Österbotten" shows why "Ostrobothnia" is listed).
    static func displayName(_ context: TableContext, _ row: Int) -> String {
        let name = context.language.name(ofTerritory: row, in: context.store)
        let search = context.search
        guard !search.isEmpty, TextFolding.matchRanges(of: search, in: name).isEmpty else { return name }
        if let other = context.store.territories[row].allNames.first(where: { !TextFolding.matchRanges(of: search, in: $0).isEmpty }) {
            return "\(name) · \(other)"
        }
        return name
    }
}
