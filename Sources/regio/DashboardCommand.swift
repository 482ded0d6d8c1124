import ArgumentParser
import Foundation
import RegioModel
import RegioTerminal
import RegioUI

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
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

    func run() throws {
        let loading = (dataOptions.data == nil ? StoreLoading.bundled : nil) ?? StoreLoading(dataOptions)
        let countries = try CountryArguments.resolve(country)
        let regions = try NUTSArguments.resolve(nuts)
        // Most data is ready before anyone could see a loading screen; invalid data is then reported
        // without the terminal having flickered into full-screen mode and back. A large folder is not
        // waited for: its first rows go on the loading screen at once, marked as not yet checked.
        let large = dataOptions.dataBytes > DataOptions.largeData
        // The bundled dataset cannot be invalid (the tests check it), so the terminal is readied while it loads.
        let bundled = dataOptions.data == nil
        let early = large || bundled ? nil : loading.result(waitingUpTo: .milliseconds(60))
        if case .failure(let error) = early { throw error }
        let preview = early == nil ? dataOptions.previewFolder.flatMap { LoadingPreview(territories: LoadPreview.territories(inFolder: $0)) } : nil
        let settings = DashboardSettings(language: lang, themeOptions: themeOptions, noMouse: noMouse)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: settings.theme, useColor: settings.useColor, mouse: settings.useMouse)
        } catch {
            throw CommandFailure(message: error.description, status: 1)
        }
        defer { terminal.stop() }
        let program = Program(backend: terminal, keymap: settings.keymap, themes: themeOptions.catalog)
        let ready = early ?? (bundled ? loading.result(waitingUpTo: .milliseconds(60)) : nil)
        let loaded = ready ?? program.waitForLoad(source: loading.source, progress: loading.progress, language: settings.language,
                                                  preview: preview) {
            loading.result(waitingUpTo: .zero)
        }
        guard let store = try loaded?.get() else {
            // Left while loading: a cache entry the load might still start writing is not waited for.
            CacheSaves.abandon()
            return
        }
        var state = AppState(size: terminal.size, countries: countries, language: settings.language, themeName: settings.themeName)
        state.nutsRegions = regions
        state.message = settings.problem
        program.run(store: store, state: state)
    }
}

extension UILanguage: ExpressibleByArgument {}
