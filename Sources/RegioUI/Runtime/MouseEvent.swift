/// A mouse report as the backend decodes it: what happened, in which cell (0-based, from the top left),
/// and when. The time travels with the event so that `update` can tell a double click and stay pure.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case press(MouseButton)
        case release
        case scrollUp
        case scrollDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int
    /// Milliseconds on a monotonic clock (any origin: only differences count).
    public var time: Int

    public init(_ kind: Kind, x: Int, y: Int, time: Int) {
        self.kind = kind
        self.x = x
        self.y = y
        self.time = time
    }

    /// Two presses of the left button on the same cell within this many milliseconds are a double click.
    public static let doubleClickInterval = 400
}

public enum MouseButton: Equatable, Sendable {
    case left, middle, right
}

extension MouseEvent {
    /// Decodes the part of an SGR (mode 1006) report after `ESC [ <`: `Cb;Cx;CyM` for a press, `…m` for a
    /// release, with 1-based coordinates in decimal (so columns beyond 223 work, unlike the X10 encoding).
    /// Motion, horizontal wheels and extra buttons give nil: the dashboard has no use for them.
    public init?(sgrReport text: String, time: Int) {
        guard let final = text.last, final == "M" || final == "m" else { return nil }
        let fields = text.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, let code = Int(fields[0]), let column = Int(fields[1]), let row = Int(fields[2]),
              code >= 0, column >= 1, row >= 1 else { return nil }
        // Bits 2–4 are Shift, Meta and Control; 32 is motion, 64 the wheel, 128 buttons 8–11.
        let modifiersRemoved = code & ~(4 | 8 | 16)
        let kind: Kind
        switch (modifiersRemoved, final) {
        case (0, "M"): kind = .press(.left)
        case (1, "M"): kind = .press(.middle)
        case (2, "M"): kind = .press(.right)
        case (0...3, "m"): kind = .release
        case (64, "M"): kind = .scrollUp
        case (65, "M"): kind = .scrollDown
        default: return nil
        }
        self.init(kind, x: column - 1, y: row - 1, time: time)
    }
}
