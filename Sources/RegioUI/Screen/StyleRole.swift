/// What a cell means, not how it looks: a theme maps each role to colours and attributes. Every role has
/// a monochrome look too, so nothing is shown by colour alone.
public enum StyleRole: String, CaseIterable, Sendable {
    case text, muted, header, border
    case borderFocus = "border_focus"
    case selection
    case selectionInactive = "selection_inactive"
    case accent, match
    case statusBar = "status_bar"
    case error, warning, success
    /// Titles of panes and of the detail view.
    case title
    /// A row that belongs to the highlighted network or partnership.
    case linked
    /// A footer hint whose key cannot act in the current state (help says why): on the status bar,
    /// fainter and in another face, so it differs without colour too.
    case unavailable

    /// Attributes used when there is no colour (NO_COLOR, a monochrome terminal).
    public var monochrome: Attributes {
        switch self {
        case .text, .border, .linked, .success: []
        case .muted: [.dim]
        case .header, .title, .accent, .warning: [.bold]
        case .borderFocus: [.bold]
        case .selection, .statusBar: [.reverse]
        case .unavailable: [.reverse, .dim]
        case .selectionInactive: [.underline]
        case .match: [.underline, .bold]
        case .error: [.bold, .reverse]
        }
    }
}

public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}
