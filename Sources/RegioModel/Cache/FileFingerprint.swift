import Foundation

/// What a data file was when a cache entry was made from it: its size and a hash of every byte. An entry
/// is used only when the files hash the same now, so an edit that keeps the size and the modification
/// time (a copy with `cp -p`, `touch -r`) still makes the entry stale.
struct FileFingerprint: Equatable, Sendable {
    var name: String
    var size: Int
    var hash: UInt64

    /// Hashes the regular file at `path`; nil when it is not one (a device or FIFO put in a data file's
    /// place must not be read forever) or cannot be read whole (then nothing is cached or used).
    static func of(_ path: String, name: String) -> FileFingerprint? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var hash = ContentHash()
        var size = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 22, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress!, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            size += count
        }
        return FileFingerprint(name: name, size: size, hash: hash.finish())
    }
}

/// A file's identity and last change as `stat` gives them. Taken before a load and again after the
/// files were hashed for the cache: when they are equal nothing wrote to the file in between (any
/// write changes `ctime`, which no program can set back), so the hash describes the bytes that loaded.
struct FileStatus: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int
    var changed: Int64
    var changedNanoseconds: Int

    /// - Parameter followingLinks: false to describe a symbolic link itself (lstat), not what it names.
    init?(_ path: String, followingLinks: Bool = true) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino); size = Int64(info.st_size)
        #if os(Linux)
        let (modifiedTime, changedTime) = (info.st_mtim, info.st_ctim)
        #else
        let (modifiedTime, changedTime) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        modified = Int64(modifiedTime.tv_sec); modifiedNanoseconds = Int(modifiedTime.tv_nsec)
        changed = Int64(changedTime.tv_sec); changedNanoseconds = Int(changedTime.tv_nsec)
    }
}

extension FileStatus {
    var modifiedDate: Date { Date(timeIntervalSince1970: Double(modified) + Double(modifiedNanoseconds) / 1e9) }
}
