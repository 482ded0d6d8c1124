import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// A territory's detail opens at once while the collaboration network is measured on another thread: the
/// network section says so, keys work meanwhile, the figures fill in when the measuring ends, and q does
/// not wait for it. Through the real runtime with the in-memory terminal.
@Suite struct NetworkMeasuringTests {
    /// 1,000 territories in a chain (each initiative links one to the next): Brandes's betweenness walks
    /// the whole chain from every territory, a million steps, which takes a debug build a good part of a
    /// second, long after the keys below are handled (small enough not to slow the other tests down). A
    /// new store each time, so that no measures made earlier are found in the cache.
    static func chainStore() -> Store {
        let count = 1_000
        let territories = (0..<count).map {
            Territory(id: "t\($0)", kind: .region, name: String(format: "T%04d", $0), country: "SE", sources: ["s"])
        }
        let initiatives = (0..<count - 1).map {
            Initiative(id: "link\($0)", kind: .network, name: String(format: "Link %04d", $0), sources: ["s"])
        }
        let memberships = (0..<count - 1).flatMap { link in
            [link, link + 1].map { Membership(territory: "t\($0)", initiative: "link\(link)", role: .member, sources: ["s"]) }
        }
        return Store(territories: territories, initiatives: initiatives, memberships: memberships)
    }

    static let measuringLine = "measuring the collaboration network… (Brandes betweenness)"

    @Test func theDetailOpensAtOnceAndTheFiguresFillInWhenTheMeasuringEnds() throws {
        let store = Self.chainStore()
        #expect(NetworkMeasures.isAffordable(for: store))
        let backend = TestBackend(width: 120, height: 40)
        let program = Program(backend: backend, themes: ProgramTests.themes)
        var screens: [String: String] = [:]
        var trace: [(state: AppState, message: Message)] = []
        program.observe = { trace.append(($0, $1)) }
        let look = { (name: String) in TestBackend.Step.inspect { screens[name] = $0.text } }
        // T0000 is first by name: open it, look, move down a line; then wait (the script ends).
        backend.append([.key(.enter), look("opened"), .key(.character("j"))])
        let end = program.run(store: store, state: AppState(size: backend.size))

        let opened = try #require(screens["opened"])
        #expect(opened.contains("T0000"))
        #expect(opened.contains(Self.measuringLine), "\(opened)")
        #expect(!opened.contains("betweenness 0"))
        // j arrived while the network was being measured, and moved the cursor before the measures came.
        let j = try #require(trace.firstIndex { $0.message == .key(.character("j")) })
        let measured = try #require(trace.firstIndex { $0.message == .effectFinished(.networkMeasured(kinds: [])) })
        #expect(trace[j].state.network == .measuring && measured > j)
        #expect(trace[measured].state.history.last?.position.selected != trace[j].state.history.last?.position.selected)
        // The end of the measuring was drawn: T0000 is an end of the chain, linked to T0001 only.
        #expect(end.network == .measured)
        #expect(!backend.text.contains(Self.measuringLine))
        #expect(backend.text.contains("degree 1 (rank "), "\(backend.text)")
        #expect(backend.text.contains("betweenness 0 (rank"))
        #expect(program.performed.filter { $0 == .measureNetwork(kinds: []) }.count == 1)
    }

    /// q while the network is measured ends the program without waiting for the measures: they are not
    /// made yet when `run` returns (the chain takes the background thread much longer than one key).
    @Test func qDuringTheMeasuringQuitsAtOnce() throws {
        let store = Self.chainStore()
        let backend = TestBackend(width: 120, height: 40, script: [.key(.enter), .key(.character("q"))])
        let program = Program(backend: backend, themes: ProgramTests.themes)
        var measured = false
        program.observe = { _, message in if case .effectFinished(.networkMeasured) = message { measured = true } }
        let end = program.run(store: store, state: AppState(size: backend.size))
        #expect(program.performed == [.measureNetwork(kinds: []), .quit])
        #expect(end.network == .measuring && !measured)
        #expect(NetworkMeasures.cached(for: store) == nil, "q waited for the measuring to end")
        #expect(backend.text.contains(Self.measuringLine))
    }

    /// When the section fills in above the cursor, the cursor stays on its line (and the view with it).
    @Test func theCursorStaysOnItsLineWhenTheSectionFillsIn() throws {
        let store = Store.bundled()
        let reducer = Reducer(store: store)
        var state = AppState(size: (120, 40))
        for message in [Message.command(.search)] + "västerbotten".map(Message.type) + [.acceptSearch, .command(.open)] {
            state = reducer.reduce(state, message)
        }
        #expect(state.network == .measuring)
        // The cursor on the last line that opens something, below the network section.
        let page = try #require(state.history.last)
        let measuring = DetailDocument.build(page.content, store: store, width: reducer.layout(state).body.width - 2,
                                             language: state.language, network: .measuring).rows
        state.history[state.history.count - 1].position.selected = try #require(measuring.indices.last { measuring[$0].isSelectable })
        func selectedTarget(_ state: AppState) throws -> (row: Int, target: EntityRef?) {
            let page = try #require(state.history.last)
            let rows = DetailDocument.build(page.content, store: store, width: reducer.layout(state).body.width - 2,
                                            language: state.language, network: state.network).rows
            return (page.position.selected, rows[page.position.selected].target)
        }
        let before = try selectedTarget(state)
        state = reducer.reduce(state, .effectFinished(.networkMeasured(kinds: [])))
        let after = try selectedTarget(state)
        #expect(state.network == .measured)
        #expect(before.target != nil && after.target == before.target)
        #expect(after.row > before.row, "the section grew above the cursor")
    }

    /// Measures made already (by an earlier detail, or `regio network` in the same process) are shown
    /// straight away: no measuring line flashes by.
    @Test func measuresMadeBeforeAreShownWithoutAMeasuringFrame() throws {
        let store = Store.bundled()
        _ = NetworkMeasures.shared(for: store)
        let backend = TestBackend(width: 120, height: 40)
        var sawMeasuring = false
        backend.append(.keys("/västerbotten") + [.key(.enter), .key(.enter), .inspect { sawMeasuring = $0.text.contains(Self.measuringLine) }])
        let program = Program(backend: backend, themes: ProgramTests.themes)
        program.run(store: store, state: AppState(size: backend.size))
        #expect(!sawMeasuring)
        #expect(backend.text.contains("Västerbotten") && backend.text.contains("betweenness"), "\(backend.text)")
    }
}
