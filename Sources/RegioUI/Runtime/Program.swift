import Foundation
import RegioModel

/// The dashboard's loop, the same in the product and in whole-program tests (only the backend differs):
/// read an event, turn it into a message, `update`, carry out the effects (feeding what came of them back
/// as messages), draw. Nothing else changes the state.
public final class Program {
    public let backend: any TerminalBackend
    public let keymap: Keymap
    let themes: ThemeCatalog
    /// Where a relative export file name is written.
    let workingDirectory: String
    /// Every effect carried out, in order: what a test checks against what the backend saw.
    public private(set) var performed: [Effect] = []
    /// Sees each message with the state it arrives in, before `update`: for tests that trace a session.
    public var observe: ((AppState, Message) -> Void)?

    public init(backend: any TerminalBackend, keymap: Keymap = .standard, themes: ThemeCatalog,
                workingDirectory: String = Program.currentDirectory()) {
        self.backend = backend
        self.keymap = keymap
        self.themes = themes
        self.workingDirectory = workingDirectory
    }

    /// The working directory, from getcwd: FileManager's first use sets it up, a tenth of a millisecond
    /// before the first frame. "." when there is none (the folder was removed).
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// Shows the loading screen (with the folder's first rows, when there is a preview) until `poll` has
    /// a value (checked every 40 ms); nil when the user left first with a key the keymap's loading context
    /// binds to quit or cancel, or Ctrl-C.
    public func waitForLoad<Value>(source: String, progress: LoadProgress, language: UILanguage,
                                   preview: LoadingPreview? = nil, poll: () -> Value?) -> Value? {
        while true {
            if let value = poll() { return value }
            let size = backend.size
            backend.draw(LoadingView.render(LoadingStatus(source: source, progress: progress), width: size.width,
                                            height: size.height, language: language, keymap: keymap, preview: preview))
            switch backend.nextEvent(within: 40) {
            case .key(let key):
                if key == .control("c") { return nil }
                if let command = keymap.command(for: key, in: .loading), command == .quit || command == .cancel { return nil }
            case .inputEnded: return nil
            case .mouse, .resized, .resumed, .timedOut: continue
            }
        }
    }

    /// Runs the dashboard on `store` from `state` until a quit or the end of input; returns the last state.
    @discardableResult
    public func run(store: Store, state start: AppState) -> AppState {
        let views = ViewCache()
        let reducer = Reducer(store: store, keymap: keymap, views: views)
        let renderer = Renderer(store: store, keymap: keymap, views: views)
        let background = BackgroundWork()
        var state = start
        backend.draw(renderer.render(state))
        while true {
            var queue: [Message] = []
            switch backend.nextEvent(within: background.isBusy ? BackgroundWork.pollInterval : nil) {
            case .key(let key): queue.append(.key(key))
            case .mouse(let event): queue.append(.mouse(event))
            case .resized: queue.append(.resize(width: backend.size.width, height: backend.size.height))
            case .resumed: queue.append(.resumed)
            case .timedOut: break
            case .inputEnded: return state
            }
            queue += background.takeFinished().map(Message.effectFinished)
            if queue.isEmpty { continue }
            while !queue.isEmpty {
                let message = queue.removeFirst()
                observe?(state, message)
                let (next, effects) = reducer.update(state, message)
                state = next
                for effect in effects {
                    performed.append(effect)
                    if effect == .quit { return state }
                    if let result = perform(effect, state: state, store: store, views: views, background: background) {
                        queue.append(.effectFinished(result))
                    }
                    if effect == .suspend { queue.append(.resumed) }
                }
            }
            backend.draw(renderer.render(state))
        }
    }
}
