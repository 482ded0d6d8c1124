import Foundation
import RegioModel
import RegioTerminal
import RegioUI

/// The code that reads input from outside, one entry per fuzz target. Each takes any bytes and must end
/// without a crash; the layout target also checks the properties every layout function keeps, and traps
/// (which the fuzzer reports) when one breaks.
enum FuzzTarget: String, CaseIterable {
    /// The JSON data loader and validator: the first byte picks the file, the rest is its content.
    case json
    /// The theme parser (TOML) and theme validation.
    case theme
    /// Key names as written in the key config, SGR mouse reports, and the decoding of what ncurses reads.
    case keys
    /// Word wrap, truncation, fitting and drawing into a screen: the first byte is the width.
    case layout

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .json: Self.json(bytes)
        case .theme: _ = ThemeFile.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml")
        case .keys: Self.keys(bytes)
        case .layout: Self.layout(bytes)
        }
    }

    private static func json(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let selector = bytes.first else { return }
        let content = Array(bytes.dropFirst())
        let files: [[UInt8]] = (0..<3).map { $0 == Int(selector % 3) ? content : Array("[]".utf8) }
        _ = try? CatalogLoader.load(territories: files[0], initiatives: files[1], memberships: files[2],
                                    origin: .directory("fuzz"), directory: "fuzz")
    }

    private static func keys(_ bytes: UnsafeBufferPointer<UInt8>) {
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            _ = Key(name: String(line))
            _ = MouseEvent(sgrReport: String(line), time: 0)
        }
        var index = 0
        while index + 5 <= bytes.count {
            let code = UInt32(bytes[index + 1]) | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3]) << 16
                | UInt32(bytes[index + 4]) << 24
            _ = KeyDecoder.key(status: Int32(bytes[index] % 3), code: code)
            index += 5
        }
    }

    private static func layout(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        let width = 1 + Int(first) % 120
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        for line in WordWrap.lines(text, width: width) {
            precondition(TextWidth.width(of: line) <= width, "wrapped line wider than \(width): \(line.debugDescription)")
        }
        precondition(TextWidth.width(of: TextWidth.truncate(text, to: width)) <= width, "truncation too wide")
        precondition(TextWidth.width(of: TextWidth.truncateMiddle(text, to: width)) <= width, "middle cut too wide")
        precondition(TextWidth.width(of: TextWidth.fit(text, to: width)) == width, "fit not exact")
        var screen = Screen(width: width, height: 1)
        screen.write(text, x: width / 3, y: 0, role: .text)
        screen.write(text, x: 0, y: 0, width: width, role: .accent)
        precondition(TextWidth.width(of: screen.lines[0]) == width, "screen row not the screen's width")
    }
}
