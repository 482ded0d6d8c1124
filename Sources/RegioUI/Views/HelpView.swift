/// The `?` overlay: every binding of every context, generated from the keymap.
struct HelpView {
    let keymap: Keymap

    static func lines(keymap: Keymap) -> [(text: String, role: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(("", .text)) }
            lines.append((context.title, .header))
            for binding in keymap.bindings[context] ?? [] where !binding.keys.isEmpty {
                let keys = binding.keys.map(\.name).joined(separator: " ")
                lines.append(("  " + keys.padded(to: 22) + binding.command.summary, .text))
            }
        }
        lines.append(("", .text))
        lines.append(("C-c always quits. Keys can be rebound in ~/.config/regio/keys.conf (see README).", .muted))
        return lines
    }

    static func lineCount(keymap: Keymap) -> Int { lines(keymap: keymap).count }

    func draw(_ position: ListPosition, on screen: inout Screen) {
        let width = min(84, screen.width - 2)
        let height = screen.height - 2
        let rect = Rect(x: (screen.width - width) / 2, y: 1, width: width, height: height)
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .text)
        let inner = rect.inner
        let lines = Self.lines(keymap: keymap)
        let end = min(lines.count, position.selected + inner.height)
        if position.selected < end {
            for index in position.selected..<end {
                screen.write(" " + lines[index].text, x: inner.x, y: inner.y + index - position.selected,
                             role: lines[index].role, limit: inner.width)
            }
        }
        Box.draw(rect, on: &screen, title: "Keys", focused: true, rightTitle: "\(end)/\(lines.count)",
                 bottomText: "esc close")
    }
}
