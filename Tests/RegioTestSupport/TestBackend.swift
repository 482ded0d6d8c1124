import Foundation
import RegioUI

/// A terminal in memory for whole-program tests (as ratatui's TestBackend): it plays a script of keys,
/// resizes and resumes to the real `Program`, keeps the last screen drawn, and records everything the
/// program asked of the terminal, so a test can check each effect reached it exactly once.
public final class TestBackend: TerminalBackend {
    public enum Step {
        case key(Key)
        /// A click or the wheel, as the terminal decodes it.
        case mouse(MouseEvent)
        case resize(width: Int, height: Int)
        /// As after Ctrl-Z and `fg`, or SIGSTOP and SIGCONT from outside.
        case resume
        /// Looks at the terminal at this point of the script (as teatest waits for output).
        case inspect((TestBackend) -> Void)
    }

    public private(set) var size: (width: Int, height: Int)
    public let colorDepth: ColorDepth
    /// The screen as last drawn.
    public private(set) var screen: Screen
    public private(set) var frames = 0
    public private(set) var rawWrites: [String] = []
    public private(set) var appliedThemes: [String] = []
    public private(set) var suspends = 0
    private var script: [Step]
    private var next = 0

    public init(width: Int = 120, height: Int = 40, colorDepth: ColorDepth = .c256, script: [Step] = []) {
        size = (width, height)
        self.colorDepth = colorDepth
        screen = Screen(width: width, height: height)
        self.script = script
    }

    /// The screen as plain text, one line per row.
    public var text: String { screen.plainText }
    /// The bottom line.
    public var footer: String { screen.lines.last ?? "" }

    public func append(_ steps: [Step]) { script += steps }

    public func draw(_ screen: Screen) {
        self.screen = screen
        frames += 1
    }

    /// The next step of the script. When it has run out, a wait with a time limit times out (so a loading
    /// screen can see its load end) and a wait without one finds the input ended: the program returns.
    public func nextEvent(within milliseconds: Int?) -> TerminalEvent {
        while next < script.count {
            let step = script[next]
            next += 1
            switch step {
            case .key(let key): return .key(key)
            case .mouse(let event): return .mouse(event)
            case .resize(let width, let height):
                size = (width, height)
                return .resized
            case .resume: return .resumed
            case .inspect(let look): look(self)
            }
        }
        guard let milliseconds else { return .inputEnded }
        // A moment passes, as it would in a terminal (work in the background gets on meanwhile).
        usleep(UInt32(min(milliseconds, 2)) * 1000)
        return .timedOut
    }

    public func apply(_ theme: Theme) { appliedThemes.append(theme.name) }
    public func writeRaw(_ text: String) { rawWrites.append(text) }
    public func suspend() { suspends += 1 }
}

extension [TestBackend.Step] {
    /// Each character of `text` as a key press: `.keys("/vanguard")`.
    public static func keys(_ text: String) -> [TestBackend.Step] { text.map { .key(.character($0)) } }
}
