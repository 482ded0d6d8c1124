/// What the runtime reads from a terminal besides keys.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// A click or the wheel (only when the mouse was turned on).
    case mouse(MouseEvent)
    /// The size changed; `size` has the new one.
    case resized
    /// The process was stopped and continued (Ctrl-Z then `fg`, or SIGSTOP and SIGCONT from outside):
    /// the backend is back in program mode and the whole screen must be drawn again.
    case resumed
    /// Nothing arrived in the time given.
    case timedOut
    /// The terminal is gone: the program should end rather than spin.
    case inputEnded
}

/// A terminal as `Program` uses it: the ncurses terminal in the product, an in-memory one in tests.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// What colours the terminal shows; `.none` when colour is off.
    var colorDepth: ColorDepth { get }
    /// Shows the screen; only what changed needs to reach the terminal.
    func draw(_ screen: Screen)
    /// Waits up to `milliseconds` for the next event (nil: as long as it takes).
    func nextEvent(within milliseconds: Int?) -> TerminalEvent
    func apply(_ theme: Theme)
    /// Bytes straight to the terminal, past drawing: for sequences such as OSC 52 that do not draw.
    func writeRaw(_ text: String)
    /// Gives the terminal back and stops the process; returns once it is continued, in program mode.
    func suspend()
}
