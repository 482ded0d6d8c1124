import ArgumentParser
import RegioModel

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given)."
    )

    @Option(name: .long, help: ArgumentHelp("Start filtered to this member state (repeatable).", valueName: "code"))
    var country: [String] = []

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        _ = try CountryArguments.resolve(country)
        _ = try dataOptions.loadStore()
        throw CommandFailure(message: "the dashboard is not built yet; use 'regio list', 'regio show' or 'regio stats'",
                             status: 1)
    }
}
