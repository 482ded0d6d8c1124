import Foundation

/// Reads a data file into memory with a clear reason when it cannot: missing, a directory, unreadable,
/// or larger than regio will hold.
enum DataFiles {
    /// No data file may be larger than this; a million memberships take about 150 MB.
    static let maximumFileSize = 1 << 30

    static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        // O_NONBLOCK: a FIFO or device named as a data file must not block regio before it can say so.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errno: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure(message: "is a directory, not a file")) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(ReadFailure(message: "is not a regular file"))
        }
        guard info.st_size <= maximumFileSize else {
            return .failure(ReadFailure(message: "is \(info.st_size / (1 << 20)) MiB; the limit is \(maximumFileSize >> 20) MiB"))
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if count == 0 { bytes.removeLast(bytes.count - filled); break }
            filled += count
        }
        return .success(bytes)
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
