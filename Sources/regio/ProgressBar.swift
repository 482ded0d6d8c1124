import Foundation

/// A one-line progress bar on stderr, only when stderr is a terminal: nothing in a pipe or a log. With
/// `after`, nothing is drawn until the work has taken that long, so quick work never flickers a bar.
final class ProgressBar {
    private let title: String
    private var lastDrawn = -1
    private let started = DispatchTime.now().uptimeNanoseconds
    private let delayNanoseconds: UInt64

    init?(title: String, after seconds: Double = 0) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.title = title
        delayNanoseconds = UInt64(max(0, seconds) * 1e9)
    }

    /// One frame of a 30-frames-a-second display: work shorter than this needs no indication.
    static let frame = 1.0 / 30

    func update(done: Int, total: Int) {
        guard DispatchTime.now().uptimeNanoseconds - started >= delayNanoseconds else { return }
        let percent = total > 0 ? min(100, done * 100 / total) : 0
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let filled = percent * 30 / 100
        let line = "\r\(title) [" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
            + "] \(percent)%"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lastDrawn = -1
    }
}
