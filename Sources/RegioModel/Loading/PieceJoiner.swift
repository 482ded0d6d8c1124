import Synchronization

/// Joins the pieces of a memberships file into one reading, in file order, as they are parsed: each piece
/// is joined by the thread that parsed it as soon as every piece before it is in. Joining then happens
/// while other pieces are still being parsed, instead of on one core after all of them while the other
/// core waits (about 75 ms at a million memberships). Record numbers and lines found in a piece become
/// the file's, and problems come out in the order a one-thread read gives.
final class PieceJoiner: Sendable {
    typealias Reading = (parsed: ParsedMemberships, outcome: JSONArrayPieces.Outcome)

    private struct State {
        var joined: ParsedMemberships?
        var problems: [DataProblem] = []
        /// Pieces parsed before one ahead of them: they wait, holding their memory, until it is joined.
        var waiting: [Int: (reading: Reading?, problems: [DataProblem])] = [:]
        var next = 0
        /// The file's record number and line at the start of the next piece to join.
        var firstIndex = 0
        var lineOffset = 0
        /// False once a piece failed or did not end where the next one starts.
        var fits = true
    }

    private let state = Mutex(State())
    private let pieceCount: Int

    init(pieceCount: Int) { self.pieceCount = pieceCount }

    /// Hands over what parsing `piece` gave (nil: it failed, which its problems say).
    func add(_ reading: Reading?, problems: [DataProblem], piece: Int) {
        state.withLock { state in
            state.waiting[piece] = (reading, problems)
            while state.fits, let (reading, problems) = state.waiting.removeValue(forKey: state.next) {
                guard let reading,
                      JSONArrayPieces.fits(reading.outcome, isLast: state.next == pieceCount - 1) else {
                    // The split did not hold: the caller reads the file whole. Nothing kept is needed.
                    state = State(fits: false)
                    return
                }
                join(reading, problems, into: &state)
                state.next += 1
            }
        }
    }

    /// The whole file's memberships and problems, or nil when the pieces did not fit together.
    func result() -> (memberships: ParsedMemberships, problems: [DataProblem])? {
        state.withLock { state in
            guard state.fits, state.next == pieceCount, let joined = state.joined else { return nil }
            defer { state = State() }
            return (joined, state.problems)
        }
    }

    private func join(_ reading: Reading, _ problems: [DataProblem], into state: inout State) {
        let (firstIndex, lines) = (state.firstIndex, state.lineOffset)
        state.problems += problems.map { problem in
            var problem = problem
            problem.recordIndex = problem.recordIndex.map { $0 + firstIndex }
            problem.position = problem.position.map { SourcePosition(line: $0.line + lines, column: $0.column) }
            return problem
        }
        state.firstIndex += reading.outcome.elementCount
        state.lineOffset += reading.outcome.endLine - 1
        let parsed = reading.parsed
        guard var joined = state.joined else {
            // The first piece is taken as it is, with room for the others (pieces are about equal in bytes).
            var first = parsed
            let expected = parsed.records.count * pieceCount + parsed.records.count / 2
            first.records.reserveCapacity(expected)
            first.positions.reserveCapacity(expected)
            first.indices.reserveCapacity(expected)
            state.joined = first
            return
        }
        state.joined = nil   // uniquely referenced while it grows
        joined.records.append(contentsOf: parsed.records)
        joined.positions.append(contentsOf: parsed.positions, movedDown: lines)
        joined.indices += parsed.indices.lazy.map { $0 + Int32(firstIndex) }
        state.joined = joined
    }
}
