import ArgumentParser
import RegioVersion

/// `regio --help`: most people run the dashboard, the default subcommand, so its options and a few
/// examples are shown here too (taken from the dashboard's own help, so they cannot drift apart).
enum RootHelp {
    static let usage = """
        regio [--country <code> ...] [--lang <code>] [--theme <name|path>] [<dashboard options>]
        regio <subcommand> [<options>]
        """

    static var discussion: String {
        // The man page (made from --experimental-dump-help) lists the dashboard's options in its own
        // section; there, the terminal-formatted copy below would only be repeated, and badly wrapped.
        if CommandLine.arguments.contains("--experimental-dump-help") { return introduction }
        // Rendering the dashboard's options takes a tenth of regio's start: only when help is asked for.
        guard CommandLine.arguments.dropFirst().contains(where: { ["-h", "--help", "help"].contains($0) }) else { return introduction }
        return introduction + "\n\n" + """
        DASHBOARD OPTIONS (regio [options] is regio dashboard [options]):
        \(dashboardOptions)

        EXAMPLES:
          regio --country SE --lang sv    Swedish participants, in Swedish
          regio --theme light             for a light terminal background
          regio list participants --country IT --format csv > italy.csv
        """
    }

    static let introduction = """
        With no subcommand, regio opens the dashboard in the terminal. The subcommands print plain text, \
        CSV or JSON for scripts and pipes. Every subcommand takes --data DIR to use your own data folder.
        """

    /// The OPTIONS lines of `regio dashboard --help`, without `--help` itself.
    static var dashboardOptions: String {
        let help = DashboardCommand.helpMessage(columns: 80).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = help.firstIndex(where: { $0.hasPrefix("OPTIONS:") }) else { return "" }
        return help[(start + 1)...]
            .prefix { !$0.drop(while: { $0 == " " }).hasPrefix("-h, --help") && !$0.isEmpty }
            .joined(separator: "\n")
    }
}
