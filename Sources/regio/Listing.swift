import RegioModel
import RegioUI

/// The rows of `regio list`, as a table (for text and CSV) and as JSON objects.
struct Listing {
    var table: Table
    /// Made only when JSON is asked for: a million-row listing would otherwise build both.
    let makeJSON: () -> [JSONOutput]

    /// The participants table with the dashboard's columns (`ParticipantColumns`): the CSV header is the
    /// dashboard export's, byte for byte. `sort` is the order the header marks; nil marks none.
    static func participants(_ store: Store, _ indices: [Int], sort: SortSpec?) -> Listing {
        let context = TableContext(store: store)
        let table = Table(ParticipantColumns.all, context: context, rows: indices, sort: sort)
        return Listing(table: table) {
            var json: [JSONOutput] = []
            for index in indices {
                let territory = store.territories[index]
                json.append(.object([
                    ("id", .string(territory.id)),
                    ("name", .string(territory.name)),
                    ("names", .object(territory.names.map { ($0.language.rawValue, .string($0.text)) })),
                    ("kind", .string(territory.kind.rawValue)),
                    ("country", .string(territory.country.rawValue)),
                    ("nuts", .optional(territory.nuts)),
                    ("confidence", .string(territory.confidence.rawValue)),
                    ("collaborations", .int(store.collaborationCount(ofTerritory: index))),
                    ("initiatives", .strings(uniqueInitiatives(store, territory: index))),
                ]))
            }
            return json
        }
    }

    /// The initiatives table with the Networks and Platforms panes' columns (`InitiativeColumns`); names
    /// indented under their parents when the rows are a tree.
    static func initiatives(_ store: Store, _ rows: [TreeRow], countries: Set<CountryCode>, nutsRegions: [String] = [],
                            sort: SortSpec? = nil) -> Listing {
        var context = TableContext(store: store, countries: countries)
        context.nutsRegions = nutsRegions
        let table = Table(InitiativeColumns.all(filtered: context.isFiltered), context: context, rows: rows, sort: sort,
                          indent: { String(repeating: "  ", count: $0.depth) })
        return Listing(table: table) {
            var json: [JSONOutput] = []
            for row in rows {
                let index = row.initiative
                let initiative = store.initiatives[index]
                let members = store.memberTerritories(ofInitiative: index)
                // Within the filter: the member states asked for and the NUTS regions asked for.
                let shown = members.filter { territory in
                    (countries.isEmpty || countries.contains(store.territories[territory].country))
                        && (nutsRegions.isEmpty || store.isTerritory(territory, withinNUTS: nutsRegions))
                }.count
                let leads = store.leads(ofInitiative: index)
                json.append(.object([
                    ("id", .string(initiative.id)),
                    ("name", .string(initiative.name)),
                    ("kind", .string(initiative.kind.rawValue)),
                    ("parent", .optional(initiative.parent)),
                    ("started", .optional(initiative.started)),
                    ("members", .int(members.count)),
                    ("members_in_filter", context.isFiltered ? .int(shown) : .null),
                    ("leads", .strings(leads.map { store.territories[$0].name })),
                    ("lead_ids", .strings(leads.map { store.territories[$0].id })),
                ]))
            }
            return json
        }
    }

    /// Every EU member state (listed participants or not) and every other country present in the data.
    static func memberStates(_ store: Store, countries: Set<CountryCode>, search: String) -> Listing {
        let present = Set(store.countriesPresent)
        let counts = Dictionary(uniqueKeysWithValues: store.countsByCountry().map { ($0.country, $0) })
        let needle = TextFolding.fold(search)
        let shown = Countries.all.filter { country in
            (country.isEUMember || present.contains(country.code))
                && (countries.isEmpty || countries.contains(country.code))
                && (needle.isEmpty || country.allNames.contains { TextFolding.fold($0).contains(needle) }
                    || TextFolding.fold(country.code.rawValue) == needle)
        }
        var table = Table(columns: [.init(title: "CODE"), .init(title: "NAME", flexible: true), .init(title: "EU"),
                                    .init(title: "PARTICIPANTS", alignRight: true),
                                    .init(title: "MEMBERSHIPS", alignRight: true)])
        return Listing(table: table) {
            var json: [JSONOutput] = []
            for country in shown {
                let territories = counts[country.code]?.territories ?? 0
                let memberships = counts[country.code]?.memberships ?? 0
                table.rows.append([country.code.rawValue, country.english, country.isEUMember ? "yes" : "no",
                                   String(territories), String(memberships)])
                json.append(.object([
                    ("code", .string(country.code.rawValue)),
                    ("name", .string(country.english)),
                    ("names", .object([("native", .strings(country.native)), ("sv", .string(country.swedish)),
                                       ("nl", .string(country.dutch))])),
                    ("eu", .bool(country.isEUMember)),
                    ("participants", .int(territories)),
                    ("memberships", .int(memberships)),
                ]))
            }
            return json
        }
    }

    static func uniqueInitiatives(_ store: Store, territory: Int) -> [String] {
        var seen: Set<Int> = []
        return store.memberships(ofTerritory: territory).compactMap {
            seen.insert($0.initiative).inserted ? store.initiatives[$0.initiative].id : nil
        }
    }
}
