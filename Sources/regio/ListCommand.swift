import ArgumentParser
import RegioModel

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
            let participants = store.participants(countries: countries, kinds: kinds, search: search ?? "")
            listing = Listing.participants(store, store.participants(participants, withinNUTS: regions))
        case .networks, .platforms, .initiatives:
            let section: InitiativeSection = what == .networks ? .networks : what == .platforms ? .platforms : .all
            let kinds = try Self.parseKinds(kind, InitiativeKind.self)
            var indices = store.initiatives(in: section, kinds: kinds, countries: countries, search: search ?? "")
            if let within = store.initiativesWithMember(withinNUTS: regions) { indices = indices.filter(within.contains) }
            listing = Listing.initiatives(store, indices, section: section, countries: countries)
        case .memberStates:
            guard kind.isEmpty else { throw CommandFailure.usage("--kind does not apply to member-states") }
            guard nuts.isEmpty else { throw CommandFailure.usage("--nuts does not apply to member-states") }
            listing = Listing.memberStates(store, countries: countries, search: search ?? "")
        }
        switch format {
        case .table: Output.write(listing.table.rendered(width: Output.terminalWidth))
        case .csv: Output.write(listing.table.csv(guardFormulas: csvOptions.guardFormulas))
        case .json: Output.write(JSONOutput.array(listing.json).rendered())
        }
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
