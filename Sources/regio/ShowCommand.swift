import ArgumentParser
import RegioModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about a territory or an initiative, with roles, confidence and sources.",
        discussion: """
            Examples:
              regio show vasterbotten
              regio show pri-pilot --format json
            Ids are listed by 'regio list participants' and 'regio list initiatives'.
            """
    )

    @Argument(help: ArgumentHelp("The id of a territory or an initiative.", valueName: "id"))
    var id: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: DocumentFormat = .text

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        guard let entity = store.entity(id) else {
            var message = "no territory or initiative has the id '\(id.displaySafe)'"
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
