import ArgumentParser
import Foundation
import RegioModel
import RegioTerminal
import RegioUI

struct DashboardCommand: ParsableCommand {
    /// Its subcommand name, also read by DashboardFastPath (before any of ArgumentParser is set up).
    static let name = "dashboard"

    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "Open the dashboard (the default when no subcommand is given).",
        discussion: """
            Keys: press ? in the dashboard, or see regio keys. Settings and key bindings: \
            ~/.config/regio/config.toml (see README).

            Examples:
              regio --country SE --lang sv
              regio dashboard --theme light --data ./my-data
            """
    )

    @Option(name: .long, help: ArgumentHelp("Start filtered to this member state (repeatable).", valueName: "code"))
    var country: [String] = []

    @Option(name: .long, help: ArgumentHelp("Start narrowed to this NUTS region (repeatable), like SE33.", valueName: "code"))
    var nuts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Interface language: en, sv or nl (default: config.toml, else LC_ALL, LC_MESSAGES or LANG).",
                                            valueName: "code"))
    var lang: UILanguage?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text); also mouse = false in config.toml.")
    var noMouse = false

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var themeOptions: ThemeOptions

    /// What ArgumentParser read, as the plain values the dashboard opens with.
    var request: DashboardRequest {
        DashboardRequest(countries: country, nuts: nuts, language: lang, noMouse: noMouse,
                         dataSelection: DataSelection(folders: dataOptions.folders, noCache: dataOptions.noCache),
                         themeSelection: ThemeSelection(theme: themeOptions.theme, themesDir: themeOptions.themesDir,
                                                        color: themeOptions.color))
    }

    func run() throws { try request.run() }
}

extension UILanguage: ExpressibleByArgument {}
