import Synchronization

/// How far a load has got, written by the loading threads and read by whoever shows it (the dashboard's
/// loading screen). Reading it never blocks the load.
public final class LoadProgress: Sendable {
    public enum Phase: Int, Sendable {
        case reading, parsing, checking, indexing
    }

    private let phaseValue = Atomic<Int>(Phase.reading.rawValue)
    private let parsed = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    public init() {}

    public var phase: Phase { Phase(rawValue: phaseValue.load(ordering: .relaxed)) ?? .reading }
    public var parsedBytes: Int { parsed.load(ordering: .relaxed) }
    public var totalBytes: Int { total.load(ordering: .relaxed) }

    /// Parsed share of the bytes, 0…1.
    public var fraction: Double {
        let total = totalBytes
        return total == 0 ? 0 : min(1, Double(parsedBytes) / Double(total))
    }

    func start(totalBytes: Int) {
        total.store(totalBytes, ordering: .relaxed)
        enter(.parsing)
    }

    public func enter(_ phase: Phase) { phaseValue.store(phase.rawValue, ordering: .relaxed) }

    func add(parsedBytes count: Int) { parsed.add(count, ordering: .relaxed) }
}
