import RegioModel

/// A problem in a theme file, with where it is and what would be valid.
public struct ThemeProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: TOMLPosition?
    public var message: String
    public var description: String { file + (position.map { ":\($0)" } ?? "") + ": " + message }
}

/// A theme as written in a file, before inheritance is resolved.
public struct ThemeDefinition: Equatable, Sendable {
    public var name: String
    public var kind: Theme.Kind
    public var inherits: String?
    public var styles: [StyleRole: RoleStyle]
    public var file: String
}

/// Reads theme files (TOML, shaped like helix themes):
///
///     name = "light"
///     kind = "light"            # dark | light
///     inherits = "default"      # optional
///     [palette]
///     ink = "#1b1b1b"
///     [roles]
///     text = { fg = "ink", bg = "default" }
///     selection = { fg = "white", bg = "#0b5cad", bold = true }
///
/// Colours are `default` (the terminal's own), `#RRGGBB`, one of the 16 ANSI names, 0–255, or a palette
/// name. Every problem is reported with its line and column and the valid names.
public enum ThemeFile {
    /// Problems reported in full per file; more are counted.
    public static let maximumProblems = 20
    static let topLevelKeys = ["name", "kind", "inherits", "palette", "roles"]
    static let styleKeys = ["fg", "bg", "bold", "dim", "underline", "reverse", "italic"]
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                                   "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
                                   "bright-magenta", "bright-cyan", "bright-white"]

    public static func parse(_ text: String, file: String) -> (definition: ThemeDefinition?, problems: [ThemeProblem]) {
        let entries: [TOMLEntry]
        do throws(TOMLSyntaxError) {
            entries = try MiniTOML.parse(text)
        } catch {
            return (nil, [ThemeProblem(file: file, position: error.position, message: "TOML syntax: " + error.message)])
        }
        var problems: [ThemeProblem] = []
        var unshown = 0
        // A hostile file can hold 100,000 mistakes; the first few are what a person reads, and building
        // each message (with its suggestions) costs work, so the rest are only counted.
        func problem(_ position: TOMLPosition, _ message: @autoclosure () -> String) {
            guard problems.count < maximumProblems else { unshown += 1; return }
            problems.append(ThemeProblem(file: file, position: position, message: message()))
        }
        func string(_ entry: TOMLEntry) -> String? {
            if case .string(let text) = entry.value { return text }
            problem(entry.valuePosition, "'\(entry.key)' must be a string, found \(entry.value.typeName)")
            return nil
        }

        var name: String?
        var kind: Theme.Kind = .dark
        var inherits: String?
        var palette: [String: ThemeColor] = [:]
        var roleEntries: [TOMLEntry] = []
        for entry in entries {
            switch entry.key {
            case "name": name = string(entry)
            case "kind":
                if let text = string(entry) {
                    if let value = Theme.Kind(rawValue: text) { kind = value }
                    else { problem(entry.valuePosition, "unknown kind '\(text)'; expected dark or light") }
                }
            case "inherits": inherits = string(entry)
            case "palette":
                guard case .table(let colours) = entry.value else {
                    problem(entry.valuePosition, "'palette' must be a table of colours"); continue
                }
                for colour in colours {
                    guard let text = string(colour) else { continue }
                    if let value = parseColor(text, palette: [:]) { palette[colour.key] = value }
                    else { problem(colour.valuePosition, invalidColor(text, palette: [:])) }
                }
            case "roles":
                guard case .table(let roles) = entry.value else {
                    problem(entry.valuePosition, "'roles' must be a table"); continue
                }
                roleEntries = roles
            default:
                problem(entry.keyPosition, "unknown key '\(entry.key)'\(hint(entry.key, topLevelKeys)); valid keys: "
                        + topLevelKeys.joined(separator: ", "))
            }
        }

        var styles: [StyleRole: RoleStyle] = [:]
        let roleNames = StyleRole.allCases.map(\.rawValue)
        for entry in roleEntries {
            guard let role = StyleRole(rawValue: entry.key) else {
                problem(entry.keyPosition, "unknown role '\(entry.key)'\(hint(entry.key, roleNames)); valid roles: "
                        + roleNames.joined(separator: ", "))
                continue
            }
            var style = RoleStyle()
            switch entry.value {
            case .string(let text):
                // A bare colour is the foreground, as in helix.
                if let colour = parseColor(text, palette: palette) { style.foreground = colour }
                else { problem(entry.valuePosition, invalidColor(text, palette: palette)) }
            case .table(let fields):
                for field in fields {
                    switch field.key {
                    case "fg", "bg":
                        guard let text = string(field) else { continue }
                        if let colour = parseColor(text, palette: palette) {
                            if field.key == "fg" { style.foreground = colour } else { style.background = colour }
                        } else {
                            problem(field.valuePosition, invalidColor(text, palette: palette))
                        }
                    case "bold", "dim", "underline", "reverse", "italic":
                        guard case .boolean(let on) = field.value else {
                            problem(field.valuePosition, "'\(field.key)' must be true or false, found \(field.value.typeName)")
                            continue
                        }
                        let attribute: Attributes = switch field.key {
                        case "bold": .bold
                        case "dim": .dim
                        case "underline": .underline
                        case "reverse": .reverse
                        default: .italic
                        }
                        if on { style.attributes.insert(attribute) }
                    default:
                        problem(field.keyPosition, "unknown style key '\(field.key)'\(hint(field.key, styleKeys)); valid keys: "
                                + styleKeys.joined(separator: ", "))
                    }
                }
            default:
                problem(entry.valuePosition, "role '\(entry.key)' must be a colour or a table like { fg = \"white\", bold = true }")
            }
            styles[role] = style
        }
        if unshown > 0 {
            problems.append(ThemeProblem(file: file, position: nil, message: "\(unshown) more problem\(unshown == 1 ? "" : "s") not shown"))
        }
        guard let name, !name.isEmpty else {
            if problems.isEmpty || !problems.contains(where: { $0.message.contains("'name'") }) {
                problems.append(ThemeProblem(file: file, position: TOMLPosition(line: 1, column: 1),
                                             message: "missing 'name'; add name = \"…\" at the top"))
            }
            return (nil, problems)
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (ThemeDefinition(name: name, kind: kind, inherits: inherits, styles: styles, file: file), [])
    }

    /// `default`, `#RRGGBB`, an ANSI name, 0–255, or a palette name.
    public static func parseColor(_ text: String, palette: [String: ThemeColor]) -> ThemeColor? {
        let lower = text.lowercased()
        if lower == "default" || lower == "reset" { return .terminalDefault }
        if let colour = palette[text] { return colour }
        if let index = ansiNames.firstIndex(of: lower) { return .ansi(index) }
        if lower == "gray" || lower == "grey" { return .ansi(8) }
        if let number = Int(text), (0...255).contains(number) { return number < 16 ? .ansi(number) : .indexed(number) }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }

    static func invalidColor(_ text: String, palette: [String: ThemeColor]) -> String {
        var message = "unknown colour '\(text)'"
        // A palette is a handful of names; a huge one is neither searched for suggestions nor listed whole.
        let paletteNames = palette.count <= 200 ? palette.keys.sorted() : []
        message += hint(text, ansiNames + paletteNames + ["default"])
        message += "; expected default, #RRGGBB, 0–255, one of " + ansiNames.joined(separator: " ")
        if !paletteNames.isEmpty { message += ", or a palette name: " + paletteNames.joined(separator: " ") }
        else if !palette.isEmpty { message += ", or one of the \(palette.count) palette names" }
        return message
    }

    private static func hint(_ text: String, _ candidates: [String]) -> String {
        guard let suggestion = Suggest.closest(to: text, among: candidates) else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }
}
