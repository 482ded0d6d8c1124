import Foundation

/// Writes a file so that nothing is ever half-written or silently replaced: the text goes to a temporary
/// file in the same folder, which is then renamed over the target in one step; an existing file is only
/// replaced when the caller says so.
///
/// Temporaries are named `.regio-export-<pid>-<random>.tmp`, so that one left by a killed regio is
/// recognisable; the next export into the same folder removes those whose process is gone.
public enum SafeFileWriter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) exists; not overwritten"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    static let temporaryPrefix = ".regio-export-"
    static let temporarySuffix = ".tmp"

    public static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) {
        if entryExists(atPath: path) {
            // Replacing is renaming over the target: right for a file, wrong for a directory, a device or a
            // FIFO (`--out /dev/null --force` would replace /dev/null itself). A link to a file is fine.
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                throw .cannotWrite(path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "it is a directory" : "it is not a regular file")
            }
            if !overwrite { throw .exists(path) }
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        removeStaleTemporaries(in: folder)
        let temporary = folder + "/" + temporaryPrefix + "\(getpid())-"
            + String(UInt64.random(in: 0...UInt64.max), radix: 16) + temporarySuffix
        if let reason = writeNew(temporary, Array(text.utf8)) {
            unlink(temporary)
            throw .cannotWrite(path, reason: reason)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }

    /// Whether anything is at `path`, a dangling symbolic link included (FileManager's `fileExists`
    /// follows links and answers false for one, and the link would then be replaced without asking).
    public static func entryExists(atPath path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates `path` (it must not exist) with `bytes`, flushed to disk; the reason when it fails.
    private static func writeNew(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }

    /// Removes this writer's temporaries in `folder` that no running process owns: the owner's pid is
    /// in the name, and one a day old is stale whoever owns it. Only regular files are touched.
    static func removeStaleTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let dayAgo = time(nil) - 86_400
        for name in names {
            guard let pid = temporaryOwner(name) else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let ownerGone = kill(pid, 0) != 0 && errno == ESRCH
            if ownerGone || info.st_mtim.tv_sec < dayAgo { unlink(path) }
        }
    }

    /// The pid in a temporary's name `.regio-export-<pid>-<hex>.tmp`, or nil for any other name.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix(temporaryPrefix), name.hasSuffix(temporarySuffix) else { return nil }
        let middle = name.dropFirst(temporaryPrefix.count).dropLast(temporarySuffix.count)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0,
              !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit) else { return nil }
        return pid
    }
}
