import ArgumentParser
import RegioModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the memberships as a flat table: one row per membership with territory and initiative fields.",
        discussion: """
            Examples:
              regio export --format csv --country IT > italy.csv
              regio export --format markdown --search vaster
              regio export --format json --out all.json
            Without --out the table goes to standard output. --out never replaces an existing file unless \
            --force is given, and never leaves a half-written file.
            """
    )

    @Option(name: .long, help: "csv, json or markdown.") var format: ExportTable.Format = .csv
    @Option(name: .long, help: ArgumentHelp("Only territories of this member state (repeatable).", valueName: "code"))
    var country: [String] = []
    @Option(name: .long, help: ArgumentHelp("Only territories whose names match.", valueName: "text")) var search: String?
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @Flag(help: "Replace --out if it exists.") var force = false
    @OptionGroup var csvOptions: CSVOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let countries = try CountryArguments.resolve(country)
        let store = try dataOptions.loadStore()
        let table = store.membershipTable(countries: countries, search: search ?? "")
        let text = table.rendered(as: format, guardFormulas: csvOptions.guardFormulas)
        guard let out else { return Output.write(text) }
        do {
            try SafeFileWriter.write(text, to: out, overwrite: force)
        } catch {
            let hint = if case .exists = error { " (use --force to replace it)" } else { "" }
            throw CommandFailure(message: error.description + hint, status: 1)
        }
        Output.line("wrote \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") to \(out)")
    }
}

extension ExportTable.Format: ExpressibleByArgument {}
