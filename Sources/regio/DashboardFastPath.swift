import RegioUI

/// The dashboard's command line read without ArgumentParser. Parsing with it costs a few milliseconds
/// before the first frame (it reflects over all sixteen subcommands and looks for a completion-script
/// request), which is a third of what `regio` takes to show its bundled data. Only the plainest command
/// lines are read here: no arguments, or the dashboard's own options, each value given once, never empty
/// and never starting with '-'. Anything else (help, a subcommand, a typo, a repeated option, a value
/// ArgumentParser would reject) returns nil and goes to ArgumentParser, so every message and exit status
/// stays its. `DashboardFastPathTests` checks that a command read here is the one ArgumentParser gives.
enum DashboardFastPath {
    static func command(for arguments: [String]) -> DashboardCommand? {
        var rest = arguments[...]
        if rest.first == DashboardCommand.configuration.commandName { rest = rest.dropFirst() }
        var options = [String: [String]]()
        var flags = Set<String>()
        while let argument = rest.popFirst() {
            let (name, inlineValue) = split(argument)
            if Self.flags.contains(name) {
                guard inlineValue == nil, flags.insert(name).inserted else { return nil }
                continue
            }
            guard repeatable.contains(name) || once.contains(name) else { return nil }
            guard let value = inlineValue ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
            if once.contains(name) && options[name] != nil { return nil }
            options[name, default: []].append(value)
        }
        return make(options: options, flags: flags)
    }

    private static let flags: Set = ["--no-mouse", "--no-cache"]
    private static let repeatable: Set = ["--country", "--nuts", "--data"]
    private static let once: Set = ["--lang", "--theme", "--themes-dir", "--color"]

    /// "--name=value" as ("--name", "value"); anything else as (argument, nil).
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// Every property set, as ArgumentParser sets them (a property left unset would stop regio when read).
    private static func make(options: [String: [String]], flags: Set<String>) -> DashboardCommand? {
        var language: UILanguage?
        if let code = options["--lang"]?.first {
            guard let known = UILanguage(rawValue: code) else { return nil }
            language = known
        }
        var color: ColorChoice?
        if let choice = options["--color"]?.first {
            guard let known = ColorChoice(rawValue: choice) else { return nil }
            color = known
        }
        var data = DataOptions()
        data.folders = options["--data"] ?? []
        data.noCache = flags.contains("--no-cache")
        var theme = ThemeOptions()
        theme.theme = options["--theme"]?.first
        theme.themesDir = options["--themes-dir"]?.first
        theme.color = color
        var command = DashboardCommand()
        command.country = options["--country"] ?? []
        command.nuts = options["--nuts"] ?? []
        command.lang = language
        command.noMouse = flags.contains("--no-mouse")
        command.dataOptions = data
        command.themeOptions = theme
        return command
    }
}
