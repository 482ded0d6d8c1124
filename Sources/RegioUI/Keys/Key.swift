/// A key press (or a resize), as the backend decodes it. Named so that a config file can spell it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    case resize

    /// The spelling used in the help, the footer and the key config: `j`, `Down`, `C-c`, `S-Tab`, `Space`.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "C-\(character)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        }
    }

    /// Compact symbols for the footer.
    public var shortName: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .enter: "⏎"
        default: name
        }
    }

    /// Parses a name as written in the key config (case-insensitive for named keys).
    public init?(name: String) {
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter,
            "return": .enter, "esc": .escape, "escape": .escape, "backspace": .backspace, "bs": .backspace,
            "delete": .delete, "del": .delete, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
            "space": .character(" "),
        ]
        if let key = named[name.lowercased()] { self = key; return }
        if name.count == 1, let character = name.first, !character.isWhitespace { self = .character(character); return }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let character = lower.last, character.isLetter {
            self = .control(character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
