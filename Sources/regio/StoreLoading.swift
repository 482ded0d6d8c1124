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

    convenience init(_ data: DataSelection) {
        self.init(source: data.data ?? Self.bundledSource) { try data.loadStore(progress: $0) }
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
        // The loader recurses once per level of JSON nesting (at most 64); the default is plenty, but a
        // secondary thread's stack is smaller than the main one's, so it is set explicitly.
        Self.detach(stackSize: 8 << 20) { [self] in
            let result = Result { try load(progress) }
            outcome.withLock { $0 = result }
            done.signal()
        }
    }

    /// Runs `body` on a thread of its own. A POSIX thread, not Foundation's Thread, whose first use sets up
    /// Foundation's thread bookkeeping: a quarter of a millisecond before the bundled data could start
    /// loading.
    private static func detach(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        final class Body { let run: @Sendable () -> Void; init(_ run: @escaping @Sendable () -> Void) { self.run = run } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        // Without a thread (the process is at its limit), load here: slower to show, never lost.
        if started != 0 { Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run() }
    }

    /// The outcome, if loading ends within `wait`.
    func result(waitingUpTo wait: Duration) -> Result<Store, Error>? {
        let seconds = Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        done.signal()
        return outcome.withLock { $0 }
    }
}
