import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// Whole sessions through the real runtime (`Program`) with the in-memory terminal: keys in, screens and
/// effects out, as a user meets them — only the terminal is not real.
@Suite struct ProgramTests {
    static let themes = ThemeCatalog(folders: [(repositoryRoot + "/Themes", "checkout")])

    /// A program on the bundled store with a scratch folder for exports, and every command it ran.
    final class Session {
        let backend: TestBackend
        let program: Program
        let folder: ScratchFolder
        var commands: [(KeyContext, Command)] = []
        var last = AppState()

        init(keymap: Keymap = .standard, width: Int = 120, height: Int = 40) throws {
            backend = TestBackend(width: width, height: height)
            folder = try ScratchFolder("regio-program")
            program = Program(backend: backend, keymap: keymap, themes: ProgramTests.themes, workingDirectory: folder.path)
            program.observe = { [unowned self] state, message in
                guard case .key(let key) = message else { return }
                let command: Command? = switch KeyInterpreter.action(for: key, in: state, keymap: keymap) {
                case .command(let command)?: command
                case .erase?: .erase
                case .clearLine?: .clearLine
                case .acceptSearch?: .confirm
                case .cancelSearch?: .cancel
                default: nil
                }
                if let command { commands.append((state.isTypingText ? .textEntry : state.keyContext, command)) }
            }
        }

        deinit { folder.remove() }

        @discardableResult
        func run(_ steps: [TestBackend.Step]) -> AppState {
            backend.append(steps)
            last = program.run(store: bundledStore, state: AppState(size: backend.size))
            return last
        }
    }

    static func key(_ key: Key) -> TestBackend.Step { .key(key) }

    @Test func aSessionFiltersSearchesOpensExportsCopiesSwitchesThemeAndQuits() throws {
        let session = try Session()
        var seen: [String: String] = [:]
        let look = { (name: String) in TestBackend.Step.inspect { seen[name] = $0.text } }
        session.run([look("start")] + .keys("f") + .keys("swe") + [.key(.enter), look("filtered")]
                    + .keys("/vast") + [.key(.enter), look("searched"), .key(.enter), look("detail"), .key(.escape)]
                    + .keys("e") + [.key(.control("u"))] + .keys("out.csv") + [.key(.enter), look("exported")]
                    + .keys("y") + [look("copied")] + .keys("t") + [look("themed")] + .keys("q") + .keys("j"))
        #expect(seen["start"]?.contains("Participants") == true)
        #expect(seen["filtered"]?.contains("member states: SE") == true, "\(seen["filtered"] ?? "")")
        #expect(seen["searched"]?.contains("Västerbotten") == true)
        #expect(seen["searched"]?.contains("Skåne") == false, "the search narrows the list")
        #expect(seen["detail"]?.contains("(region)") == true)
        let written = try String(contentsOfFile: session.folder.file("out.csv"), encoding: .utf8)
        #expect(written.hasPrefix("id,name,kind,country,nuts,collaborations\r\n"))
        #expect(written.split(whereSeparator: \.isNewline).count == 4, "a header and the three Swedish matches of “vast”: \(written)")
        #expect(seen["exported"]?.contains("exported 3 rows to \(session.folder.path)/out.csv") == true)
        #expect(session.backend.rawWrites.count == 1 && session.backend.rawWrites[0].hasPrefix("\u{1B}]52;c;"))
        #expect(seen["copied"]?.contains("copied") == true)
        let next = Self.themes.entries[1].name
        #expect(session.backend.appliedThemes == [next])
        #expect(session.last.themeName == next)
        #expect(seen["themed"]?.contains("theme \(next)") == true)
        // q ended the program: the j after it was never read.
        #expect(session.program.performed.last == .quit)
        #expect(session.commands.last?.1 == .quit)
    }

    /// Each command of the keymap, run at least once through the runtime, each where it means something.
    @Test func everyCommandOfTheKeymapRuns() throws {
        let session = try Session()
        let k = { (key: Key) in TestBackend.Step.key(key) }
        var steps: [TestBackend.Step] = []
        steps += [k(.down), k(.up), k(.pageDown), k(.pageUp), k(.end), k(.home)]                  // moving
        steps += [k(.control("d")), k(.control("u"))]                                             // half pages
        steps += .keys("s<S") + [k(.tab), k(.backTab)]                                            // sort, panes
        steps += [k(.tab), k(.tab), k(.left), k(.right), k(.backTab), k(.backTab)]                // fold a tree
        steps += .keys("?") + [k(.escape)]                                                        // help
        steps += .keys("f") + [k(.character(" ")), k(.enter)] + .keys("c")                       // picker
        steps += .keys("o") + [k(.enter)] + .keys("c") + .keys("o") + [k(.escape)]                // map
        steps += .keys("/vasx") + [k(.backspace)] + .keys("t") + [k(.enter), k(.escape)]         // search
        steps += .keys("/") + [k(.up), k(.down), k(.escape)]                                      // search history
        steps += [k(.enter), k(.escape)] + .keys("p") + [k(.escape)]                             // detail, partners
        steps += .keys("x") + [k(.down)] + .keys("x") + [k(.escape)]                             // compare
        steps += .keys("e") + [k(.control("u"))] + .keys("a.csv") + [k(.enter)]                 // export
        steps += .keys("e") + [k(.control("u"))] + .keys("a.csv") + [k(.enter)] + .keys("y")    // overwrite: yes
        steps += .keys("e") + [k(.control("u"))] + .keys("a.csv") + [k(.enter)] + .keys("n")    // overwrite: no
        steps += .keys("y") + .keys("t") + [k(.control("z"))] + .keys("q")
        session.run(steps)
        let ran = Set(session.commands.map(\.1))
        let missing = Command.allCases.filter { !ran.contains($0) }
        #expect(missing.isEmpty, "never ran: \(missing.map(\.rawValue))")
        #expect(session.backend.suspends == 1)
        #expect(session.program.performed.filter { if case .export = $0 { true } else { false } }.count == 4)
    }

    /// The issue's check: `search = ["F3"]` in config.toml puts F3 in the footer, nowhere a `/`, and F3 searches.
    @Test func searchReboundToF3() throws {
        let keymap = ConfigFile(parsing: "[keys]\nsearch = [\"F3\"]\n", file: "config.toml").keymap
        let session = try Session(keymap: keymap)
        var before = "", typing = ""
        session.run([.inspect { before = $0.text }] + .keys("/") + [.key(.function(3))] + .keys("vast")
                    + [.inspect { typing = $0.footer }])
        let footer = before.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("F3 search"), "\(footer)")
        // A slash standing alone as a word would be a key; "1/127" counters are not.
        #expect(!before.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains("/"), "no / as a key anywhere")
        #expect(typing.contains("search participants: vast"), "F3 starts a search (and / did not): \(typing)")
        #expect(session.last.searches[.participants] == "vast")
    }

    @Test func aResumeRepaintsTheWholeScreen() throws {
        let session = try Session()
        var before = 0
        session.run([.inspect { before = $0.frames }, .resume, .inspect { #expect($0.frames == before + 1) }])
    }

    @Test func theLoadingScreenQuitsWithTheKeymapsQuitKey() throws {
        let rebound = ConfigFile(parsing: "[keys]\nquit = [\"x\"]", file: "config.toml").keymap
        for (keymap, quitKey) in [(Keymap.standard, Character("q")), (rebound, Character("x"))] {
            var footer = ""
            let backend = TestBackend(width: 80, height: 24, script: [.key(.character("j")), .inspect { footer = $0.footer },
                                                                      .key(.character(quitKey))])
            let program = Program(backend: backend, keymap: keymap, themes: Self.themes)
            var polls = 0
            let result: Int? = program.waitForLoad(source: "/data/big", progress: LoadProgress(), language: .en) {
                polls += 1
                return nil
            }
            #expect(result == nil, "\(quitKey) leaves the loading screen")
            #expect(polls == 2, "j did not quit; \(quitKey) did")
            #expect(footer.contains("\(quitKey) quit"), "footer: \(footer)")
        }
    }

    /// The loading screen on `backend` until the load's `look`-th look at it finds `value`.
    private func waitForLoad(on backend: TestBackend, readyAt look: Int, value: Int) -> Int? {
        let program = Program(backend: backend, keymap: .standard, themes: Self.themes)
        var polls = 0
        return program.waitForLoad(source: "/data/big", progress: LoadProgress(), language: .en) {
            polls += 1
            return polls == look ? value : nil
        }
    }

    @Test func theLoadingScreenGivesWayToTheData() throws {
        let backend = TestBackend(width: 80, height: 24)
        let result = waitForLoad(on: backend, readyAt: 3, value: 42)
        #expect(result == 42)
        #expect(backend.text.contains("Loading data"))
    }

    @Test func theLoadIsAskedForMoreOftenThanTheLoadingScreenIsDrawn() throws {
        // Each look that finds nothing waits a moment (2 ms in the test backend): ten looks take about
        // 20 ms, less than one redraw interval, and the data is taken at the tenth.
        let backend = TestBackend(width: 80, height: 24)
        let result = waitForLoad(on: backend, readyAt: 10, value: 7)
        #expect(result == 7)
        #expect(backend.frames >= 1 && backend.frames <= 5, "\(backend.frames) frames for 10 looks at the load")
    }

    @Test func ctrlZSuspendsTheLoadingScreenAndTheLoadIsStillTaken() throws {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.control("z"))])
        let result = waitForLoad(on: backend, readyAt: 3, value: 5)
        #expect(backend.suspends == 1)
        #expect(result == 5, "C-z does not leave the loading screen")
        #expect(backend.frames >= 2, "drawn again after the resume: \(backend.frames) frames")
    }

    @Test func theLoadingScreenIsDrawnAgainAtOnceAfterAResize() throws {
        var widthSeen = 0
        let backend = TestBackend(width: 80, height: 24, script: [.resize(width: 100, height: 30),
                                                                  .inspect { widthSeen = $0.screen.width }])
        _ = waitForLoad(on: backend, readyAt: 3, value: 1)
        #expect(widthSeen == 100, "the frame after the resize was \(widthSeen) wide")
    }
}
