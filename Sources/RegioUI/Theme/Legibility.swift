/// Whether a theme's text is readable as a real terminal draws it (issue 15): many terminals (xterm,
/// PuTTY, macOS Terminal with "bright colours for bold") draw bold text in ANSI colours 0–7 as the
/// bright colour 8–15, so bold black becomes grey; dim text is drawn at half intensity; reverse swaps
/// the colours. Colours are xterm's defaults (`ColorMapper.ansiRGB`), hex colours as the 256-colour
/// cube or 24-bit colour shows them, and the terminal's own colours as a dark theme's terminal
/// (light grey on black) or a light theme's (black on white).
public enum Legibility {
    /// WCAG 2 AA for normal text.
    public static let minimumContrast = 4.5
    /// WCAG 2 AA for graphical objects (1.4.11): the border roles draw box lines, never text.
    public static let minimumNonTextContrast = 3.0

    static func minimum(for role: StyleRole) -> Double {
        role == .border || role == .borderFocus ? minimumNonTextContrast : minimumContrast
    }

    public struct Finding: Equatable, Sendable, CustomStringConvertible {
        public var role: StyleRole
        public var message: String
        public var description: String { "\(role.rawValue): \(message)" }
    }

    /// The colour depths checked: what the screenshots show, and true colour.
    public static let checkedDepths: [ColorDepth] = [.c256, .trueColor]

    public static func findings(for theme: Theme) -> [Finding] {
        var findings: [Finding] = []
        for role in StyleRole.allCases {
            let style = theme.style(role)
            if style.attributes.contains(.bold), case .ansi(let index) = style.foreground, index < 8 {
                findings.append(Finding(role: role, message: "bold with the dark ANSI foreground \(ThemeFile.ansiNames[index]), "
                                        + "which many terminals draw as \(ThemeFile.ansiNames[index + 8])"))
            }
            // The terminal's own colours, untouched, are the user's choice, not the theme's.
            if style.foreground == .terminalDefault && style.background == .terminalDefault
                && !style.attributes.contains(.dim) { continue }
            for depth in checkedDepths {
                let (foreground, background) = drawn(style, kind: theme.kind, depth: depth)
                let ratio = Contrast.ratio(foreground, background)
                if ratio < minimum(for: role) {
                    let shown = (ratio * 100).rounded(.down) / 100
                    findings.append(Finding(role: role, message: "contrast \(shown):1 at \(depth.rawValue) colours "
                                            + "(at least \(minimum(for: role)):1 needed)"))
                    break
                }
            }
        }
        return findings
    }

    /// The foreground and background a terminal of `depth` colours puts on the screen for `style`.
    public static func drawn(_ style: RoleStyle, kind: Theme.Kind, depth: ColorDepth)
        -> (foreground: (UInt8, UInt8, UInt8), background: (UInt8, UInt8, UInt8)) {
        let terminal: (foreground: (Int, Int, Int), background: (Int, Int, Int)) =
            kind == .dark ? ((229, 229, 229), (0, 0, 0)) : ((0, 0, 0), (255, 255, 255))
        func rgb(_ color: ThemeColor, bold: Bool, isForeground: Bool) -> (Int, Int, Int) {
            switch color {
            case .terminalDefault: return isForeground ? terminal.foreground : terminal.background
            case .ansi(let index): return ColorMapper.rgb(ofIndexed: bold && index < 8 ? index + 8 : index)
            case .indexed(let index): return ColorMapper.rgb(ofIndexed: index)
            case .rgb(let r, let g, let b):
                if depth == .trueColor { return (Int(r), Int(g), Int(b)) }
                return ColorMapper.rgb(ofIndexed: ColorMapper.nearestIndexed(r, g, b))
            }
        }
        var foreground = rgb(style.foreground, bold: style.attributes.contains(.bold), isForeground: true)
        var background = rgb(style.background, bold: false, isForeground: false)
        if style.attributes.contains(.reverse) { swap(&foreground, &background) }
        if style.attributes.contains(.dim) {
            // xterm's faint: the foreground at half intensity.
            foreground = (foreground.0 / 2, foreground.1 / 2, foreground.2 / 2)
        }
        func bytes(_ c: (Int, Int, Int)) -> (UInt8, UInt8, UInt8) { (UInt8(c.0), UInt8(c.1), UInt8(c.2)) }
        return (bytes(foreground), bytes(background))
    }
}
