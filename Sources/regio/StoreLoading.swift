import Foundation
import RegioModel
import RegioTerminal
import RegioUI

/// Loads the dashboard's data on a thread of its own, so that a large data folder (a million memberships
/// take about a second) can show its progress and be abandoned with q.
final class StoreLoading: @unchecked Sendable {
    let source: String
    let progress = LoadProgress()
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<Store, Error>?

    init(_ dataOptions: DataOptions) {
        source = dataOptions.data ?? "bundled dataset"
        let progress = progress
        // A hidden pause for the tests that must see the loading screen on a busy machine, where a load
        // can end before the first look at the screen.
        let pause = ProcessInfo.processInfo.environment["REGIO_TEST_SLOW_LOAD"].flatMap(Double.init) ?? 0
        let thread = Thread { [self] in
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            let result = Result { try dataOptions.loadStore(progress: progress) }
            lock.withLock { outcome = result }
            done.signal()
        }
        // The loader recurses once per level of JSON nesting (at most 64); the default is plenty, but a
        // secondary thread's stack is smaller than the main one's, so it is set explicitly.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The outcome, if loading ends within `wait`.
    func result(waitingUpTo wait: Duration) -> Result<Store, Error>? {
        let seconds = Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        done.signal()
        return lock.withLock { outcome }
    }

    /// Draws the loading screen until the store is ready, and returns it; nil when the user quit first.
    func showProgress(on terminal: Terminal, language: UILanguage) throws -> Store? {
        while true {
            if let result = result(waitingUpTo: .zero) { return try result.get() }
            let size = terminal.size
            terminal.draw(LoadingView.render(LoadingStatus(source: source, progress: progress),
                                             width: size.width, height: size.height, language: language))
            switch terminal.key(within: 40) {
            case .character("q"), .character("Q"), .escape: return nil
            default: continue
            }
        }
    }
}
