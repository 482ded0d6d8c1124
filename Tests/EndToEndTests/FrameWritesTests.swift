import Foundation
import RegioTestSupport
import Testing

/// ncurses 6.4 flushes its output after every cursor movement until curses mode has been left once, so
/// each frame reached the terminal in dozens of small writes (a hundred for the first screen), and a
/// terminal could show it half drawn. regio leaves that state before its first frame (Terminal.init);
/// the kernel counts the write calls (/proc/PID/io, syscw), so this is what the terminal really got.
@Suite("Frames reach the terminal in a few writes", .timeLimit(.minutes(1)))
struct FrameWritesTests {
    @Test func theFirstScreenAndAWholeNewScreenAreAFewWritesEach() async throws {
        let session = try TmuxSession(regio: ["--lang", "en"])
        defer { session.close() }
        try await session.waitFor("Participants")
        let pid = try session.panePID
        try #require(pid > 0)
        let start = try settledWrites(of: pid)
        // Everything before the first frame is in this: entering curses mode, colours, the mouse, the frame.
        #expect(start <= 20, "\(start) writes up to the first screen")

        try session.sendKeys("?")   // the help covers most of the screen
        try await session.waitFor("show or hide this help")
        let help = try settledWrites(of: pid) - start
        #expect(help <= 6, "\(help) writes for the help screen")

        try session.sendKeys("Escape", "q")
        #expect(try session.waitForExit() == PaneExit(status: 0, signal: nil))
    }

    /// The process's count of write calls once it has stayed the same for 150 ms (the frame is complete).
    private func settledWrites(of pid: pid_t) throws -> Int {
        var last = -1
        for _ in 0..<40 {
            let io = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
            let line = try #require(io.split(separator: "\n").first { $0.hasPrefix("syscw:") })
            let count = try #require(Int(line.dropFirst("syscw:".count).trimmingCharacters(in: .whitespaces)))
            if count == last { return count }
            last = count
            usleep(150_000)
        }
        return last
    }
}
