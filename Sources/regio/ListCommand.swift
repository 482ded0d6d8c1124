import ArgumentParser
import RegioModel
import RegioUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List participants, networks, thematic platforms, initiatives or member states.",
        discussion: """
            Examples:
              regio list participants --country SE
              regio list participants --nuts SE33
              regio list participants --search osterbotten --format json
              regio list platforms --format csv > platforms.csv
              regio list member-states
            """
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case participants, networks, platforms, initiatives
        case memberStates = "member-states"
    }

    @Argument(help: ArgumentHelp("What to list: \(What.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 valueName: "what"))
    var what: What

    @Option(name: .long, help: ArgumentHelp("Only this member state (repeatable, or comma-separated); EL is Greece.",
                                            valueName: "code"))
    var country: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only territories within this NUTS region, or initiatives with a member there (repeatable, or comma-separated), like SE33.",
                                            valueName: "code"))
    var nuts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only this kind (repeatable): a territory kind for participants, an initiative kind otherwise.",
                                            valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only names matching this text, in any language; best matches first.",
                                            valueName: "text"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("Sort by this column (as in the CSV header, e.g. name, country, collaborations, members); counts come most first. Search results stay best match first.",
                                            valueName: "column"))
    var sort: String?

    @Flag(name: .long, help: "Reverse the order of --sort (or of the names).")
    var reverse = false

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: ListFormat = .table

    @OptionGroup var csvOptions: CSVOptions

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let countries = try CountryArguments.resolve(country)
        let regions = try NUTSArguments.resolve(nuts)
        let store = try dataOptions.loadStore()
        let listing: Listing
        switch what {
        case .participants:
            let kinds = try Self.parseKinds(kind, TerritoryKind.self)
            let order = try sortOrder(ParticipantColumns.all) { ParticipantColumns.order($0, language: .en) }
            let participants = store.participants(countries: countries, kinds: kinds, search: search ?? "",
                                                  order: order?.order ?? .name, descending: order?.descending ?? false)
            // A search lists best matches first, so no column is marked as the order (as in the dashboard).
            listing = Listing.participants(store, store.participants(participants, withinNUTS: regions),
                                           sort: search == nil ? order?.spec ?? SortSpec(column: "name") : nil)
        case .networks, .platforms, .initiatives:
            let section: InitiativeSection = what == .networks ? .networks : what == .platforms ? .platforms : .all
            let kinds = try Self.parseKinds(kind, InitiativeKind.self)
            let order = try sortOrder(InitiativeColumns.all(filtered: false)) { InitiativeColumns.order($0) }
            var rows: [TreeRow]
            if section != .all, search == nil, kinds.isEmpty {
                // The pane's tree: names indented under their parents.
                rows = store.tree(section, countries: countries, order: order?.order ?? .name, descending: order?.descending ?? false)
                    .map { TreeRow(initiative: $0.initiative, depth: $0.depth, hasChildren: false, isCollapsed: false) }
            } else {
                rows = store.initiatives(in: section, kinds: kinds, countries: countries, search: search ?? "",
                                         order: order?.order ?? .name, descending: order?.descending ?? false)
                    .map { TreeRow(initiative: $0, depth: 0, hasChildren: false, isCollapsed: false) }
            }
            if let within = store.initiativesWithMember(withinNUTS: regions) { rows = rows.filter { within.contains($0.initiative) } }
            listing = Listing.initiatives(store, rows, countries: countries, nutsRegions: regions, sort: order?.spec)
        case .memberStates:
            guard kind.isEmpty else { throw CommandFailure.usage("--kind does not apply to member-states") }
            guard nuts.isEmpty else { throw CommandFailure.usage("--nuts does not apply to member-states") }
            guard sort == nil && !reverse else { throw CommandFailure.usage("--sort and --reverse do not apply to member-states") }
            listing = Listing.memberStates(store, countries: countries, search: search ?? "")
        }
        switch format {
        case .table: Output.write(listing.table.rendered(width: Output.terminalWidth))
        case .csv: Output.write(listing.table.csv(guardFormulas: csvOptions.guardFormulas))
        case .json: Output.write(JSONOutput.array(listing.makeJSON()).rendered())
        }
    }

    /// The order `--sort` and `--reverse` ask for, checked against the sortable columns.
    private func sortOrder<Row, Order>(_ columns: [RegioUI.Column<Row>], _ order: (SortSpec) -> (order: Order, descending: Bool)?) throws
    -> (order: Order, descending: Bool, spec: SortSpec)? {
        guard sort != nil || reverse else { return nil }
        // A search lists best matches first: a sort would be silently ignored, so say so.
        guard search == nil else { throw CommandFailure.usage("--sort and --reverse do not apply to --search (best matches come first)") }
        let name = sort ?? "name"
        guard !name.isEmpty else { throw CommandFailure.usage("--sort needs a column name, e.g. --sort name") }
        let sortable = columns.filter { order(SortSpec(column: $0.id)) != nil }
        guard let column = sortable.first(where: { $0.id == name }) else {
            let ids = sortable.map(\.id)
            let hint = Suggest.closest(to: name, among: ids).map { " Did you mean \($0)?" } ?? ""
            throw CommandFailure.usage("--sort \(name) is not a column here; one of: \(ids.joined(separator: ", ")).\(hint)")
        }
        let spec = SortSpec(column: column.id, descending: column.alignRight != reverse)
        return order(spec).map { ($0.order, $0.descending, spec) }
    }

    static func parseKinds<Kind: RawRepresentable & CaseIterable & Hashable>(_ values: [String], _ type: Kind.Type) throws -> Set<Kind>
    where Kind.RawValue == String {
        var kinds: Set<Kind> = []
        for value in values.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let kind = Kind(rawValue: value.lowercased()) else {
                throw CommandFailure.usage("unknown kind '\(value)'; expected \(Kind.expectedList)")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}
