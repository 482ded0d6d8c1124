import Foundation
import Synchronization

/// The bytes of one data file: in memory (the bundled dataset, tests) or an open file read a range at a
/// time, so that a large file never has to sit in memory whole.
enum ByteSource: Sendable {
    case memory([UInt8])
    case file(DataFile)

    var count: Int {
        switch self {
        case .memory(let bytes): bytes.count
        case .file(let file): file.size
        }
    }

    /// Says that `count` more reads will follow (see `DataFile.expectReads`).
    func expectReads(_ count: Int) {
        if case .file(let file) = self { file.expectReads(count) }
    }

    /// Calls `body` with `range` of the bytes (clamped to what there is), or says why they cannot be read.
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Swift.Result<Result, DataFiles.ReadFailure> {
        let range = range.clamped(to: 0..<count)
        switch self {
        case .memory(let bytes):
            return .success(bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) })
        case .file(let file):
            return file.withBytes(range, body)
        }
    }
}

/// Opens data files with a clear reason when they cannot be read: missing, a directory, unreadable, or
/// larger than regio will hold.
enum DataFiles {
    /// No data file may be larger than this; a million memberships take about 140 MB.
    static let maximumFileSize = 1 << 30

    static func open(_ path: String) -> Result<ByteSource, ReadFailure> {
        // O_NONBLOCK: a FIFO or device named as a data file must not block regio before it can say so.
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let failure = ReadFailure(errno: errno)
            close(descriptor)
            return .failure(failure)
        }
        var failure: ReadFailure?
        if (info.st_mode & S_IFMT) == S_IFDIR { failure = ReadFailure(message: "is a directory, not a file") }
        else if (info.st_mode & S_IFMT) != S_IFREG { failure = ReadFailure(message: "is not a regular file") }
        else if info.st_size > maximumFileSize {
            failure = ReadFailure(message: "is \(info.st_size / (1 << 20)) MiB; the limit is \(maximumFileSize >> 20) MiB")
        }
        if let failure {
            close(descriptor)
            return .failure(failure)
        }
        // /proc and similar files say they hold 0 bytes and yet have content: those are read to their
        // end now (they are small, and their size is only known afterwards).
        if info.st_size == 0 {
            defer { close(descriptor) }
            return readToEnd(descriptor).map { .memory($0) }
        }
        return .success(.file(DataFile(descriptor: descriptor, size: Int(info.st_size))))
    }

    /// All the bytes until the end, up to the size limit; like a sized file, no further than a byte that
    /// cannot be JSON (the parser stops there).
    static func readToEnd(_ descriptor: Int32) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if count == 0 { return .success(bytes) }
            if let impossible = chunk.withUnsafeBufferPointer({
                ImpossibleBytes.firstOffset(in: UnsafeBufferPointer(rebasing: $0[0..<count]))
            }) {
                return .success(bytes + chunk[0...impossible])
            }
            bytes += chunk[0..<count]
            if bytes.count > maximumFileSize {
                return .failure(ReadFailure(message: "is larger than the limit of \(maximumFileSize >> 20) MiB"))
            }
        }
    }

    struct ReadFailure: Error {
        var message: String
        init(message: String) { self.message = message }
        init(errno code: Int32) {
            switch code {
            case ENOENT: message = "does not exist"
            case EACCES, EPERM: message = "cannot be read: permission denied"
            case ELOOP: message = "cannot be read: too many levels of symbolic links"
            default: message = "cannot be read: " + String(cString: strerror(code))
            }
        }
    }
}

/// An open, regular data file. `pread` keeps no shared position, so several threads can read ranges of
/// it at once.
final class DataFile: Sendable {
    let descriptor: Int32
    /// The size when it was opened; a file that shrinks afterwards reads short, one that grows is cut.
    let size: Int
    /// Buffers whose reads are over, for the next reads to fill again. The memberships file is read in
    /// pieces of a few MB, a core at a time: with a new buffer for each, the kernel had to hand out and
    /// clear fresh pages for every byte of the file, about 35,000 page faults per 136 MB.
    private let spareBuffers = Mutex<Spares>(Spares())

    /// Buffers are kept only for reads the caller said will come (`expectReads`): a buffer nobody will
    /// fill again is given back at once, so that it does not add to the peak memory of what follows.
    private struct Spares {
        var buffers: [ReadBuffer] = []
        var readsToCome = 0
    }

    /// A buffer is used by one read at a time: the lock hands it from the read that ends to the next.
    private struct ReadBuffer: @unchecked Sendable {
        let bytes: UnsafeMutableBufferPointer<UInt8>
    }

    init(descriptor: Int32, size: Int) {
        self.descriptor = descriptor
        self.size = size
    }

    deinit {
        close(descriptor)
        spareBuffers.withLock { spares in spares.buffers.forEach { $0.bytes.deallocate() } }
    }

    /// The bytes of `range`, as a copy (see `withBytes`).
    func read(_ range: Range<Int>) -> Result<[UInt8], DataFiles.ReadFailure> {
        withBytes(range) { Array($0) }
    }

    /// Calls `body` with the bytes of `range`, read no further than a byte that cannot be JSON (see
    /// `ImpossibleBytes`): the parser stops there with its message, so nothing after it is ever needed.
    /// The bytes are checked a chunk at a time as they arrive, while they are still in the processor's
    /// cache, and a new buffer for the whole range is only allocated once its first chunk is clean: a
    /// 1 GiB file of zeros costs one chunk, also under a limit on virtual memory.
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Swift.Result<Result, DataFiles.ReadFailure> {
        var failure: DataFiles.ReadFailure?
        // Filled straight from the file: zeroing the buffer first would touch every page twice.
        func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) -> (filled: Int, stopped: Bool) {
            var filled = start
            while filled < end {
                let want = min(end - filled, ImpossibleBytes.chunkSize)
                let count = pread(descriptor, buffer.baseAddress! + filled, want, off_t(range.lowerBound + filled))
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = DataFiles.ReadFailure(errno: errno)
                    return (filled, true)
                }
                if count == 0 { return (filled, true) }
                if let found = ImpossibleBytes.firstOffset(in: UnsafeBufferPointer(rebasing: buffer[filled..<filled + count])) {
                    return (filled + found + 1, true)
                }
                filled += count
            }
            return (filled, false)
        }
        var buffer: UnsafeMutableBufferPointer<UInt8>
        var filled = 0
        if let spare = takeSpare(capacity: range.count) {
            buffer = spare.bytes
        } else {
            let firstCount = min(range.count, ImpossibleBytes.chunkSize)
            let first = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, firstCount))
            let (count, stopped) = fill(first, from: 0, to: firstCount)
            guard !stopped, count < range.count else {
                defer { first.deallocate() }
                if let failure { return .failure(failure) }
                return .success(body(UnsafeBufferPointer(rebasing: first[0..<count])))
            }
            buffer = .allocate(capacity: range.count + range.count / 16)
            buffer.baseAddress!.update(from: first.baseAddress!, count: count)
            first.deallocate()
            filled = count
        }
        defer { giveBack(ReadBuffer(bytes: buffer)) }
        filled = fill(buffer, from: filled, to: range.count).filled
        if let failure { return .failure(failure) }
        return .success(body(UnsafeBufferPointer(rebasing: buffer[0..<filled])))
    }

    /// Says that `count` more reads of this file will follow (the pieces of a file read by several
    /// threads), so that a read's buffer is kept for the next.
    func expectReads(_ count: Int) {
        spareBuffers.withLock { $0.readsToCome = count }
    }

    /// Buffers kept for reads to come.
    var spareBufferCount: Int { spareBuffers.withLock { $0.buffers.count } }

    /// The smallest spare buffer that holds `capacity` bytes, if any. New buffers get a little room to
    /// spare (see `withBytes`): the pieces of a file differ by a few bytes.
    private func takeSpare(capacity: Int) -> ReadBuffer? {
        let (spare, unwanted) = spareBuffers.withLock { spares -> (ReadBuffer?, [ReadBuffer]) in
            spares.readsToCome = max(0, spares.readsToCome - 1)
            let buffers = spares.buffers
            let best = buffers.indices.filter({ buffers[$0].bytes.count >= capacity })
                .min(by: { buffers[$0].bytes.count < buffers[$1].bytes.count })
            let spare = best.map { spares.buffers.remove(at: $0) }
            // No more buffers than reads to come; the smallest go first.
            spares.buffers.sort { $0.bytes.count > $1.bytes.count }
            let unwanted = Array(spares.buffers.dropFirst(spares.readsToCome))
            spares.buffers.removeLast(unwanted.count)
            return (spare, unwanted)
        }
        unwanted.forEach { $0.bytes.deallocate() }
        return spare
    }

    /// Keeps a buffer while reads are yet to start that could use it; frees it otherwise.
    private func giveBack(_ buffer: ReadBuffer) {
        let kept = spareBuffers.withLock { spares -> Bool in
            guard spares.buffers.count < spares.readsToCome else { return false }
            spares.buffers.append(buffer)
            return true
        }
        if !kept { buffer.bytes.deallocate() }
    }
}
