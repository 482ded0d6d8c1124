import Foundation
import RegioModel
import RegioTerminal
import RegioUI

/// What the dashboard is asked to open, as plain values: from the command ArgumentParser parsed
/// (`DashboardCommand.request`), or read straight from a plain command line (`DashboardFastPath`).
struct DashboardRequest: Equatable {
    var countries: [String] = []
    var nuts: [String] = []
    var language: UILanguage?
    var noMouse = false
    var dataSelection = DataSelection()
    var themeSelection = ThemeSelection()

    func run() throws {
        let loading = (dataSelection.data == nil ? StoreLoading.bundled : nil) ?? StoreLoading(dataSelection)
        let chosenCountries = try CountryArguments.resolve(countries)
        let regions = try NUTSArguments.resolve(nuts)
        // Most data is ready before anyone could see a loading screen; invalid data is then reported
        // without the terminal having flickered into full-screen mode and back. A large folder is not
        // waited for: its first rows go on the loading screen at once, marked as not yet checked.
        let large = dataSelection.dataBytes > DataOptions.largeData
        // The bundled dataset cannot be invalid (the tests check it), so the terminal is readied while it loads.
        let bundled = dataSelection.data == nil
        let early = large || bundled ? nil : loading.result(waitingUpTo: .milliseconds(60))
        if case .failure(let error) = early { throw error }
        let preview = early == nil ? dataSelection.previewFolder.flatMap { LoadingPreview(territories: LoadPreview.territories(inFolder: $0)) } : nil
        let settings = DashboardSettings(language: language, theme: themeSelection, noMouse: noMouse)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: settings.theme, useColor: settings.useColor, mouse: settings.useMouse)
        } catch {
            throw CommandFailure(message: error.description, status: 1)
        }
        defer { terminal.stop() }
        let program = Program(backend: terminal, keymap: settings.keymap, themes: themeSelection.catalog)
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
        var state = AppState(size: terminal.size, countries: chosenCountries, language: settings.language, themeName: settings.themeName)
        state.nutsRegions = regions
        state.message = settings.problem
        program.run(store: store, state: state)
    }
}
