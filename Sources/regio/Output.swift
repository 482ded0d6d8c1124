import Foundation
import RegioModel
import Synchronization

/// Writing to stdout and stderr: the one way out for everything the subcommands print, so that it is
/// the one place that makes text terminal-safe (`terminalSafe`: no escape sequence from a data or theme
/// file reaches the terminal) and that handles a stream that cannot be written:
/// - stdout gone to a reader that left (EPIPE, `regio list | head -1`): end quietly with status 0;
/// - stdout failing otherwise (a full disk, `>&-`): say so once on stderr and end with 74 (EX_IOERR);
/// - stderr failing: the message is dropped; regio never crashes over it.
enum Output {
    private struct Stream {
        var buffer: [UInt8] = []
        /// Set once stdout has failed: nothing more is written to it and the failure is not reported twice.
        var failed = false
        /// Stdout was closed when regio started (`>&-`); /dev/null stands in for it.
        var closed = false
    }

    /// The subcommands print from one thread; the lock (never contended) lets the compiler check that.
    private static let stdout = Mutex(Stream())

    static let ioErrorStatus: Int32 = 74

    static func write(_ text: String) {
        let full = stdout.withLock { stream in
            guard !stream.failed else { return false }
            stream.buffer.append(contentsOf: text.terminalSafe.utf8)
            return stream.buffer.count >= 1 << 16
        }
        if full { flush() }
    }

    static func line(_ text: String = "") { write(text + "\n") }

    /// Select Graphic Rendition (colours, bold, reset) made from numbers only, so that no text can
    /// smuggle another escape sequence through it: the only escapes regio prints itself (theme swatches).
    static func sgr(_ parameters: [Int]) {
        stdout.withLock { stream in
            guard !stream.failed else { return }
            stream.buffer.append(contentsOf: "\u{1B}[\(parameters.map(String.init).joined(separator: ";"))m".utf8)
        }
    }

    /// Writes what is buffered. A failure ends regio (see the type's note).
    static func flush() {
        if let failure = drainStdout() { endAfterStdoutFailure(failure) }
    }

    /// `regio: message` on stderr, after what stdout has buffered. A stdout failure found on the way is
    /// reported after the message and ends regio with 74 (EPIPE leaves the caller's status).
    static func error(_ message: String) {
        let failure = drainStdout()
        let text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { $0.offset == 0 ? "regio: \($0.element)" : String($0.element) }
            .joined(separator: "\n")
        writeToStderr(text.hasSuffix("\n") ? text : text + "\n")
        if let failure, failure != EPIPE { endAfterStdoutFailure(failure) }
    }

    /// A progress note on stderr, as is (no `regio:` prefix).
    static func note(_ text: String) {
        writeToStderr(text)
    }

    /// Before anything else runs: a closed stdin, stdout or stderr (`>&-`) gets /dev/null in its place, so
    /// that no file regio opens later takes descriptor 1 and receives the output. A closed stdout is
    /// remembered as a failure to report when there is something to write.
    static func guardStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
            if descriptor == STDOUT_FILENO { stdout.withLock { $0.closed = true } }
        }
    }

    /// Writes the buffer to stdout; the errno of a failure, or nil.
    private static func drainStdout() -> Int32? {
        stdout.withLock { stream in
            defer { stream.buffer.removeAll(keepingCapacity: true) }
            guard !stream.failed, !stream.buffer.isEmpty else { return nil }
            if stream.closed { stream.failed = true; return EBADF }
            var offset = 0
            while offset < stream.buffer.count {
                let written = stream.buffer.withUnsafeBytes { bytes in
                    Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    stream.failed = true
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    private static func endAfterStdoutFailure(_ code: Int32) -> Never {
        if code == EPIPE { exit(0) }
        let reason = code == EBADF ? "standard output is closed" : String(cString: strerror(code))
        writeToStderr("regio: cannot write to standard output: \(reason)\n")
        exit(ioErrorStatus)
    }

    /// Best effort: a full or closed stderr loses the message, nothing more.
    private static func writeToStderr(_ text: String) {
        let bytes = Array(text.terminalSafe.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    static var isTerminal: Bool { !stdout.withLock(\.closed) && isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width when stdout is one, else nil (no truncation into pipes and files).
    static var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
