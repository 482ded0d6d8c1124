import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// The bundled store, built once for every test target (in RegioTestSupport); named here so that every
/// file of this target sees it without an import.
let bundledStore = RegioTestSupport.bundledStore

/// Drives the reducer and renderer the way the app does, without a terminal.
struct Harness {
    let store: Store
    let reducer: Reducer
    let renderer: Renderer
    var state: AppState
    /// The effects the last message asked for.
    var effects: [Effect] = []

    init(width: Int = 120, height: Int = 40, store: Store = bundledStore, keymap: Keymap = .standard,
         countries: Set<CountryCode> = []) {
        self.store = store
        let views = ViewCache()
        reducer = Reducer(store: store, keymap: keymap, views: views)
        renderer = Renderer(store: store, keymap: keymap, views: views)
        state = AppState(size: (width, height), countries: countries)
    }

    /// Applies a replay script: command names (`move-down`), `type:TEXT`, `erase`, `accept-search`,
    /// `cancel-search`, `resize:WxH` — the same vocabulary a bug report's replay uses.
    mutating func replay(_ script: [String]) {
        for step in script {
            if step.hasPrefix("type:") {
                for character in step.dropFirst(5) { send(.type(character)) }
            } else if step.hasPrefix("resize:") {
                let parts = step.dropFirst(7).split(separator: "x").compactMap { Int($0) }
                send(.resize(width: parts[0], height: parts[1]))
            } else if step == "erase" {
                send(.erase)
            } else if step == "accept-search" {
                send(.acceptSearch)
            } else if step == "cancel-search" {
                send(.cancelSearch)
            } else if let command = Command(rawValue: step) {
                send(.command(command))
            } else {
                Issue.record("unknown replay step \(step)")
            }
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func send(_ message: Message) {
        (state, effects) = reducer.update(state, message)
        // The runtime measures the network on another thread; here it is done before the next message,
        // as when the user reads the detail for a moment (ProgramTests sees the measuring line).
        for case .measureNetwork(let kinds) in effects {
            state = reducer.reduce(state, .effectFinished(.networkMeasured(kinds: kinds)))
        }
    }

    var screen: Screen { renderer.render(state) }
    var text: String { screen.plainText }

    /// The entity under the cursor of the focused pane.
    var selectedEntity: EntityRef? {
        let entities = Lists.entities(state.focus, state, store)
        let selected = state.position(state.focus).selected
        return selected < entities.count ? entities[selected] : nil
    }

    func territoryName(_ entity: EntityRef?) -> String? {
        if case .territory(let index)? = entity { return store.territories[index].name }
        return nil
    }
}

/// Plain-text snapshots in __Snapshots__ beside this file. A missing or different snapshot fails; to
/// (re)record, run with REGIO_RECORD_SNAPSHOTS=1 and read every file it writes before committing.
/// CI never records.
enum Snapshot {
    /// Each row followed by a row of attribute marks: r reverse, b bold, d dim, u underline, + several.
    static func withAttributes(_ screen: Screen, _ attributes: (StyleRole) -> Attributes) -> String {
        var text = ""
        for y in 0..<screen.height {
            var line = "", marks = ""
            for x in 0..<screen.width where !screen[x, y].isContinuation {
                let cell = screen[x, y]
                line.append(cell.character)
                let set = attributes(cell.role)
                let names: [(Attributes, Character)] = [(.reverse, "r"), (.bold, "b"), (.dim, "d"), (.underline, "u")]
                let present = names.filter { set.contains($0.0) }
                let mark: Character = present.isEmpty ? " " : present.count == 1 ? present[0].1 : "+"
                marks.append(String(repeating: mark, count: TextWidth.width(of: cell.character)))
            }
            text += line + "\n" + marks + "\n"
        }
        return text
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func assertMatches(_ screen: Screen, attributes: ((StyleRole) -> Attributes)? = nil, named name: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        // Trailing spaces are kept: they prove every row is the full width.
        var actual = screen.plainText + "\n"
        if let attributes { actual = withAttributes(screen, attributes) }
        let file = directory.appendingPathComponent(name + ".txt")
        let environment = ProcessInfo.processInfo.environment
        let recording = environment["REGIO_RECORD_SNAPSHOTS"] == "1" && environment["CI"] == nil
        guard let expected = try? String(contentsOf: file, encoding: .utf8), !recording else {
            if recording {
                try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try? actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(name); read it, then run again without REGIO_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } else {
                Issue.record("no snapshot \(file.path); record it with REGIO_RECORD_SNAPSHOTS=1 and read it", sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = firstDifference.map {
                "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)"
            } ?? "line counts differ: \(expectedLines.count) vs \(actualLines.count)"
            Issue.record("snapshot \(name) differs at \(detail)\n\nactual screen:\n\(actual)", sourceLocation: sourceLocation)
        }
    }
}
