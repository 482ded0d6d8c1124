import ArgumentParser
import RegioVersion

struct RegioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regio",
        abstract: "Browse Europe's regional-innovation collaboration: PRI pilot, S3 platforms, Vanguard, Interreg.",
        usage: RootHelp.usage,
        discussion: RootHelp.discussion,
        version: RegioVersion.full,
        subcommands: [DashboardCommand.self, ListCommand.self, ShowCommand.self, StatsCommand.self,
                      ValidateCommand.self, PartnersCommand.self, CompareCommand.self,
                      ExportCommand.self,
                      ImportCommand.self, NetworkCommand.self,
                      ThemesCommand.self, KeysCommand.self, CacheCommand.self, VersionCommand.self,
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
