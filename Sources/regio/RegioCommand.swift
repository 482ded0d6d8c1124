import ArgumentParser

struct RegioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regio",
        abstract: "Browse Europe's regional-innovation collaboration: PRI pilot, S3 platforms, Vanguard, Interreg.",
        discussion: """
            With no subcommand, regio opens the dashboard in the terminal. The subcommands print plain text, \
            CSV or JSON for scripts and pipes. Every subcommand takes --data DIR to use your own data folder.
            """,
        subcommands: [DashboardCommand.self, ListCommand.self, ShowCommand.self, StatsCommand.self,
                      ValidateCommand.self, PartnersCommand.self, CompareCommand.self,
                      ExportCommand.self,
                      ThemesCommand.self,
                      GenerateCommand.self, BenchCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

/// Output formats of the subcommands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
