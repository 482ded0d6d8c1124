import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// Random keys, clicks, the wheel, resizes (1×1 up to 300×100) and resumes through the whole runtime, checking before every
/// message that the state and its screen hold their invariants, and at the end that every effect asked
/// for reached the terminal (or the file system) exactly once. CI runs a short form; set
/// REGIO_MONKEY_STEPS=100000 for the full run (scripts/monkey.sh does).
@Suite struct MonkeyTests {
    static var steps: Int { Int(ProcessInfo.processInfo.environment["REGIO_MONKEY_STEPS"] ?? "") ?? 1_000 }

    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// Every key the keymap binds, in any context, and a few it does not.
    static let keys: [Key] = {
        var keys = Set(KeyContext.allCases.flatMap { context in
            (Keymap.standard.bindings[context] ?? []).flatMap(\.keys)
        })
        keys.formUnion([.character("a"), .character("ö"), .character("漢"), .character("\u{301}"), .delete, .function(5),
                        .control("u")])
        // Quitting would end the session; Ctrl-C is tested on its own.
        keys.subtract([.character("q"), .control("c")])
        return keys.sorted { $0.name < $1.name }
    }()

    @Test(arguments: [1 as UInt64, 2, 3])
    func randomSessionsKeepEveryInvariant(seed: UInt64) throws {
        var random = Random(state: seed)
        var steps: [TestBackend.Step] = []
        var size = (width: 120, height: 40)
        var time = 0
        for _ in 0..<Self.steps {
            switch random.below(40) {
            case 0:
                size = (1 + random.below(300), 1 + random.below(100))
                steps.append(.resize(width: size.width, height: size.height))
            case 1: steps.append(.resume)
            case 2...7:
                // Clicks (often quick enough to be double clicks) and the wheel anywhere, except on the
                // right end of the bottom line, where the quit hint would end the session.
                let kinds: [MouseEvent.Kind] = [.press(.left), .press(.left), .release, .scrollUp, .scrollDown, .press(.right)]
                time += random.below(600)
                let y = random.below(size.height + 1)
                let x = random.below(y == size.height - 1 ? max(1, size.width - 20) : size.width + 1)
                steps.append(.mouse(MouseEvent(kinds[random.below(kinds.count)], x: x, y: y, time: time)))
            default: steps.append(.key(Self.keys[random.below(Self.keys.count)]))
            }
        }
        let folder = try ScratchFolder("regio-monkey")
        defer { folder.remove() }
        let backend = TestBackend(script: steps)
        let program = Program(backend: backend, themes: ProgramTests.themes, workingDirectory: folder.path)
        // The effects each message asks for, worked out again from the same pure update.
        let reducer = Reducer(store: bundledStore)
        var requested: [Effect] = []
        var finished = 0, measured = 0
        var trail: [String] = []
        var problem: String?
        program.observe = { state, message in
            trail.append("\(message)")
            if trail.count > 12 { trail.removeFirst() }
            if case .effectFinished(.networkMeasured) = message { measured += 1 } else if case .effectFinished = message { finished += 1 }
            requested += reducer.update(state, message).1
            // The screen last drawn is this state's, except while effects report back within one event.
            if case .effectFinished = message { return }
            if problem == nil, let found = Self.violation(state, backend.screen) {
                problem = "\(found)\nlast messages: \(trail.joined(separator: ", "))"
            }
        }
        program.run(store: bundledStore, state: AppState(size: (120, 40)))
        if let problem { Issue.record("seed \(seed): \(problem)") }
        #expect(program.performed == requested, "every effect asked for is carried out once, in order")
        let copies = requested.filter { if case .copyToClipboard = $0 { true } else { false } }.count
        let themes = requested.filter { if case .switchTheme = $0 { true } else { false } }.count
        let exports = requested.filter { if case .export = $0 { true } else { false } }.count
        #expect(backend.rawWrites.count == copies)
        #expect(backend.appliedThemes.count == themes)
        #expect(backend.suspends == requested.filter { $0 == .suspend }.count)
        #expect(finished == copies + themes + exports, "each export, copy and theme switch reported back once")
        // The network is measured once per run, in the background: it reports back unless q came first.
        let measures = requested.filter { if case .measureNetwork = $0 { true } else { false } }.count
        #expect(measures <= 1)
        #expect(measured == measures || (measured == 0 && program.performed.last == .quit))
    }

    /// Documents for the invariant checks, laid out once per page and width across the runs.
    static let views = ViewCache()

    /// The first invariant that does not hold, or nil.
    static func violation(_ state: AppState, _ screen: Screen) -> String? {
        guard screen.width == state.size.width, screen.height == state.size.height else { return "screen size differs" }
        for (row, line) in screen.lines.enumerated() where TextWidth.width(of: line) != screen.width {
            return "row \(row) is \(TextWidth.width(of: line)) cells wide, not \(screen.width): \(line)"
        }
        for pane in Pane.allCases {
            let count = Lists.entities(pane, state, bundledStore).count
            let position = state.position(pane)
            if count > 0 && !(0..<count).contains(position.selected) { return "\(pane) selection \(position.selected) of \(count)" }
            if position.scroll < 0 || position.scroll > max(0, position.selected) { return "\(pane) scroll \(position.scroll)" }
        }
        if let marks = marksViolation(state, screen) { return marks }
        if let page = state.history.last {
            let rows = DetailDocument.build(page.content, store: bundledStore, width: max(0, state.size.width - 2), cache: views).rows.count
            if !(0..<max(1, rows)).contains(page.position.selected) { return "detail selection \(page.position.selected) of \(rows)" }
        }
        if let picker = state.picker {
            let count = Lists.pickerCountries(picker, bundledStore).count
            if count > 0 && !(0..<count).contains(picker.position.selected) { return "picker selection out of range" }
        }
        return nil
    }

    /// Marks tell the truth: with a network highlighted, it is the linked one, and on screen every
    /// participant row is marked ● exactly when that network counts it as a member (◆: marked to compare).
    static func marksViolation(_ state: AppState, _ screen: Screen) -> String? {
        let store = bundledStore
        if state.focus != .participants {
            let entities = Lists.entities(state.focus, state, store)
            let selected = state.position(state.focus).selected
            let highlighted: Int? = if selected < entities.count, case .initiative(let index) = entities[selected] { index } else { nil }
            if state.linkedInitiative != highlighted { return "linked \(String(describing: state.linkedInitiative)) but \(String(describing: highlighted)) is highlighted" }
        }
        let layout = Layout(width: state.size.width, height: state.size.height, focus: state.focus)
        guard !layout.isTooSmall, state.history.isEmpty, state.overlay == nil, let rect = layout.rect(of: .participants),
              rect.height > 3, rect.width > 4 else { return nil }
        let members = state.linkedInitiative.map { store.memberTerritories(ofInitiative: $0) } ?? []
        let rows = Lists.participants(state, store)
        let position = state.position(.participants)
        for line in 0..<(rect.height - 3) where position.scroll + line < rows.count {
            let territory = rows[position.scroll + line]
            let mark = screen[rect.x + 1, rect.y + 2 + line].character
            let expected: Character = territory == state.marked ? "◆" : members.contains(territory) ? "●" : " "
            if mark != expected {
                return "participant \(store.territories[territory].id) shows mark \"\(mark)\", expected \"\(expected)\""
            }
        }
        return nil
    }
}
