import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// The keymap is the only source of key names: with every command moved to another key, no screen in any
/// context still names a default key — footers, prompts, messages, help, box titles, the loading screen.
@Suite struct ReboundKeysTests {
    /// Every command on keys of its own that no default binding uses: F1–F24, then a few control keys.
    static let rebound: Keymap = {
        let spare = (1...24).map { "F\($0)" } + ["C-a", "C-e", "C-g", "C-k", "C-l", "C-n", "C-o", "C-p", "C-r", "C-t", "C-w", "C-y", "C-q", "C-s", "C-v", "C-x"]
        let lines = Command.allCases.enumerated().map { "\($0.element.rawValue) = [\"\(spare[$0.offset])\"]" }
        let config = ConfigFile(parsing: "[keys]\n" + lines.joined(separator: "\n"), file: "config.toml")
        precondition(config.problems.isEmpty, "\(config.problems)")
        return config.keymap
    }()

    /// The default keys' names as the screen would show them.
    static let oldNames: Set<String> = {
        let keys = Keymap.standard.bindings.values.flatMap { $0.flatMap(\.keys) }
        return Set(keys.flatMap { [$0.name, $0.shortName] })
    }()

    static func key(_ command: Command, _ context: KeyContext) -> TestBackend.Step {
        .key(rebound.keys(for: command, in: context)[0])
    }

    /// A default key named in a line: as a token of its own ("⏎", "Esc", "C-u", "Tab") or, for a single
    /// letter, in a hint ("q quit") or a message ("press c").
    static func oldKey(in line: String) -> String? {
        let cleaned = line.replacingOccurrences(of: "more below ↓", with: "")
        let tokens = cleaned.split(whereSeparator: { $0 == " " || "═─║│╔╗╚╝┌┐└┘[]()".contains($0) }).map(String.init)
        let hints = Set(Command.allCases.map(\.hint) + ["keep", "write", "close", "filter", "takes"])
        for (index, token) in tokens.enumerated() where oldNames.contains(token) {
            if token.count > 1 || !(token.first!.isLetter || token.first!.isNumber) { return token }
            if index + 1 < tokens.count, hints.contains(tokens[index + 1]) { return token }
            if index > 0, ["press", "tryck", "druk"].contains(tokens[index - 1]) { return token }
        }
        return nil
    }

    @Test func noScreenNamesADefaultKey() throws {
        let k = Self.key
        var seen: [(String, Screen)] = []
        let look = { (name: String, _: Bool) in TestBackend.Step.inspect { seen.append((name, $0.screen)) } }
        var steps: [TestBackend.Step] = [look("dashboard", false)]
        steps += [k(.help, .dashboard), look("help", true), k(.cancel, .help)]
        steps += [k(.search, .dashboard)] + .keys("vast") + [look("search typing", false), k(.confirm, .textEntry)]
        steps += [k(.open, .dashboard), look("detail", false), k(.back, .detail), k(.back, .dashboard)]
        steps += [k(.pickMemberStates, .dashboard), look("picker", false)] + .keys("mal") + [k(.confirm, .picker)]
        steps += [look("filtered", false), k(.back, .dashboard), look("esc with a filter", false)]
        steps += [k(.search, .dashboard)] + .keys("zzzz") + [look("no match", false), k(.cancel, .textEntry)]
        steps += [k(.search, .dashboard)] + .keys("vast") + [look("matches elsewhere", false), k(.cancel, .textEntry)]
        steps += [k(.clearFilters, .dashboard), k(.markCompare, .dashboard), look("marked", false)]
        steps += [k(.showMap, .dashboard), look("map", false), k(.cancel, .map)]
        steps += [k(.export, .dashboard), look("export typing", false), k(.clearLine, .textEntry)] + .keys("a.csv")
        steps += [k(.confirm, .textEntry), k(.export, .dashboard), k(.clearLine, .textEntry)] + .keys("a.csv")
        steps += [k(.confirm, .textEntry), look("overwrite?", false), k(.no, .prompt)]
        steps += [.resize(width: 60, height: 20), look("narrow", false), .resize(width: 30, height: 8), look("too small", false)]
        let folder = try ScratchFolder("regio-rebound")
        defer { folder.remove() }
        let backend = TestBackend(script: steps)
        let program = Program(backend: backend, keymap: Self.rebound, themes: ProgramTests.themes, workingDirectory: folder.path)
        program.run(store: bundledStore, state: AppState(size: backend.size))

        // The loading screen, outside the dashboard.
        let loading = LoadingView.render(LoadingStatus(source: "/data", phase: .parsing, parsedBytes: 1, totalBytes: 2),
                                         width: 80, height: 24, language: .en, keymap: Self.rebound)
        seen.append(("loading", loading))
        #expect(seen.count == 16, "every look was taken: \(seen.map(\.0))")
        for (name, screen) in seen {
            for line in screen.lines {
                if let old = Self.oldKey(in: line) { Issue.record("\(name) names the default key \(old): \(line)") }
            }
        }
        // And the new keys are what the screens name.
        let text = { (name: String) in seen.first { $0.0 == name }?.1.plainText ?? "" }
        let label = { (command: Command, context: KeyContext) in Self.rebound.label(command, in: context) }
        #expect(text("dashboard").contains("\(label(.search, .dashboard)) search"))
        #expect(text("esc with a filter").contains("press \(label(.clearFilters, .dashboard)) to clear the member-state filter"))
        #expect(text("matches elsewhere").contains("press \(label(.clearFilters, .dashboard)) to clear the filter"))
        #expect(text("marked").contains("press \(label(.markCompare, .dashboard)) on another territory"))
        #expect(text("picker").contains("\(label(.confirm, .picker)) takes the highlighted one"))
        #expect(text("overwrite?").contains("\(label(.yes, .prompt)) yes  \(label(.no, .prompt)) no"))
        #expect(text("too small").contains("press \(label(.quit, .dashboard))"))
        #expect(text("loading").contains("\(label(.quit, .loading)) quit"))
    }

    /// The check above can fail: with the default keymap the same screens name default keys.
    @Test func theCheckFindsDefaultKeysOnDefaultScreens() {
        var harness = Harness()
        #expect(Self.oldKey(in: harness.screen.lines.last ?? "") != nil, "the footer names q, / …")
        harness.replay(["search", "type:vast"])
        #expect(Self.oldKey(in: harness.screen.lines.last ?? "") == "⏎")
    }
}
