import Foundation
import RegioModel
import Synchronization

/// Loads the dashboard's data on a thread of its own, so that a large data folder (a million memberships
/// take about a second) can show its progress and be abandoned with q.
final class StoreLoading: Sendable {
    let source: String
    let progress = LoadProgress()
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Store, Error>?>(nil)

    convenience init(_ dataOptions: DataOptions) {
        self.init(source: dataOptions.data ?? Self.bundledSource) { try dataOptions.loadStore(progress: $0) }
    }

    /// The bundled dataset's load, started by `Main` before anything else when the command line asks for
    /// the dashboard on it (`startBundled`): decoding it is the longest step before the first frame, and
    /// the second core is otherwise idle while the command line, the config and the terminal are read.
    nonisolated(unsafe) private(set) static var bundled: StoreLoading?

    static func startBundled() {
        bundled = StoreLoading(source: bundledSource) { _ in Store.bundled() }
    }

    private static let bundledSource = "bundled dataset"

    private init(source: String, load: @escaping @Sendable (LoadProgress) throws -> Store) {
        self.source = source
        let progress = progress
        let thread = Thread { [self] in
            let result = Result { try load(progress) }
            outcome.withLock { $0 = result }
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
        return outcome.withLock { $0 }
    }
}
