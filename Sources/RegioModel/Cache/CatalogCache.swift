import Foundation
import Synchronization

/// Validated catalogs kept between runs, so that opening a large data folder again skips parsing and
/// checking it: one entry per data folder under `$XDG_CACHE_HOME/regio` (default `~/.cache/regio`).
///
/// An entry is trusted only when
/// - it is whole: a hash of all its bytes is its last 8 bytes (a truncated or damaged file is ignored);
/// - it was written by this build of regio (`stamp`) in this format, for this folder;
/// - every data file has the size and the content hash it had when the entry was made.
/// Entries are written to a temporary file and renamed into place, so a process reading while another
/// writes sees the old entry or the new one, never half of one. At most `entryLimit` entries and
/// `byteLimit` bytes are kept; the least recently used go first.
public struct CatalogCache: Sendable {
    public let directory: String
    /// The build that writes and may read entries (version and commit).
    let stamp: String
    public static let entryLimit = 8
    public static let byteLimit = 2 << 30
    static let formatVersion = 4
    static let suffix = ".catalog"
    private static let magic = Array("REGIO-CATALOG\n".utf8)

    public init(directory: String, stamp: String) {
        self.directory = directory
        self.stamp = stamp
    }

    /// `$XDG_CACHE_HOME/regio` when that is an absolute path (the XDG rule), else `$HOME/.cache/regio`.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/regio" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/regio" }
        return nil
    }

    /// The entry's file for a data folder: named by a hash of the folder's absolute path.
    public func entryPath(forFolder folder: String) -> String {
        let name = String(ContentHash.of(Array(Self.absolute(folder).utf8)), radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - name.count) + name + Self.suffix
    }

    static func absolute(_ folder: String) -> String {
        URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func dataPath(_ folder: String, _ file: String) -> String { CatalogLoader.path(of: file, in: folder) }

    static let dataFiles = CatalogLoader.dataFiles

    // MARK: Reading

    /// The catalog of `folder` when the cache holds one made from exactly the files there now; nil
    /// otherwise (no entry, another build's, damaged, or the files changed).
    public func load(folder: String, progress: LoadProgress? = nil) -> Catalog? {
        let path = entryPath(forFolder: folder)
        let sizes = Self.dataFiles.map { FileStatus(Self.dataPath(folder, $0))?.size }
        // An entry is never larger than the data it was made from.
        let dataBytes = sizes.reduce(0) { $0 + Int($1 ?? 0) }
        return Self.withEntryBytes(path, largest: dataBytes + (64 << 20)) { bytes -> Catalog? in
            guard bytes.count > Self.magic.count + 8 else { return nil }
            progress?.enter(.checking)
            guard let (files, payload) = header(of: bytes, folder: folder),
                  files.map(\.name) == Self.dataFiles, zip(files, sizes).allSatisfy({ $1 == Int64($0.size) })
            else { return nil }
            // The files are hashed on one core while the entry is decoded on the other.
            let hashes = Parallel.start { files.map { FileFingerprint.of(Self.dataPath(folder, $0.name), name: $0.name) } }
            var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[payload]))
            reader.releasesReadPages = true
            let catalog = try? Catalog(from: &reader, origin: .directory(folder))
            guard hashes.wait() == files.map(Optional.some), let catalog else { return nil }
            progress?.enter(.indexing)
            touch(path)
            return catalog
        } ?? nil
    }

    /// Calls `body` with the bytes of the regular file at `path` (at most its first `prefix` bytes when
    /// given); nil for a missing file, anything but a regular file (a FIFO would block), one larger than
    /// `largest`, or one that shrank while it was read. The bytes are a private copy rather than a mapping
    /// of the file: a mapped file cut short by someone else while regio reads it would end regio with
    /// SIGBUS, and one overwritten in place after its hash was checked would be decoded unchecked. The
    /// copy is in memory of its own, whose pages `MappedPages.release` can hand back once read.
    static func withEntryBytes<Result>(_ path: String, largest: Int, prefix: Int? = nil,
                                       _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0, info.st_size <= largest
        else { return nil }
        let size = min(Int(info.st_size), prefix ?? .max)
        guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), memory != MAP_FAILED
        else { return nil }
        defer { munmap(memory, size) }
        var filled = 0
        while filled < size {
            let count = pread(descriptor, memory + filled, size - filled, off_t(filled))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return body(UnsafeRawBufferPointer(start: memory, count: size))
    }

    /// Checks the entry's frame and header; gives the data files it was made from and where its payload is.
    private func header(of bytes: UnsafeRawBufferPointer, folder: String) -> ([FileFingerprint], Range<Int>)? {
        let body = UnsafeRawBufferPointer(rebasing: bytes[0..<bytes.count - 8])
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        var hash = ContentHash()
        hash.update(body)
        guard hash.finish() == stored, body.starts(with: Self.magic) else { return nil }
        var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: body[Self.magic.count...]))
        do {
            guard try reader.number() == Self.formatVersion, try reader.string() == stamp,
                  try reader.string() == Self.absolute(folder) else { return nil }
            var files: [FileFingerprint] = []
            for _ in 0..<(try reader.count()) {
                files.append(FileFingerprint(name: try reader.string(), size: try reader.number(), hash: try reader.word()))
            }
            let start = Self.magic.count + reader.offset
            return (files, start..<body.count)
        } catch {
            return nil
        }
    }

    /// The data folder an entry was made from, read from its header (for `regio cache`); nil when the
    /// file is not an entry of this format.
    public func folder(ofEntry path: String) -> String? {
        // Opened like an entry being loaded (a FIFO in the cache folder must not block `regio cache`), and
        // only its start read: the header is a few hundred bytes.
        Self.withEntryBytes(path, largest: .max, prefix: 64 << 10) { bytes -> String? in
            guard bytes.starts(with: Self.magic) else { return nil }
            var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[Self.magic.count...]))
            guard (try? reader.number()) == Self.formatVersion, (try? reader.string()) != nil else { return nil }
            return try? reader.string()
        } ?? nil
    }

    // MARK: Writing

    /// What the data files were before a load; `save` writes an entry only if they are the same after.
    public struct Before: Sendable {
        let folder: String
        let statuses: [FileStatus?]
    }

    public func before(loading folder: String) -> Before {
        Before(folder: folder, statuses: Self.dataFiles.map { FileStatus(Self.dataPath(folder, $0)) })
    }

    /// Writes an entry for `catalog`, loaded from `before.folder`, unless a data file changed since
    /// `before` was taken. Failing to write (no space, no permission) only means no entry: the cache is
    /// an optimisation. Returns whether an entry was written.
    @discardableResult
    public func save(_ catalog: Catalog, loaded before: Before) -> Bool {
        let folder = before.folder
        let fingerprints = Self.dataFiles.map { FileFingerprint.of(Self.dataPath(folder, $0), name: $0) }
        let after = Self.dataFiles.map { FileStatus(Self.dataPath(folder, $0)) }
        guard after == before.statuses, !after.contains(nil), fingerprints.allSatisfy({ $0 != nil }) else { return false }
        var header = SnapshotWriter()
        header.number(Self.formatVersion)
        header.string(stamp)
        header.string(Self.absolute(folder))
        header.number(fingerprints.count)
        for case let fingerprint? in fingerprints {
            header.string(fingerprint.name)
            header.number(fingerprint.size)
            header.word(fingerprint.hash)
        }
        guard write(to: entryPath(forFolder: folder), { sink in
            var start = Self.magic + header.bytes
            sink(&start)
            // The payload goes to the file a megabyte at a time: a million memberships make tens of
            // megabytes that need not be in memory beside the store.
            var payload = SnapshotWriter(sink: sink)
            catalog.write(to: &payload)
            payload.flush()
        }) else { return false }
        trim()
        return true
    }

    /// Writes an entry through `body` into a temporary file, ends it with the hash of everything written,
    /// and renames it to `path`.
    private func write(to path: String, _ body: (_ sink: @escaping (inout [UInt8]) -> Void) -> Void) -> Bool {
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil else { return false }
        let temporary = directory + "/.entry-\(getpid())-\(UInt32.random(in: .min ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        final class WriteState { var hash = ContentHash(); var failed = false }
        let progress = WriteState()
        let sink: (inout [UInt8]) -> Void = { bytes in
            guard !progress.failed else { return }
            bytes.withUnsafeBytes { buffer in
                progress.hash.update(buffer)
                var written = 0
                while written < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { progress.failed = true; return }
                    written += count
                }
            }
        }
        body(sink)
        var end = withUnsafeBytes(of: progress.hash.finish().littleEndian) { Array($0) }
        sink(&end)
        let closed = close(descriptor) == 0
        guard !progress.failed, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private func touch(_ path: String) { utimes(path, nil) }

    // MARK: Keeping it small

    public struct Entry: Sendable {
        public var path: String
        public var bytes: Int
        public var lastUsed: Date
    }

    /// The entries there are now, most recently used first.
    public func entries() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(Self.suffix) }.compactMap { name -> Entry? in
            let path = directory + "/" + name
            // stat, not FileManager's attributes: those name the owner and group, which asks the password
            // database, and the static build crashes when that does not list them (see ConfigPaths).
            guard let status = FileStatus(path, followingLinks: false) else { return nil }
            return Entry(path: path, bytes: Int(status.size), lastUsed: status.modifiedDate)
        }.sorted { $0.lastUsed > $1.lastUsed }
    }

    /// Removes the least recently used entries beyond the limits, and temporary files a crashed or
    /// killed writer left (older than an hour, so that a write in progress is never touched).
    func trim() {
        // Newest first; an entry goes when it would take the kept ones past a limit (only what is kept
        // counts: one huge entry does not take every older one with it).
        var kept = 0, bytes = 0
        for entry in entries() {
            if kept < Self.entryLimit && bytes + entry.bytes <= Self.byteLimit {
                kept += 1
                bytes += entry.bytes
            } else {
                unlink(entry.path)
            }
        }
        for path in temporaryFiles() where Self.isAbandoned(path) { unlink(path) }
    }

    /// The `.entry-PID-N.tmp` files writers leave while they write (or when killed before the rename).
    func temporaryFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix(".entry-") && $0.hasSuffix(".tmp") }.map { directory + "/" + $0 }
    }

    /// A temporary file whose writer is gone (killed during its write), or an hour old.
    static func isAbandoned(_ path: String) -> Bool {
        let name = URL(fileURLWithPath: path).lastPathComponent
        if let pid = name.dropFirst(".entry-".count).split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0,
           kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let status = FileStatus(path, followingLinks: false) else { return false }
        return status.modifiedDate.timeIntervalSinceNow < -3600
    }

    /// What `clear` did: entries removed (and their bytes), and those that could not be.
    public struct Cleared: Sendable {
        public var removed = 0
        public var bytes = 0
        public var failed: [String] = []
    }

    /// Removes every entry and leftover temporary file.
    @discardableResult
    public func clear() -> Cleared {
        var result = Cleared()
        for entry in entries() {
            if unlink(entry.path) == 0 {
                result.removed += 1
                result.bytes += entry.bytes
            } else {
                result.failed.append("\(entry.path): \(String(cString: strerror(errno)))")
            }
        }
        for path in temporaryFiles() { unlink(path) }
        return result
    }
}
