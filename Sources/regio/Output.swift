import Foundation

/// Writing to stdout and stderr. Output is buffered; a reader that goes away (EPIPE) ends regio quietly
/// with status 0, as `regio list | head -1` expects.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func line(_ text: String = "") { write(text + "\n") }

    static func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                error("cannot write the output: \(String(cString: strerror(errno)))")
                exit(74)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// `regio: message` on stderr.
    static func error(_ message: String) {
        flush()
        let text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { $0.offset == 0 ? "regio: \($0.element)" : String($0.element) }
            .joined(separator: "\n")
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width when stdout is one, else nil (no truncation into pipes and files).
    static var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
