import Foundation

/// `regio keys` and the man page's DASHBOARD KEYS section, generated from the keymap like the footer, the help overlay
/// and the README's key table, so that the page cannot drift from the keys.
extension Keymap {
    /// mdoc source: one subsection per context, a tagged list of keys and what they do.
    public func manualSection() -> String {
        var lines = [
            ".Sh DASHBOARD KEYS",
            "Press", ".Sy ?\\&", "in the dashboard for this list.",
            "Keys can be rebound in the [keys] table of",
            ".Pa ~/.config/regio/config.toml .",
            ".Pp",
            "The mouse: a click selects a row and focuses its pane, a double click opens it, the wheel scrolls",
            "the list or detail under the pointer, a click on a column header sorts by it (again: the other way",
            "round), and a click on a key hint in the footer does what the key does.",
            ".Fl -no-mouse",
            "or",
            ".Ql mouse = false",
            "in config.toml leaves the mouse to the terminal.",
        ]
        for context in KeyContext.allCases {
            guard let contextBindings = bindings[context], !contextBindings.isEmpty else { continue }
            lines.append(".Ss " + Self.mdocText(context.title))
            lines.append(".Bl -tag -width 12n -compact")
            for binding in contextBindings {
                lines.append(".It " + binding.keys.map { "Sy " + Self.mdocArgument($0.name) }.joined(separator: " Ns , "))
                lines.append(Self.mdocText(binding.command.summary(in: context)))
            }
            lines.append(".El")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same list as plain text, for `regio keys`.
    public func plainTextListing() -> String {
        var lines: [String] = []
        for context in KeyContext.allCases {
            guard let contextBindings = bindings[context], !contextBindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(context.title)
            for binding in contextBindings {
                let keys = binding.keys.map(\.name).joined(separator: ", ")
                lines.append("  " + keys.padding(toLength: max(14, keys.count + 2), withPad: " ", startingAt: 0)
                             + binding.command.summary(in: context))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text line: a backslash is `\e`, and a leading `.` or `'` would start a request.
    static func mdocText(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// A macro argument: quoted, with `\&` in front so that `,` `.` `|` or a macro name stay literal.
    static func mdocArgument(_ text: String) -> String {
        "\"\\&" + text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}
