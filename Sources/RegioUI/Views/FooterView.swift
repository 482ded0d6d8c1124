import RegioModel

/// The bottom line: the search being typed, a message, and the most useful keys for the context.
struct FooterView {
    let keymap: Keymap
    /// Whether a command cannot act in the current state (see `Availability`): its hint is drawn in the
    /// `unavailable` role, and pressing it says why.
    var isUnavailable: (Command) -> Bool = { _ in false }

    func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        let rect = layout.footer
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .statusBar)
        var x = rect.x
        let lang = state.language
        if let prompt = state.exportPrompt, state.help == nil {
            if prompt.confirmingOverwrite {
                x = screen.write(" " + lang.t(.overwriteQuestion, prompt.text) + " ", x: x, y: rect.y, role: .warning)
                screen.write(" " + keyHints([(.yes, .prompt), (.no, .prompt)], lang) + " ", x: x, y: rect.y, role: .statusBar)
            } else {
                x = screen.write(" " + lang.t(.exportPrompt), x: x, y: rect.y, role: .statusBar)
                // A long name shows its end, where the cursor is, and leaves room for the reason it failed.
                let reserved = state.message.map { min(TextWidth.width(of: $0.text) + 4, (rect.maxX - x) / 2) } ?? 0
                x = screen.write(Self.field(prompt.text, room: rect.maxX - x - reserved), x: x, y: rect.y, role: .accent)
                // Why the last Enter did not write (no format, a folder that is not there) stays in
                // view while the name is being fixed; otherwise, the keys.
                if let message = state.message {
                    x = screen.write("  ", x: x, y: rect.y, role: .statusBar)
                    screen.write(" " + message.text + " ", x: x, y: rect.y, role: Self.role(of: message))
                } else {
                    let keys = keyHints([(.confirm, .textEntry), (.clearLine, .textEntry), (.cancel, .textEntry)], lang,
                                        words: [.confirm: lang.t(.write)])
                    screen.write("   " + lang.t(.exportFormats) + "  " + keys, x: x, y: rect.y, role: .statusBar)
                }
            }
            return
        }
        if let input = state.searchInput, state.picker == nil, state.help == nil {
            x = screen.write(" " + lang.t(.searchPrompt, lang.t(input.pane.title).lowercased()), x: x, y: rect.y, role: .statusBar)
            x = screen.write(Self.field(input.text, room: rect.maxX - x - 12), x: x, y: rect.y, role: .accent)
            // ↑↓ bring back earlier searches once there are some.
            let recall: [(Command, KeyContext)] = state.searchHistory.isEmpty ? [] : [(.olderSearch, .textEntry)]
            let keys = keyHints([(.confirm, .textEntry), (.cancel, .textEntry)] + recall, lang,
                                words: [.confirm: lang.t(.keep)])
            x = screen.write("   " + keys, x: x, y: rect.y, role: .statusBar)
            return
        }
        if let message = state.message {
            x = screen.write(" " + message.text + " ", x: x, y: rect.y, role: Self.role(of: message))
            screen.write("│", x: x, y: rect.y, role: .statusBar)
        }
        for hint in hints(state, layout: layout) {
            screen.write(hint.text, x: hint.cells.lowerBound, y: rect.y, role: isUnavailable(hint.command) ? .unavailable : .statusBar)
        }
    }

    /// Typed text and its cursor ▏ in at most `room` cells: when it is longer, "…" and the end of it, so
    /// the cursor stays in view.
    static func field(_ text: String, room: Int) -> String {
        let room = max(4, room)
        guard TextWidth.width(of: text) + 1 > room else { return text + "▏" }
        // From the end, one character at a time: linear in the text, however long a paste is.
        var cells = 0
        var start = text.endIndex
        for index in text.indices.reversed() {
            let width = TextWidth.width(of: text[index])
            if cells + width + 2 > room { break }
            cells += width
            start = index
        }
        return "…" + text[start...] + "▏"
    }

    /// One key hint as placed on the bottom line: its command, its text and the cells it takes.
    struct Hint: Equatable {
        var command: Command
        var text: String
        var cells: Range<Int>
    }

    /// The key hints of the bottom line and where they go, for drawing and for a mouse click on one. Help
    /// and quit always show, at the right; the other hints fill what is left after the message, in table
    /// order. (Not while a search or file name is typed: that line has its own words.)
    func hints(_ state: AppState, layout: Layout) -> [Hint] {
        guard state.exportPrompt == nil || state.help != nil,
              state.searchInput == nil || state.picker != nil || state.help != nil else { return [] }
        let rect = layout.footer
        let lang = state.language
        var x = rect.x
        if let message = state.message {
            // As `Screen.write` places it: the message, then a bar (never past the edge).
            x = min(rect.maxX, x + TextWidth.width(of: (" " + message.text + " ").displaySafe)) + 1
        }
        var hints = keymap.footerHints(for: state.keyContext)
        // With the panes as tabs, the next-pane key is the only way to the others: it comes right after moving.
        if layout.mode == .narrow, state.keyContext == .dashboard,
           let tab = hints.firstIndex(where: { $0.command == .nextPane }), tab > 1 {
            hints.insert(hints.remove(at: tab), at: 1)
        }
        let isTail = { (command: Command) in command == .help || command == .quit }
        let others = hints.filter { !isTail($0.command) }.map { (command: $0.command, text: " \($0.keys) \(lang.t($0.hint)) ") }
        // When not every hint fits, what does not is left out (a later, shorter one may still fit) and
        // help says it has the rest.
        let tail = { (dropped: Bool) in
            hints.filter { isTail($0.command) }.map { hint in
                (command: hint.command, text: " \(hint.keys) \(hint.command == .help && dropped ? lang.t(.moreKeys) : lang.t(hint.hint)) ")
            }
        }
        let width = { (texts: [(command: Command, text: String)]) in texts.reduce(0) { $0 + TextWidth.width(of: $1.text) } }
        var fitting = others
        if width(others) > rect.maxX - x - width(tail(false)) {
            fitting = []
            var left = rect.maxX - x - width(tail(true))
            for hint in others where TextWidth.width(of: hint.text) <= left {
                fitting.append(hint)
                left -= TextWidth.width(of: hint.text)
            }
        }
        var placed: [Hint] = []
        for hint in fitting {
            let cells = TextWidth.width(of: hint.text)
            placed.append(Hint(command: hint.command, text: hint.text, cells: x..<x + cells))
            x += cells
        }
        let ending = tail(fitting.count < others.count)
        if x + width(ending) <= rect.maxX {
            var start = rect.maxX - width(ending)
            for hint in ending {
                let cells = TextWidth.width(of: hint.text)
                placed.append(Hint(command: hint.command, text: hint.text, cells: start..<start + cells))
                start += cells
            }
        }
        return placed
    }

    /// "⏎ keep  Esc cancel  ↑↓ move": each command's key in its context and its hint (or other words).
    private func keyHints(_ commands: [(Command, KeyContext)], _ lang: UILanguage, words: [Command: String] = [:]) -> String {
        commands.map { command, context in
            let keys = command == .moveDown ? keymap.movementLabel(in: context)
                : command == .olderSearch ? keymap.pairLabel(.olderSearch, .newerSearch, in: context)
                : keymap.label(command, in: context)
            return keys + " " + (words[command] ?? lang.t(command.hint))
        }.joined(separator: "  ")
    }

    private static func role(of message: StatusMessage) -> StyleRole {
        message.kind == .error ? .error : message.kind == .warning ? .warning : .statusBar
    }
}
