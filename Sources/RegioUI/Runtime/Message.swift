import RegioModel

/// Everything that can happen to the dashboard, as `update` receives it: a key, a new size, what came of
/// an effect, or the terminal given back after a suspend (Ctrl-Z, or a stop and continue from outside).
public enum Message: Equatable, Sendable {
    /// Read in the current context through the keymap.
    case key(Key)
    /// A key already interpreted: replays and benchmarks speak in commands and typed text.
    case action(Action)
    /// A click or the wheel, already decoded (see `MouseEvent`); what it hits is worked out in `update`.
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case effectFinished(EffectResult)
    /// The terminal is ours again after a suspend; nothing changes but the whole screen is repainted.
    case resumed

    public static func command(_ command: Command) -> Message { .action(.command(command)) }
    public static func type(_ character: Character) -> Message { .action(.type(character)) }
    public static var erase: Message { .action(.erase) }
    public static var clearLine: Message { .action(.clearLine) }
    public static var acceptSearch: Message { .action(.acceptSearch) }
    public static var cancelSearch: Message { .action(.cancelSearch) }
}

/// Work `update` asks the runtime to do; whatever can fail or report comes back as `effectFinished`.
public enum Effect: Equatable, Sendable {
    case export(path: String, overwrite: Bool)
    case copyToClipboard(String)
    /// Load the theme after `current` in the catalog and apply it.
    case switchTheme(after: String)
    /// Measure the collaboration network of these kinds of initiative (all when empty) on a thread of its
    /// own; `networkMeasured` follows when it is done, while keys go on working.
    case measureNetwork(kinds: Set<InitiativeKind>)
    /// Give the terminal back and stop (Ctrl-Z); `resumed` follows.
    case suspend
    case quit
}

/// What came of an `Effect`.
public enum EffectResult: Equatable, Sendable {
    case exported(path: String, rows: Int)
    case exportExists(path: String)
    case exportFailed(String)
    case copied(characters: Int)
    /// `colorOff`: the terminal shows attributes only, so the theme's colours are not seen.
    case themeApplied(name: String, colorOff: Bool)
    case themeFailed(name: String, reason: String)
    case networkMeasured(kinds: Set<InitiativeKind>)
}
