import ArgumentParser
import Foundation
import RegioUI

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--theme`, `--themes-dir` and `--color`, and where themes are looked for.
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A theme name (see 'regio themes') or a path to a .toml file.", valueName: "name|path"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Look for themes in this folder first.", valueName: "dir"))
    var themesDir: String?

    @Option(name: .long, help: "Colour: auto (unless NO_COLOR is set), always, or never.")
    var color: ColorChoice?

    /// The folders themes are found in, in order of precedence.
    func folders() -> [(path: String, label: String)] {
        let environment = ProcessInfo.processInfo.environment
        var folders: [(String, String)] = []
        if let themesDir { folders.append((themesDir, "--themes-dir")) }
        if let dir = environment["REGIO_THEMES_DIR"], !dir.isEmpty { folders.append((dir, "$REGIO_THEMES_DIR")) }
        folders.append((ConfigPaths.directory + "/themes", "user config"))
        let binary = Self.executableDirectory
        folders.append((binary + "/../share/regio/themes", "installed"))
        if let checkout = Self.checkoutThemes(from: binary) { folders.append((checkout, "checkout")) }
        return folders
    }

    var catalog: ThemeCatalog { ThemeCatalog(folders: folders()) }

    /// Colour on or off: the flag, then NO_COLOR (present and not empty), then the user config.
    func useColor(config: UserConfig) -> Bool {
        if let color { return color != .never }
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
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

    static var executableDirectory: String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (path as NSString).deletingLastPathComponent
    }

    /// The repository's Themes/ when regio runs from a checkout (`.build/…/debug/regio`).
    static func checkoutThemes(from directory: String) -> String? {
        var folder = directory
        for _ in 0..<5 {
            folder = (folder as NSString).deletingLastPathComponent
            let themes = folder + "/Themes"
            if FileManager.default.fileExists(atPath: folder + "/Package.swift"),
               FileManager.default.fileExists(atPath: themes) { return themes }
        }
        return nil
    }
}
