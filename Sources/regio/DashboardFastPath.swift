import RegioUI

/// The dashboard's command line read without ArgumentParser. Parsing with it costs a few milliseconds
/// before the first frame (it reflects over all sixteen subcommands and looks for a completion-script
/// request), which is a third of what `regio` takes to show its bundled data. Only the plainest command
/// lines are read here: no arguments, or the dashboard's own options, each value given once, never empty
/// and never starting with '-'. Anything else (help, a subcommand, a typo, a repeated option, a value
/// ArgumentParser would reject) returns nil and goes to ArgumentParser, so every message and exit status
/// stays its. `DashboardFastPathTests` checks that a request read here is the one ArgumentParser's gives.
enum DashboardFastPath {
    /// A plain dashboard command line, read but not yet made into a command. Plain arrays, no hashing:
    /// it is read before the bundled data starts loading, and the first Set or Dictionary of Strings
    /// costs a search of the runtime's conformance tables.
    struct Line {
        fileprivate var options: [(name: String, value: String)] = []
        fileprivate var flags: [String] = []

        fileprivate func values(_ name: String) -> [String] { options.filter { $0.name == name }.map(\.value) }

        /// Whether it shows the bundled dataset alone (no --data, or one `--data bundled`).
        var showsBundledData: Bool { DataSelection(folders: values("--data")).data == nil }
    }

    static func request(for arguments: [String]) -> DashboardRequest? { line(arguments).flatMap(request(for:)) }

    /// The command line as the fast path reads it, or nil when it is for ArgumentParser.
    static func line(_ arguments: [String]) -> Line? {
        var rest = arguments[...]
        if rest.first == DashboardCommand.name { rest = rest.dropFirst() }
        var line = Line()
        while let argument = rest.popFirst() {
            let (name, inlineValue) = split(argument)
            if flags.contains(name) {
                guard inlineValue == nil, !line.flags.contains(name) else { return nil }
                line.flags.append(name)
                continue
            }
            guard repeatable.contains(name) || once.contains(name) else { return nil }
            guard let value = inlineValue ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
            if once.contains(name) && line.options.contains(where: { $0.name == name }) { return nil }
            line.options.append((name, value))
        }
        return line
    }

    /// The request, or nil when a value is one ArgumentParser would reject (it then says why).
    static func request(for line: Line) -> DashboardRequest? {
        var request = DashboardRequest()
        if let code = line.values("--lang").first {
            guard let known = UILanguage(rawValue: code) else { return nil }
            request.language = known
        }
        if let choice = line.values("--color").first {
            guard let known = ColorChoice(rawValue: choice) else { return nil }
            request.themeSelection.color = known
        }
        request.countries = line.values("--country")
        request.nuts = line.values("--nuts")
        request.noMouse = line.flags.contains("--no-mouse")
        request.dataSelection = DataSelection(folders: line.values("--data"), noCache: line.flags.contains("--no-cache"))
        request.themeSelection.theme = line.values("--theme").first
        request.themeSelection.themesDir = line.values("--themes-dir").first
        return request
    }

    private static let flags = ["--no-mouse", "--no-cache"]
    private static let repeatable = ["--country", "--nuts", "--data"]
    private static let once = ["--lang", "--theme", "--themes-dir", "--color"]

    /// "--name=value" as ("--name", "value"); anything else as (argument, nil).
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
