import RegioUI

/// Maps theme colours to the palette the terminal has (16, 8 or 256 colours). Hex colours go to the
/// nearest entry of the 256-colour cube, or the nearest ANSI colour on smaller palettes.
struct ColorMapper {
    let colors: Int

    func map(_ color: ThemeColor) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .ansi(let index): return Int16(colors >= 16 ? index : index % 8)
        case .indexed(let index): return Int16(index < colors ? index : nearestANSI(Self.rgb(ofIndexed: index)))
        case .rgb(let r, let g, let b):
            return Int16(colors >= 256 ? Self.nearestIndexed(r, g, b) : nearestANSI((Int(r), Int(g), Int(b))))
        }
    }

    /// The xterm 256-colour cube entry (16–231) or grey (232–255) closest to the colour.
    static func nearestIndexed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: UInt8) -> Int {
            levels.indices.min(by: { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) })!
        }
        let cube = 16 + 36 * nearestLevel(r) + 6 * nearestLevel(g) + nearestLevel(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 232 + greyIndex
        return distance(rgb(ofIndexed: grey), (Int(r), Int(g), Int(b))) < distance(rgb(ofIndexed: cube), (Int(r), Int(g), Int(b)))
            ? grey : cube
    }

    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(ofIndexed index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansiRGB[max(0, index)] }
        if index >= 232 { let level = 8 + 10 * (index - 232); return (level, level, level) }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }

    private func nearestANSI(_ color: (Int, Int, Int)) -> Int {
        let count = colors >= 16 ? 16 : 8
        return (0..<count).min(by: { Self.distance(Self.ansiRGB[$0], color) < Self.distance(Self.ansiRGB[$1], color) })!
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
