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
            regio only reads the folder; it never writes to it.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        let warnings = store.warnings
        for warning in warnings { Output.line(warning.description.displaySafe) }
        Output.line("\(store.origin.label.displaySafe): valid — \(store.territories.count) territories, "
                    + "\(store.initiatives.count) initiatives, \(store.memberships.count) memberships"
                    + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"))
    }
}
