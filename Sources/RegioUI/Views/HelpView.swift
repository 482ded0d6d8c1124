/// The `?` overlay: every binding of every context, generated from the keymap. A summary too long for
/// the box wraps under itself, so a narrow terminal still shows every word.
struct HelpView {
    let keymap: Keymap
    /// Why a binding cannot act right now (see `Availability`); such lines are dimmed with the reason.
    var unavailable: (KeyContext, Command) -> String? = { _, _ in nil }

    /// Keys are listed in a column this wide (then the summary).
    static let keyColumn = 22

    /// - Parameter unavailable: why a binding cannot act right now, for the context help was opened from.
    static func lines(keymap: Keymap, language lang: UILanguage = .en,
                      unavailable: (KeyContext, Command) -> String? = { _, _ in nil }) -> [(text: String, role: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(("", .text)) }
            lines.append((lang.t(context.title), .header))
            for binding in keymap.bindings[context] ?? [] where !binding.keys.isEmpty {
                let keys = binding.keys.map(\.name).joined(separator: " ")
                let line = "  " + keys.padded(to: keyColumn) + lang.t(binding.command.summary(in: context))
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

    /// The lines wrapped to the box's width: a summary continues under the summary column.
    static func wrappedLines(keymap: Keymap, language: UILanguage, width: Int,
                             unavailable: (KeyContext, Command) -> String? = { _, _ in nil }) -> [(text: String, role: StyleRole)] {
        lines(keymap: keymap, language: language, unavailable: unavailable).flatMap { line -> [(text: String, role: StyleRole)] in
            guard TextWidth.width(of: line.text) > width else { return [line] }
            let hang = line.text.hasPrefix("  ") ? keyColumn + 2 : 2
            return DetailWrap.wrap([Span(line.text, line.role)], width: width, hang: hang)
                .map { (text: $0.map(\.text).joined(), role: line.role) }
        }
    }

    /// The box: up to 84 columns, the whole height between header and footer.
    static func frame(for size: (width: Int, height: Int)) -> Rect {
        let width = min(84, size.width - 2)
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: size.height - 2)
    }

    /// Lines the box holds at a size, and how many it shows at once.
    static func lineCount(keymap: Keymap, language: UILanguage, size: (width: Int, height: Int)) -> (count: Int, visible: Int) {
        let frame = frame(for: size)
        return (wrappedLines(keymap: keymap, language: language, width: max(1, frame.width - 3)).count, max(1, frame.height - 2))
    }

    func draw(_ position: ListPosition, language: UILanguage, on screen: inout Screen) {
        let rect = Self.frame(for: (screen.width, screen.height))
        Box.clearForOverlay(rect, on: &screen)
        let inner = rect.inner
        let lines = Self.wrappedLines(keymap: keymap, language: language, width: max(1, inner.width - 1), unavailable: unavailable)
        let end = min(lines.count, position.selected + inner.height)
        if position.selected < end {
            for index in position.selected..<end {
                screen.write(" " + lines[index].text, x: inner.x, y: inner.y + index - position.selected,
                             width: inner.width, role: lines[index].role)
            }
        }
        // Which lines are on screen, of how many ("1–26/94").
        let shown = lines.isEmpty ? "0" : "\(position.selected + 1)–\(end)/\(lines.count)"
        Box.draw(rect, on: &screen, title: language.t(.keys), focused: true, rightTitle: shown,
                 bottomText: keymap.label(.cancel, in: .help) + " " + language.t(Command.cancel.hint(in: .help)))
    }
}
