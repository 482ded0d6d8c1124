import ArgumentParser
import RegioModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data folder and print a summary or every problem (exit status 0, or 65 when invalid).",
        discussion: """
            Examples:
              regio validate --data ./my-data
              regio validate            (checks the bundled dataset)

            NUTS codes are checked against the embedded NUTS 2021 and NUTS 2024 tables: a code in \
            neither is an error; a code that only NUTS 2021 has gets a note naming its NUTS 2024 successors. \
            regio only reads the folder; it never writes to it, and never answers from its cache.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        // The files themselves are checked, never a cache entry made from them.
        let store = try dataOptions.loadStore(useCache: false)
        let nuts = NUTSCheck.problems(territories: store.territories)
        let nutsErrors = nuts.filter { $0.severity == .error }
        if !nutsErrors.isEmpty {
            let count = nutsErrors.count
            let lines = ["\(store.origin.label.displaySafe): the data is invalid (\(count) error\(count == 1 ? "" : "s")):"]
                + (store.warnings + nuts).map { "  " + $0.description.displaySafe }
            throw CommandFailure(message: lines.joined(separator: "\n"), status: CommandFailure.invalidDataStatus)
        }
        let warnings = store.warnings + nuts
        for warning in warnings { Output.line(warning.description.displaySafe) }
        let notes = warnings.filter { $0.severity == .note }.count
        let others = warnings.count - notes
        var summary = "\(store.origin.label.displaySafe): valid — \(counted(store.territories.count, "territory", plural: "territories")), "
            + "\(counted(store.initiatives.count, "initiative")), \(counted(store.memberships.count, "membership"))"
        if others > 0 { summary += ", \(others) warning\(others == 1 ? "" : "s")" }
        if notes > 0 { summary += ", \(notes) note\(notes == 1 ? "" : "s")" }
        Output.line(summary)
    }
}
