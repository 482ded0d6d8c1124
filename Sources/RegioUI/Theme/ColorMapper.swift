/// How many colours the terminal can show.
public enum ColorDepth: String, Sendable, CaseIterable {
    /// 24-bit colour that the terminfo entry supports directly (e.g. xterm-direct).
    case trueColor = "truecolor"
    case c256 = "256"
    case c16 = "16"
    case c8 = "8"
    case none

    /// From the number of colours terminfo reports (`COLORS`).
    public init(colors: Int) {
        if colors >= 1 << 24 { self = .trueColor }
        else if colors >= 256 { self = .c256 }
        else if colors >= 16 { self = .c16 }
        else if colors >= 8 { self = .c8 }
        else { self = .none }
    }
}

/// Maps theme colours to what the terminal has, without ever redefining the user's palette: hex colours
/// go to the nearest entry of the 256-colour cube, or the nearest ANSI colour on smaller palettes.
/// Returns -1 for the terminal's default colour.
public struct ColorMapper: Sendable {
    public let depth: ColorDepth

    public init(depth: ColorDepth) { self.depth = depth }

    public func map(_ color: ThemeColor) -> Int32 {
        switch (color, depth) {
        case (_, .none), (.terminalDefault, _): return -1
        case (.ansi(let index), .c8): return Int32(index % 8)
        case (.ansi(let index), _): return Int32(index)
        case (.indexed(let index), .c256), (.indexed(let index), .trueColor): return Int32(index)
        case (.indexed(let index), _): return Int32(Self.nearestANSI(Self.rgb(ofIndexed: index), count: depth == .c16 ? 16 : 8))
        case (.rgb(let r, let g, let b), .trueColor): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        case (.rgb(let r, let g, let b), .c256): return Int32(Self.nearestIndexed(r, g, b))
        case (.rgb(let r, let g, let b), _):
            return Int32(Self.nearestANSI((Int(r), Int(g), Int(b)), count: depth == .c16 ? 16 : 8))
        }
    }

    /// A role's foreground and background at this depth, or nil when the text would vanish: both land on
    /// the same colour (bright black on an 8-colour terminal is black, so black on grey becomes black on
    /// black). The caller then shows the role's colourless look (`StyleRole.monochrome`) instead.
    public func legibleColors(_ style: RoleStyle) -> (foreground: Int32, background: Int32)? {
        let foreground = map(style.foreground), background = map(style.background)
        if foreground == background && foreground != -1 && !style.attributes.contains(.reverse) { return nil }
        return (foreground, background)
    }

    /// The xterm 256-colour cube entry (16–231) or grey (232–255) closest to the colour.
    public static func nearestIndexed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let target = (Int(r), Int(g), Int(b))
        func nearestLevel(_ value: UInt8) -> Int {
            cubeLevels.indices.min(by: { abs(cubeLevels[$0] - Int(value)) < abs(cubeLevels[$1] - Int(value)) })!
        }
        let cube = 16 + 36 * nearestLevel(r) + 6 * nearestLevel(g) + nearestLevel(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(rgb(ofIndexed: grey), target) < distance(rgb(ofIndexed: cube), target) ? grey : cube
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// xterm's default values of the 16 ANSI colours (terminals differ; this is the common reference).
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    public static func rgb(ofIndexed index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansiRGB[max(0, index)] }
        if index >= 232 { let level = 8 + 10 * (index - 232); return (level, level, level) }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }

    public static func nearestANSI(_ color: (Int, Int, Int), count: Int) -> Int {
        (0..<count).min(by: { distance(ansiRGB[$0], color) < distance(ansiRGB[$1], color) })!
    }

    /// Weighted squared distance (green counts most, as the eye sees it).
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
