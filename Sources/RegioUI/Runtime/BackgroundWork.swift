import Foundation
import Synchronization

/// Effects that take longer than a frame, carried out on threads of their own: measuring the
/// collaboration network (Brandes's betweenness for every NUTS-2 region takes about half a second). While
/// any runs, the loop waits for input with a time limit and, between events, takes what has finished and
/// hands it to `update` as `effectFinished`; keys work meanwhile, and quitting does not wait for it.
final class BackgroundWork: Sendable {
    private let progress = Mutex<(running: Int, finished: [EffectResult])>((0, []))

    /// How often, in milliseconds, the loop looks for finished work while some runs.
    static let pollInterval = 40

    /// Something runs, or has finished and not been taken yet.
    var isBusy: Bool { progress.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    func start(_ work: @escaping @Sendable () -> EffectResult) {
        progress.withLock { $0.running += 1 }
        Thread.detachNewThread { [self] in
            let result = work()
            progress.withLock { progress in
                progress.running -= 1
                progress.finished.append(result)
            }
        }
    }

    /// What has finished since the last call, in the order it finished.
    func takeFinished() -> [EffectResult] {
        progress.withLock { progress in
            defer { progress.finished.removeAll() }
            return progress.finished
        }
    }
}
