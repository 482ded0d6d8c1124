import ArgumentParser
import RegioModel

/// Resolves an id argument to a territory, with suggestions when it is not one.
func territoryArgument(_ id: String, in store: Store) throws -> Int {
    if let index = store.territoryIndex(id) { return index }
    var message = "no territory has the id '\(id.displaySafe)'"
    if store.initiativeIndex(id) != nil { message += " ('\(id.displaySafe)' is an initiative)" }
    let suggestions = store.suggestions(for: id).filter { store.territoryIndex($0) != nil }
    if !suggestions.isEmpty { message += "; did you mean: " + suggestions.joined(separator: ", ") + "?" }
    throw CommandFailure.notFound(message + "\n(ids are listed by 'regio list participants')")
}

struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "Suggest natural partners for a territory, with the reasons.",
        discussion: """
            Suggests territories that the given one does not yet work with directly (no shared partnership, \
            project or pilot), scored by what they have in common: 3 points per thematic platform both are \
            in, 2 per umbrella initiative or network both are in (the PRI pilot, Vanguard …), 1 per kind of \
            project both take part in (Interreg projects, initiative pilots, national programmes), and 1 per \
            partner in common through a partnership, project or pilot (at most 5).
            Example: regio partners dalarna --limit 5 --country FI
            """
    )

    @Argument(help: ArgumentHelp("A territory id.", valueName: "id")) var id: String
    @Option(help: "How many suggestions (0 prints nothing).") var limit: Int = 10
    @Option(name: .long, help: ArgumentHelp("Only suggest territories in this member state (repeatable).", valueName: "code"))
    var country: [String] = []
    @Option(name: .long, help: "Output format: table, csv or json.") var format: ListFormat = .table
    @OptionGroup var csvOptions: CSVOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() throws {
        let countries = try CountryArguments.resolve(country)
        let store = try dataOptions.loadStore()
        let territory = try territoryArgument(id, in: store)
        // --limit 0 asks for nothing: no table header, no "no suggestions" (JSON still gets its empty array).
        guard limit > 0 else { return format == .json ? Output.write(JSONOutput.array([]).rendered()) : () }
        let suggestions = store.suggestedPartners(for: territory, limit: limit, countries: countries)
        var table = Table(columns: [.init(title: "ID"), .init(title: "NAME"), .init(title: "MS"),
                                    .init(title: "SCORE", alignRight: true), .init(title: "REASONS", flexible: true)])
        var json: [JSONOutput] = []
        for suggestion in suggestions {
            let other = store.territories[suggestion.territory]
            let reasons = suggestion.reasons.map(store.describe)
            table.rows.append([other.id, other.name, other.country.rawValue, String(suggestion.score),
                               reasons.joined(separator: "; ")])
            json.append(.object([("id", .string(other.id)), ("name", .string(other.name)),
                                 ("country", .string(other.country.rawValue)), ("score", .int(suggestion.score)),
                                 ("reasons", .strings(reasons))]))
        }
        switch format {
        case .table:
            if suggestions.isEmpty { Output.line("no suggestions for \(store.territories[territory].name)") }
            else { Output.write(table.rendered(width: Output.terminalWidth)) }
        case .csv: Output.write(table.csv(guardFormulas: csvOptions.guardFormulas))
        case .json: Output.write(JSONOutput.array(json).rendered())
        }
    }
}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two territories: shared collaborations, partners in common, how they are linked.",
        discussion: "Example: regio compare varmland vasterbotten"
    )

    @Argument(help: ArgumentHelp("The first territory id.", valueName: "a")) var first: String
    @Argument(help: ArgumentHelp("The second territory id.", valueName: "b")) var second: String
    @Option(name: .long, help: "Output format: text or json.") var format: DocumentFormat = .text
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        let a = try territoryArgument(first, in: store), b = try territoryArgument(second, in: store)
        let comparison = store.compare(a, b)
        let nameA = store.territories[a].name, nameB = store.territories[b].name
        func names(_ indices: [Int]) -> [String] { indices.map { store.initiatives[$0].name } }
        switch format {
        case .json:
            Output.write(JSONOutput.object([
                ("first", .string(store.territories[a].id)), ("second", .string(store.territories[b].id)),
                ("shared", .strings(comparison.shared.map { store.initiatives[$0].id })),
                ("only_first", .strings(comparison.onlyFirst.map { store.initiatives[$0].id })),
                ("only_second", .strings(comparison.onlySecond.map { store.initiatives[$0].id })),
                ("partners_in_common", .strings(comparison.partnersInCommon.map { store.territories[$0].id })),
                ("path", comparison.path.map { steps in
                    .array(steps.map { .object([("via", .string(store.initiatives[$0.initiative].id)),
                                                ("to", .string(store.territories[$0.territory].id))]) })
                } ?? .null),
            ]).rendered())
        case .text:
            var lines = ["\(nameA) and \(nameB)", ""]
            lines.append("Linked by: " + PathText.describe(comparison.path, from: a, in: store))
            lines.append("")
            lines.append("Both take part in (\(comparison.shared.count))")
            lines += names(comparison.shared).map { "  " + $0 }
            lines.append("")
            lines.append("Only \(nameA) (\(comparison.onlyFirst.count))")
            lines += names(comparison.onlyFirst).map { "  " + $0 }
            lines.append("")
            lines.append("Only \(nameB) (\(comparison.onlySecond.count))")
            lines += names(comparison.onlySecond).map { "  " + $0 }
            lines.append("")
            lines.append("Partners in common (\(comparison.partnersInCommon.count))")
            lines += comparison.partnersInCommon.map { "  " + store.territories[$0].name }
            Output.write(lines.map(\.displaySafe).joined(separator: "\n") + "\n")
        }
    }
}

/// "Värmland —Bioenergy→ Västerbotten", or "not linked".
enum PathText {
    static func describe(_ path: [LinkStep]?, from start: Int, in store: Store) -> String {
        guard let path else { return "not linked by any chain of collaborations" }
        guard !path.isEmpty else { return "the same territory" }
        return store.territories[start].name + path.map {
            " —\(store.initiatives[$0.initiative].name)→ \(store.territories[$0.territory].name)"
        }.joined()
    }
}
