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

    /// How often the loading screen asks whether the load has ended: the data replaces it within this
    /// many milliseconds of being ready. (Asked once per redraw, every 40 ms, the data waited 20 ms on
    /// average before anyone looked.)
    static let loadPollMilliseconds = 5
    /// How often the loading screen is drawn again to show the progress.
    static let loadingRedraw = Duration.milliseconds(40)

    /// Shows the loading screen (with the folder's first rows, when there is a preview) until `poll` has
    /// a value (checked every `loadPollMilliseconds`); nil when the user left first with a key the keymap's
    /// loading context binds to quit or cancel, or Ctrl-C.
    public func waitForLoad<Value>(source: String, progress: LoadProgress, language: UILanguage,
                                   preview: LoadingPreview? = nil, poll: () -> Value?) -> Value? {
        var drawn: ContinuousClock.Instant?
        while true {
            if let value = poll() { return value }
            let now = ContinuousClock.now
            if drawn.map({ now - $0 >= Self.loadingRedraw }) ?? true {
                let size = backend.size
                backend.draw(LoadingView.render(LoadingStatus(source: source, progress: progress), width: size.width,
                                                height: size.height, language: language, keymap: keymap, preview: preview))
                drawn = now
            }
            switch backend.nextEvent(within: Self.loadPollMilliseconds) {
            case .key(let key):
                if key == .control("c") { return nil }
                switch keymap.command(for: key, in: .loading) {
                case .quit?, .cancel?: return nil
                case .suspend?:
                    backend.suspend()
                    drawn = nil
                default: continue
                }
            case .inputEnded: return nil
            case .resized, .resumed: drawn = nil   // drawn again at once, at the new size or in full
            case .mouse, .timedOut: continue
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
