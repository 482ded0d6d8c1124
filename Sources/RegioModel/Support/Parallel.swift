import Foundation
import Synchronization

/// Splitting work over the machine's cores. Loading a million memberships needs it, and so does the
/// detail page of an initiative with a hundred thousand memberships and more (`Store.roleGroups`);
/// everything else in regio is fast enough on one.
enum Parallel {
    /// How many parts to split work into: one per core, at most four (the loader's pieces).
    static let width = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    /// Below this many items (memberships, names) a task is not worth handing to another thread.
    static let worthAThread = 50_000

    /// Calls `body` for `count` tasks on all cores and returns when every one has finished.
    static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count == 1 { return body(0) }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// Calls `body` with consecutive ranges covering `0..<count`, one per core, in parallel. Small counts
    /// are not worth a thread.
    static func forEachPart(of count: Int, minimumPart: Int = worthAThread, _ body: @Sendable (Range<Int>) -> Void) {
        let parts = max(1, min(width, count / minimumPart))
        run(parts) { part in body(count * part / parts ..< count * (part + 1) / parts) }
    }
}

extension Parallel {
    /// Starts `work` on another thread; `wait()` on the result blocks until it is done.
    static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value> {
        let pending = Pending<Value>()
        DispatchQueue.global(qos: .userInitiated).async {
            let result = work()
            pending.value.withLock { $0 = result }
            pending.done.signal()
        }
        return pending
    }

    /// Work started with `start`: its value, once `wait()` has returned.
    final class Pending<Value: Sendable>: Sendable {
        fileprivate let value = Mutex<Value?>(nil)
        fileprivate let done = DispatchSemaphore(value: 0)

        func wait() -> Value {
            done.wait()
            done.signal()
            return value.withLock { $0! }
        }
    }
}

/// A value handed to parallel tasks that each touch a separate part of it (disjoint ranges of buffers,
/// one slot per task). The compiler cannot check that; the call sites keep to it.
struct SharedOutput<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
