import Foundation
import RegioUI

/// What the dashboard starts with from the user's files and flags: the keymap, the theme, colour on or
/// off, and the first problem found in any of them (shown in the status bar, never fatal).
struct DashboardSettings {
    var keymap: Keymap = .standard
    var theme: Theme
    var themeName: String
    var useColor: Bool
    var problem: StatusMessage?

    init(keysFile: String?, themeOptions: ThemeOptions) {
        let config = UserConfig.load()
        let start = themeOptions.startTheme(config: config)
        theme = start.theme
        themeName = start.theme.name
        useColor = themeOptions.useColor(config: config)
        let keyProblem = loadKeymap(keysFile)
        problem = keyProblem
            ?? start.problem.map { StatusMessage(.error, $0) }
            ?? config.problems.first.map { StatusMessage(.error, $0) }
    }

    /// The standard keymap with the user's config applied. A broken config does not stop regio: its
    /// errors are shown in the status bar and the valid lines still apply.
    private mutating func loadKeymap(_ keysFile: String?) -> StatusMessage? {
        let path = keysFile ?? ConfigPaths.keys
        guard let data = FileManager.default.contents(atPath: path) else {
            return keysFile == nil ? nil : StatusMessage(.error, "cannot read key config \(path)")
        }
        let result = Keymap.standard.applying(config: String(decoding: data, as: UTF8.self), file: path)
        keymap = result.keymap
        guard let first = result.errors.first else { return nil }
        let more = result.errors.count > 1 ? " (+\(result.errors.count - 1) more)" : ""
        return StatusMessage(.error, first.description + more)
    }
}
