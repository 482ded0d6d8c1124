import Foundation
import RegioUI

/// What the dashboard starts with from the config file and the flags: the keymap, the language, the
/// theme, colour on or off, the mouse on or off, and the first problem found (shown in the status bar,
/// never fatal).
struct DashboardSettings {
    var keymap: Keymap
    var language: UILanguage
    var theme: Theme
    var themeName: String
    var useColor: Bool
    var useMouse: Bool
    var problem: StatusMessage?

    init(language flag: UILanguage?, theme choice: some ThemeChoice, noMouse: Bool = false) {
        let config = UserConfig.load()
        keymap = config.keymap
        language = flag ?? config.language ?? UILanguage.from(environment: Self.localeVariables)
        let start = choice.startTheme(config: config)
        theme = start.theme
        themeName = start.theme.name
        useColor = choice.useColor(config: config)
        useMouse = !noMouse && config.mouse != false
        let problems = config.problems + (start.problem.map { [$0] } ?? [])
        if let first = problems.first {
            problem = StatusMessage(.error, first + (problems.count > 1 ? " (+\(problems.count - 1) more)" : ""))
        }
    }

    /// The variables UILanguage.from(environment:) reads, and only those.
    private static var localeVariables: [String: String] {
        var values: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { values[name] = Environment[name] }
        return values
    }
}
