import Foundation
import ArgumentParser
import RegioModel

struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Rank territories in the collaboration network: degree, strength or betweenness.",
        discussion: """
            Territories are linked by the initiatives they share; a link's weight is how many they share \
            (with --kind, only initiatives of those kinds count). degree = number of partners, strength = sum \
            of the link weights, betweenness = share of shortest paths between other territories that pass \
            through it, by Brandes's algorithm (2001) on the unweighted links, normalised as networkx does.
            Examples:
              regio network --metric betweenness --top 20
              regio --data bundled --data ~/cordis-he network --kind research-project --format graphml > net.graphml
            """
    )

    @Option(help: "Rank by degree, strength or betweenness.")
    var metric: Metric = .strength

    @Option(help: ArgumentHelp("Only initiatives of this kind link territories (repeatable, or comma-separated).",
                               valueName: "kind"))
    var kind: [String] = []

    @Option(help: "Only the first N territories (table, csv, json).")
    var top: Int?

    @Option(help: "Output format: table, csv, json or graphml (the whole network, for Gephi or networkx).")
    var format: Format = .table

    @OptionGroup var csvOptions: CSVOptions
    @OptionGroup var dataOptions: DataOptions

    enum Metric: String, ExpressibleByArgument, CaseIterable { case degree, strength, betweenness }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, graphml }

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let kinds = try ListCommand.parseKinds(kind, InitiativeKind.self)
        let store = try dataOptions.loadStore()
        // Betweenness is the long part (Brandes: a search from every territory); a bar on a terminal once
        // it takes longer than a frame.
        let bar = ProgressBar(title: "measuring the network", after: ProgressBar.frame)
        let measures = NetworkMeasures(store: store, kinds: kinds, progress: bar.map { bar in { bar.update(done: $0, total: $1) } })
        bar?.finish()
        if format == .graphml {
            Output.write(GraphML.document(measures, store: store))
            return
        }
        let order = NetworkMeasures.Metric(rawValue: metric.rawValue)!
        let ranked = measures.ranking(by: order).prefix(top ?? Int.max)
        var table = Table(columns: [Table.Column(title: "rank", alignRight: true), Table.Column(title: "id"),
                                    Table.Column(title: "name", flexible: true), Table.Column(title: "country"),
                                    Table.Column(title: "nuts"), Table.Column(title: "degree", alignRight: true),
                                    Table.Column(title: "strength", alignRight: true),
                                    Table.Column(title: "betweenness", alignRight: true)])
        var json: [JSONOutput] = []
        for territory in ranked {
            let record = store.territories[territory]
            let rank = measures.rank(of: territory, by: order)
            let betweenness = measures.betweenness[territory]
            table.rows.append([String(rank), record.id, record.name, record.country.rawValue, record.nuts ?? "",
                               String(measures.degree[territory]), String(measures.strength[territory]),
                               String(format: "%.6f", betweenness)])
            json.append(.object([("rank", .int(rank)), ("id", .string(record.id)), ("name", .string(record.name)),
                                 ("country", .string(record.country.rawValue)), ("nuts", .optional(record.nuts)),
                                 ("degree", .int(measures.degree[territory])), ("strength", .int(measures.strength[territory])),
                                 ("betweenness", .number(betweenness, decimals: 6))]))
        }
        switch format {
        case .table: Output.write(table.rendered(width: Output.terminalWidth))
        case .csv: Output.write(table.csv(guardFormulas: csvOptions.guardFormulas))
        case .json: Output.write(JSONOutput.array(json).rendered())
        case .graphml: break
        }
    }
}
