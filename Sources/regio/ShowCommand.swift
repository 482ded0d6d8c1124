import ArgumentParser
import RegioModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about a territory or an initiative, with roles, confidence and sources.",
        discussion: """
            Examples:
              regio show vasterbotten
              regio show VÄSTERBOTTEN      (any language; case and accents do not matter)
              regio show "Emilia-Romagna"
              regio show pri-pilot --format json

            Ids are listed by 'regio list participants' and 'regio list initiatives'. A name that more \
            than one territory or initiative has lists them, and regio exits with status 1.
            """
    )

    @Argument(help: ArgumentHelp("The id or a name (any language) of a territory or an initiative.", valueName: "id-or-name"))
    var id: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: DocumentFormat = .text

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        guard let entity = try store.entity(id) ?? Self.entity(named: id, in: store) else {
            var message = "no territory or initiative has the id or name '\(id.displaySafe)'"
            let suggestions = store.suggestions(for: id)
            if !suggestions.isEmpty { message += "; did you mean: " + suggestions.joined(separator: ", ") + "?" }
            message += "\n(ids are listed by 'regio list participants' and 'regio list initiatives')"
            throw CommandFailure.notFound(message)
        }
        switch (entity, format) {
        case (.territory(let index), .text): Output.write(TerritoryReport(store: store, index: index).text())
        case (.territory(let index), .json): Output.write(TerritoryReport(store: store, index: index).json().rendered())
        case (.initiative(let index), .text): Output.write(InitiativeReport(store: store, index: index).text())
        case (.initiative(let index), .json): Output.write(InitiativeReport(store: store, index: index).json().rendered())
        }
    }
}

extension ShowCommand {
    /// The one territory or initiative with this name; nil for none; a failure listing the candidates
    /// when several share it.
    static func entity(named name: String, in store: Store) throws -> EntityRef? {
        let hits = store.entities(named: name)
        guard hits.count > 1 else { return hits.first?.entity }
        let lines = hits.map { hit -> String in
            switch hit.entity {
            case .territory(let index):
                let territory = store.territories[index]
                return "  \(territory.id)  \(territory.name) (\(territory.kind.label), \(territory.country))"
                    + (hit.matchedName == territory.name ? "" : " — as “\(hit.matchedName)”")
            case .initiative(let index):
                let initiative = store.initiatives[index]
                return "  \(initiative.id)  \(initiative.name) (\(initiative.kind.label))"
            }
        }
        throw CommandFailure.notFound((["'\(name)' is the name of \(hits.count) records; show one by its id:"] + lines)
            .map(\.displaySafe).joined(separator: "\n"))
    }
}

/// Numbered sources: each distinct source gets a number the first time it is cited.
struct SourceList {
    private(set) var sources: [String] = []

    mutating func cite(_ list: [String]) -> String {
        guard !list.isEmpty else { return "(no source)" }
        return list.map { source in
            if let index = sources.firstIndex(of: source) { return "[\(index + 1)]" }
            sources.append(source)
            return "[\(sources.count)]"
        }.joined()
    }

    var lines: [String] {
        sources.enumerated().map { "  [\($0.offset + 1)] \($0.element)" }
    }
}

extension Confidence {
    /// How the text output marks an inferred fact.
    var marker: String { self == .inferred ? " (inferred)" : "" }
}
