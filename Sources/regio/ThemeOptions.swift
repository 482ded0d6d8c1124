import ArgumentParser
import Foundation
import RegioUI

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--theme`, `--themes-dir` and `--color`.
struct ThemeOptions: ParsableArguments, ThemeChoice {
    @Option(name: .long, help: ArgumentHelp("A theme name (see 'regio themes') or a path to a .toml file.", valueName: "name|path"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Look for themes in this folder first.", valueName: "dir"))
    var themesDir: String?

    @Option(name: .long, help: "Colour: auto (unless NO_COLOR is set), always, or never.")
    var color: ColorChoice?
}

/// The theme options as plain values, made without ArgumentParser (see DataSelection).
struct ThemeSelection: ThemeChoice, Equatable {
    var theme: String?
    var themesDir: String?
    var color: ColorChoice?
}

/// The theme asked for, colour on or off, and where themes are looked for.
protocol ThemeChoice {
    var theme: String? { get }
    var themesDir: String? { get }
    var color: ColorChoice? { get }
}

extension ThemeChoice {
    /// The folders themes are found in, in order of precedence. The shipped themes are in the binary, so
    /// neither an installed share/regio/themes nor a checkout's Themes/ is searched: those are copies to
    /// read and edit, and a copy moved into one of these folders overrides the built-in of its name.
    func folders() -> [(path: String, label: String)] {
        var folders: [(String, String)] = []
        if let themesDir { folders.append((themesDir, "--themes-dir")) }
        if let dir = Environment["REGIO_THEMES_DIR"], !dir.isEmpty { folders.append((dir, "$REGIO_THEMES_DIR")) }
        if let directory = ConfigPaths.directory { folders.append((directory + "/themes", "user config")) }
        return folders
    }

    var catalog: ThemeCatalog { ThemeCatalog(folders: folders()) }

    /// Colour on or off: the flag, then NO_COLOR (present and not empty), then the user config.
    func useColor(config: UserConfig) -> Bool {
        if let color { return color != .never }
        if let noColor = Environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let configured = config.color { return configured != .never }
        return true
    }

    /// The theme to start with: the flag, then the user config, then the built-in default. A theme that
    /// cannot be loaded falls back to the default with a message, never an exit.
    func startTheme(config: UserConfig) -> (theme: Theme, problem: String?) {
        guard let name = theme ?? config.theme else { return (.builtInDefault, nil) }
        switch catalog.load(name) {
        case .success(let theme): return (theme, nil)
        case .failure(let error):
            return (.builtInDefault, "theme '\(name)' not used: \(error.problems.first?.description ?? "invalid"); using default")
        }
    }
}
