import ArgumentParser
import Foundation
import RegioModel
import RegioTerminal
import RegioUI

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given).",
        discussion: "Keys: press ? in the dashboard. Rebind keys in ~/.config/regio/keys.conf (see README)."
    )

    @Option(name: .long, help: ArgumentHelp("Start filtered to this member state (repeatable).", valueName: "code"))
    var country: [String] = []

    @Option(name: .long, help: ArgumentHelp("Start narrowed to this NUTS region (repeatable), like SE33.", valueName: "code"))
    var nuts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Key config file (default: ~/.config/regio/keys.conf).", valueName: "file"))
    var keys: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: en, sv or nl (default: from LC_ALL, LC_MESSAGES or LANG).",
                                            valueName: "code"))
    var lang: UILanguage?

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let countries = try CountryArguments.resolve(country)
        let regions = try NUTSArguments.resolve(nuts)
        let language = lang ?? UILanguage.from(environment: ProcessInfo.processInfo.environment)
        let loading = StoreLoading(dataOptions)
        // Most data is ready before anyone could see a loading screen; invalid data is then reported
        // without the terminal having flickered into full-screen mode and back.
        let early = loading.result(waitingUpTo: .milliseconds(60))
        if case .failure(let error) = early { throw error }
        let (keymap, keyProblem) = loadKeymap()
        let config = UserConfig.load()
        let catalog = themeOptions.catalog
        let start = themeOptions.startTheme(config: config)
        var themeName = start.theme.name
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: start.theme, useColor: themeOptions.useColor(config: config))
        } catch {
            throw CommandFailure(message: error.description, status: 1)
        }
        defer { terminal.stop() }
        guard let store = try early?.get() ?? loading.showProgress(on: terminal, language: language) else { return }
        let reducer = Reducer(store: store, keymap: keymap)
        let renderer = Renderer(store: store, keymap: keymap)
        var state = AppState(size: terminal.size, countries: countries, language: language)
        state.nutsRegions = regions
        state.message = keyProblem
            ?? start.problem.map { StatusMessage(.error, $0) }
            ?? config.problems.first.map { StatusMessage(.error, $0) }
        terminal.draw(renderer.render(state))
        // A hidden trigger for the tests that prove a crash still restores the terminal.
        if ProcessInfo.processInfo.environment["REGIO_TEST_CRASH"] == "after-first-frame" {
            fatalError("crash requested by REGIO_TEST_CRASH")
        }
        while !state.shouldQuit {
            guard let key = terminal.readKey() else { break }
            if key == .control("z") {
                terminal.suspend()
                terminal.draw(renderer.render(state))
                continue
            }
            let action: Action?
            if key == .resize {
                let size = terminal.size
                action = .resize(width: size.width, height: size.height)
            } else {
                action = KeyInterpreter.action(for: key, in: state, keymap: keymap)
            }
            guard let action else { continue }
            let previous = state
            state = reducer.reduce(state, action)
            if state.themeCycle != previous.themeCycle {
                state.message = switchTheme(after: themeName, in: catalog, terminal: terminal, language: state.language,
                                            name: &themeName)
            }
            if let effect = state.effect {
                state = reducer.reduce(state, .effectFinished(perform(effect, state: state, store: store, terminal: terminal)))
            }
            if !state.shouldQuit { terminal.draw(renderer.render(state)) }
        }
    }

    /// Carries out what the reducer asked for: writing an export file, or copying to the clipboard.
    private func perform(_ effect: Effect, state: AppState, store: Store, terminal: Terminal) -> EffectResult {
        switch effect {
        case .export(let path, let overwrite):
            let expanded = (path as NSString).expandingTildeInPath
            guard let format = ExportTable.Format(fileName: expanded) else { return .exportFailed("unknown file type") }
            let table = ViewExport.table(state, store)
            do {
                try SafeFileWriter.write(table.rendered(as: format), to: expanded, overwrite: overwrite)
                return .exported(path: (expanded as NSString).standardizingPath.absolutePath, rows: table.rows.count)
            } catch {
                if case .exists = error { return .exportExists(path: expanded) }
                return .exportFailed(error.description)
            }
        case .copyToClipboard(let text):
            terminal.writeRaw(Clipboard.osc52(text))
            return .copied(characters: text.count)
        }
    }

    /// Applies the theme after `current` in the catalog. A broken theme is skipped with a message.
    private func switchTheme(after current: String, in catalog: ThemeCatalog, terminal: Terminal,
                             language: UILanguage, name: inout String) -> StatusMessage {
        let names = catalog.entries.map(\.name)
        let next = names[((names.firstIndex(of: current) ?? -1) + 1) % names.count]
        switch catalog.load(next) {
        case .success(let theme):
            terminal.apply(theme)
            name = next
            let note = terminal.colorDepth == .none ? " (colour is off: attributes only)" : ""
            return StatusMessage(.info, language.t(.themeSwitched, next) + note)
        case .failure(let error):
            name = next
            terminal.apply(.builtInDefault)
            return StatusMessage(.error, "theme \(next) has errors, using default: \(error.problems.first?.description ?? "")")
        }
    }

    /// The standard keymap with the user's config applied. A broken config does not stop regio: its
    /// errors are shown in the status bar and the valid lines still apply.
    private func loadKeymap() -> (Keymap, StatusMessage?) {
        let path = keys ?? ConfigPaths.keys
        guard let data = FileManager.default.contents(atPath: path) else {
            if keys != nil { return (.standard, StatusMessage(.error, "cannot read key config \(path)")) }
            return (.standard, nil)
        }
        let result = Keymap.standard.applying(config: String(decoding: data, as: UTF8.self), file: path)
        guard let first = result.errors.first else { return (result.keymap, nil) }
        let more = result.errors.count > 1 ? " (+\(result.errors.count - 1) more)" : ""
        return (result.keymap, StatusMessage(.error, first.description + more))
    }
}

extension String {
    /// The path made absolute against the current directory, for messages that say where a file went.
    var absolutePath: String {
        hasPrefix("/") ? self : FileManager.default.currentDirectoryPath + "/" + self
    }
}

extension UILanguage: ExpressibleByArgument {}
