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

    @Option(name: .long, help: ArgumentHelp("Key config file (default: ~/.config/regio/keys.conf).", valueName: "file"))
    var keys: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let countries = try CountryArguments.resolve(country)
        let store = try dataOptions.loadStore()
        let (keymap, keyProblem) = loadKeymap()
        let useColor = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: .builtInDefault, useColor: useColor)
        } catch {
            throw CommandFailure(message: error.description, status: 1)
        }
        defer { terminal.stop() }
        let reducer = Reducer(store: store, keymap: keymap)
        let renderer = Renderer(store: store, keymap: keymap)
        var state = AppState(size: terminal.size, countries: countries)
        state.message = keyProblem
        terminal.draw(renderer.render(state))
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
            state = reducer.reduce(state, action)
            if !state.shouldQuit { terminal.draw(renderer.render(state)) }
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
