/// A colour as a theme names it; the backend maps it to what the terminal can show.
public enum ThemeColor: Equatable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// An entry of the 256-colour palette.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)
}

public struct RoleStyle: Equatable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(_ foreground: ThemeColor = .terminalDefault, _ background: ThemeColor = .terminalDefault,
                _ attributes: Attributes = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }
}

/// How each role looks. A theme that leaves a role out gets the built-in default's style for it.
public struct Theme: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case dark, light }

    public var name: String
    public var kind: Kind = .dark
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, kind: Kind = .dark, styles: [StyleRole: RoleStyle]) {
        self.name = name; self.kind = kind; self.styles = styles
    }

    public func style(_ role: StyleRole) -> RoleStyle {
        styles[role] ?? Theme.builtInDefault.styles[role] ?? RoleStyle()
    }

    /// The theme compiled into the binary: ANSI colours only, so it follows the user's terminal palette.
    public static let builtInDefault = Theme(name: "default", styles: [
        .text: RoleStyle(),
        .muted: RoleStyle(.ansi(8)),
        .header: RoleStyle(.ansi(14), .terminalDefault, [.bold]),
        .border: RoleStyle(.ansi(8)),
        .borderFocus: RoleStyle(.ansi(14), .terminalDefault, [.bold]),
        .selection: RoleStyle(.ansi(0), .ansi(14)),
        .selectionInactive: RoleStyle(.ansi(0), .ansi(8)),
        .accent: RoleStyle(.ansi(3)),
        .match: RoleStyle(.ansi(11), .terminalDefault, [.bold, .underline]),
        .statusBar: RoleStyle(.ansi(15), .ansi(4)),
        .error: RoleStyle(.ansi(15), .ansi(1), [.bold]),
        .warning: RoleStyle(.ansi(11)),
        .success: RoleStyle(.ansi(2)),
        .title: RoleStyle(.ansi(14), .terminalDefault, [.bold]),
        .linked: RoleStyle(.ansi(10)),
        .unavailable: RoleStyle(.ansi(7), .ansi(4), [.italic]),
    ])
}
