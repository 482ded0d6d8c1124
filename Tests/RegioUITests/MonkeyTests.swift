import Foundation
import RegioModel
import Testing
@testable import RegioUI

/// Random commands, text and resizes (1×1 up to 300×100) through reduce and render, checking after every
/// step that the state and the screen hold their invariants. CI runs a short form; set
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

    @Test(arguments: [1 as UInt64, 2, 3])
    func randomSessionsKeepEveryInvariant(seed: UInt64) {
        var random = Random(state: seed)
        let reducer = Reducer(store: bundledStore)
        let renderer = Renderer(store: bundledStore)
        var state = AppState(size: (120, 40))
        let commands = Command.allCases
        let text: [Character] = ["a", "ö", "Å", "漢", " ", "-", "z", "e", "s", "\u{301}"]
        var trail: [String] = []
        for step in 0..<Self.steps {
            let action: Action
            switch random.below(20) {
            case 0:
                action = .resize(width: 1 + random.below(300), height: 1 + random.below(100))
            case 1, 2:
                action = .type(text[random.below(text.count)])
            case 3:
                action = [.erase, .acceptSearch, .cancelSearch][random.below(3)]
            default:
                var command = commands[random.below(commands.count)]
                if command == .quit { command = .moveDown }
                action = .command(command)
            }
            trail.append("\(action)")
            if trail.count > 12 { trail.removeFirst() }
            state = reducer.reduce(state, action)
            let screen = renderer.render(state)
            let problem = Self.violation(state, screen)
            if let problem {
                Issue.record("seed \(seed), step \(step): \(problem)\nlast actions: \(trail.joined(separator: ", "))")
                return
            }
        }
    }

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
        if let page = state.history.last {
            let rows = DetailDocument.build(page.content, store: bundledStore, width: max(0, state.size.width - 2)).rows.count
            if !(0..<max(1, rows)).contains(page.position.selected) { return "detail selection \(page.position.selected) of \(rows)" }
        }
        if let picker = state.picker {
            let count = Lists.pickerCountries(picker, bundledStore).count
            if count > 0 && !(0..<count).contains(picker.position.selected) { return "picker selection out of range" }
        }
        return nil
    }
}
