import Synchronization

/// The three files read into records at the same time: territories, initiatives and the pieces of the
/// memberships file are separate tasks spread over the cores, and each piece is read from disk only when
/// its task starts, so the file is never in memory whole. Problems come out in the order a one-thread
/// read would give: file by file, record by record.
///
/// As soon as the territories and initiatives are read, the store's name indexes, which need nothing
/// else, are started on their own (`names`): they then fill the moments when a core would wait while
/// the memberships are joined and checked, instead of being worked out after everything else.
struct FileReadings {
    var territories: ParsedFile<Territory>?
    var initiatives: ParsedFile<Initiative>?
    var memberships: ParsedMemberships?
    var problems: [DataProblem] = []
    /// The name indexes of `territories` and `initiatives`, being worked out (nil if either failed).
    var names: Parallel.Pending<NameIndexes>?

    /// The result of one task, kept in its own box so that tasks never write to shared storage. The lock
    /// is never contended (one task writes, then the caller reads after every task has ended); it is
    /// there so that the compiler checks the hand-over between threads.
    private final class Box<Value: Sendable>: Sendable {
        private let storage = Mutex<Value?>(nil)

        var value: Value? {
            get { storage.withLock { $0 } }
            set { storage.withLock { $0 = newValue } }
        }
    }

    /// Pieces per core: more pieces balance the cores better and hold less of the file in memory at once.
    private static let piecesPerCore = 8

    static func read(territories: ByteSource?, initiatives: ByteSource?, memberships: ByteSource?,
                     progress: LoadProgress?) -> FileReadings {
        var report: (@Sendable (Int) -> Void)?
        if let progress { report = { progress.add(parsedBytes: $0) } }
        let reportProgress = report
        let territoryBox = Box<(ParsedFile<Territory>?, [DataProblem])>()
        let initiativeBox = Box<(ParsedFile<Initiative>?, [DataProblem])>()
        let namesBox = Box<Parallel.Pending<NameIndexes>>()
        let recordFilesLeft = Atomic(2)
        /// Called by the territories' and the initiatives' task when done: the second starts the names.
        @Sendable func recordFileDone() {
            guard recordFilesLeft.subtract(1, ordering: .acquiringAndReleasing).newValue == 0,
                  let territories = territoryBox.value?.0?.records, let initiatives = initiativeBox.value?.0?.records
            else { return }
            namesBox.value = Parallel.start { NameIndexes(territories: territories, initiatives: initiatives) }
        }
        let starts = memberships.map { JSONArrayPieces.starts(in: $0, count: Parallel.width * piecesPerCore) } ?? []
        let joiner = PieceJoiner(pieceCount: starts.count)
        // Each piece's buffer is then filled again by a later piece, until none is left to read.
        memberships?.expectReads(starts.count)
        // The territories and initiatives files are each read whole by one task (an import's initiatives,
        // one per project, take longest), so they go first and the pieces fill the cores around them.
        Parallel.run(2 + starts.count) { task in
            var validator = CatalogValidator()
            switch task {
            case 0:
                defer { recordFileDone() }
                guard let territories else { return }
                let parsed = whole(territories, CatalogLoader.territoriesFile, &validator) {
                    $1.readTerritories($0, progress: reportProgress)
                }
                territoryBox.value = (parsed ?? nil, validator.problems)
            case 1:
                defer { recordFileDone() }
                guard let initiatives else { return }
                let parsed = whole(initiatives, CatalogLoader.initiativesFile, &validator) {
                    $1.readInitiatives($0, progress: reportProgress)
                }
                initiativeBox.value = (parsed ?? nil, validator.problems)
            default:
                guard let memberships else { return }
                let piece = task - 2
                let isLast = piece + 1 == starts.count
                let range = starts[piece]..<(isLast ? memberships.count : starts[piece + 1])
                let reading = try? memberships.withBytes(range) { bytes in
                    validator.readMemberships(bytes, opensArray: piece == 0, stopAtEnd: !isLast, progress: reportProgress)
                }.get()
                joiner.add(reading ?? nil, problems: validator.problems, piece: piece)
            }
        }
        var result = FileReadings()
        if let (parsed, problems) = territoryBox.value { result.territories = parsed; result.problems += problems }
        if let (parsed, problems) = initiativeBox.value { result.initiatives = parsed; result.problems += problems }
        result.names = namesBox.value
        if let memberships {
            if let (parsed, problems) = joiner.result() {
                result.memberships = parsed
                result.problems += problems
            } else {
                // The split did not hold (an unusual layout or a syntax error): read it whole, as one thread would.
                var validator = CatalogValidator()
                let parsed = whole(memberships, CatalogLoader.membershipsFile, &validator) { $1.readMemberships($0)?.parsed }
                result.memberships = parsed ?? nil
                result.problems += validator.problems
            }
        }
        return result
    }

    /// Reads all of a file and hands its bytes to `body`; a file that fails to read is reported.
    private static func whole<Value>(_ source: ByteSource, _ name: String, _ validator: inout CatalogValidator,
                                     _ body: (UnsafeBufferPointer<UInt8>, inout CatalogValidator) -> Value) -> Value? {
        switch source.withBytes(0..<source.count, { body($0, &validator) }) {
        case .success(let value): return value
        case .failure(let failure):
            validator.problems.append(DataProblem(.unreadableFile, file: name, message: "\(name) \(failure.message)"))
            return nil
        }
    }
}
