import Foundation

/// Reads a small text file that configures regio (a theme, config.toml): what is not a regular file, or is
/// larger than `limit`, is refused before it is read. Data files have their own reader (`DataFiles`); these
/// were read whole, and a 2 GB theme took 10 GB of memory and 18 s before its error.
public enum SmallFile {
    /// A theme is about 1 KB; a config file less.
    public static let limit = 1 << 20

    public struct Failure: Error, Sendable {
        public let message: String
        /// The file is not there (for config.toml, a normal case).
        public let isMissing: Bool
    }

    public static func read(_ path: String, limit: Int = limit) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: a FIFO must not block regio before it can say what it is.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(Failure(message: code == ENOENT ? "does not exist" : "cannot be read: " + String(cString: strerror(code)),
                                    isMissing: code == ENOENT))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Failure(message: "is not a regular file", isMissing: false))
        }
        let tooLarge = Failure(message: "is larger than \(limit >> 10) KiB; a theme or config file is a few KiB", isMissing: false)
        guard info.st_size <= limit else { return .failure(tooLarge) }
        // Read to the end rather than trusting the size: /proc files report 0.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(Failure(message: "cannot be read: " + String(cString: strerror(errno)), isMissing: false)) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            if bytes.count > limit { return .failure(tooLarge) }
        }
    }
}
