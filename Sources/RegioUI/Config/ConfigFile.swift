import RegioModel

/// The user's `config.toml`: `theme`, `language`, `color`, `mouse` and a `[keys]` table. A mistake never stops
/// regio: each problem is collected with its line and column, and everything valid still applies.
public struct ConfigFile: Sendable {
    public var theme: String?
    /// "auto", "always" or "never".
    public var color: String?
    public var language: UILanguage?
    /// false turns the mouse off (clicks then select text in the terminal, as without regio).
    public var mouse: Bool?
    public var keymap: Keymap = .standard
    public var problems: [ConfigProblem] = []

    static let settings = ["theme", "language", "color", "mouse", "keys"]

    public init() {}

    public init(parsing text: String, file: String) {
        let entries: [TOMLEntry]
        do throws(TOMLSyntaxError) {
            entries = try MiniTOML.parse(text)
        } catch {
            problems.append(ConfigProblem(file: file, position: error.position, message: error.message))
            return
        }
        for entry in entries {
            switch (entry.key, entry.value) {
            case ("theme", .string(let name)): theme = name
            case ("color", .string(let value)) where ["auto", "always", "never"].contains(value): color = value
            case ("color", _):
                problems.append(ConfigProblem(file: file, position: entry.valuePosition, message: "color must be \"auto\", \"always\" or \"never\""))
            case ("language", .string(let code)) where UILanguage(rawValue: code) != nil: language = UILanguage(rawValue: code)
            case ("language", _):
                let codes = UILanguage.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(ConfigProblem(file: file, position: entry.valuePosition, message: "language must be one of \(codes)"))
            case ("mouse", .boolean(let on)): mouse = on
            case ("mouse", _):
                problems.append(ConfigProblem(file: file, position: entry.valuePosition, message: "mouse must be true or false"))
            case ("keys", .table(let table)):
                let applied = keymap.applying(keys: table, file: file)
                keymap = applied.keymap
                problems += applied.problems
            case ("theme", _), ("keys", _):
                problems.append(ConfigProblem(file: file, position: entry.valuePosition,
                                              message: "'\(entry.key)' must be \(entry.key == "keys" ? "a table: [keys]" : "a string")"))
            default:
                let hint = Suggest.closest(to: entry.key, among: Self.settings).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(ConfigProblem(file: file, position: entry.keyPosition,
                                              message: "unknown setting '\(entry.key)'\(hint); known: theme, language, color, mouse, [keys]"))
            }
        }
    }
}
