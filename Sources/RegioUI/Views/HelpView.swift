/// The `?` overlay: every binding of every context, generated from the keymap.
struct HelpView {
    let keymap: Keymap
    /// Why a binding cannot act right now (see `Availability`); such lines are dimmed with the reason.
    var unavailable: (KeyContext, Command) -> String? = { _, _ in nil }

    /// - Parameter unavailable: why a binding cannot act right now, for the context help was opened from.
    static func lines(keymap: Keymap, language lang: UILanguage = .en,
                      unavailable: (KeyContext, Command) -> String? = { _, _ in nil }) -> [(text: String, role: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(("", .text)) }
            lines.append((lang.t(context.title), .header))
            for binding in keymap.bindings[context] ?? [] where !binding.keys.isEmpty {
                let keys = binding.keys.map(\.name).joined(separator: " ")
                let line = "  " + keys.padded(to: 22) + lang.t(binding.command.summary(in: context))
                if let reason = unavailable(context, binding.command) {
                    lines.append((line + " — " + reason, .muted))
                } else {
                    lines.append((line, .text))
                }
            }
        }
        lines.append(("", .text))
        lines.append((lang.t(.helpFootnote), .muted))
        return lines
    }

    static func lineCount(keymap: Keymap) -> Int { lines(keymap: keymap).count }

    func draw(_ position: ListPosition, language: UILanguage, on screen: inout Screen) {
        let width = min(84, screen.width - 2)
        let height = screen.height - 2
        let rect = Rect(x: (screen.width - width) / 2, y: 1, width: width, height: height)
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .text)
        let inner = rect.inner
        let lines = Self.lines(keymap: keymap, language: language, unavailable: unavailable)
        let end = min(lines.count, position.selected + inner.height)
        if position.selected < end {
            for index in position.selected..<end {
                // Cut with "…" when the terminal is narrower than a key's summary.
                screen.write(" " + lines[index].text, x: inner.x, y: inner.y + index - position.selected,
                             width: inner.width, role: lines[index].role)
            }
        }
        Box.draw(rect, on: &screen, title: language.t(.keys), focused: true, rightTitle: "\(end)/\(lines.count)",
                 bottomText: keymap.label(.cancel, in: .help) + " " + language.t(Command.cancel.summary))
    }
}
