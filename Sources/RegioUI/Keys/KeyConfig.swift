import RegioModel

/// A problem in the user's config file, with where it is: `file:line:column: message`.
public struct ConfigProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: TOMLPosition
    public var message: String
    public var description: String { "\(file):\(position): \(message)" }

    public init(file: String, position: TOMLPosition, message: String) {
        self.file = file; self.position = position; self.message = message
    }
}

extension Keymap {
    /// The spellings a config file may use for keys, for messages and suggestions.
    static let keyNameHelp = "keys are single characters, C-x, F1–F24, Up Down Left Right PgUp PgDn Home End Enter Esc "
        + "Backspace Delete Tab S-Tab Space"

    /// Applies the `[keys]` table of config.toml: command names as keys, arrays of key names as values
    /// (`search = ["/", "F3"]`; one string is a one-key array). A command's keys replace its default keys
    /// in every context that has the command. Every problem is collected; everything valid still applies.
    public func applying(keys table: [TOMLEntry], file: String) -> (keymap: Keymap, problems: [ConfigProblem]) {
        var result = self
        var problems: [ConfigProblem] = []
        let names = Command.allCases.map(\.rawValue)
        for entry in table {
            guard let command = Command(rawValue: entry.key) else {
                let hint = Suggest.closest(to: entry.key, among: names).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(ConfigProblem(file: file, position: entry.keyPosition,
                                              message: "unknown command '\(entry.key)'\(hint); commands: \(names.joined(separator: ", "))"))
                continue
            }
            let elements: [TOMLArrayElement]
            switch entry.value {
            case .array(let list): elements = list
            case .string: elements = [TOMLArrayElement(value: entry.value, position: entry.valuePosition)]
            default:
                problems.append(ConfigProblem(file: file, position: entry.valuePosition,
                                              message: "expected an array of key names, e.g. \(entry.key) = [\"j\", \"Down\"]"))
                continue
            }
            var keys: [Key] = []
            for element in elements {
                guard case .string(let name) = element.value else {
                    problems.append(ConfigProblem(file: file, position: element.position,
                                                  message: "expected a key name in quotes, got \(element.value.typeName)"))
                    continue
                }
                guard let key = Key(name: name) else {
                    let hint = Suggest.closest(to: name, among: Self.spelledKeys).map { " (did you mean '\($0)'?)" } ?? ""
                    problems.append(ConfigProblem(file: file, position: element.position,
                                                  message: "unknown key '\(name)'\(hint); \(Self.keyNameHelp)"))
                    continue
                }
                keys.append(key)
            }
            if keys.isEmpty && elements.isEmpty {
                problems.append(ConfigProblem(file: file, position: entry.valuePosition, message: "no keys given for '\(entry.key)'"))
            }
            if !keys.isEmpty { result.rebind(command, to: keys) }
        }
        return (result, problems)
    }

    /// Named keys, for "did you mean" (single characters are always valid).
    private static let spelledKeys = ["Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Enter", "Esc",
                                      "Backspace", "Delete", "Tab", "S-Tab", "Space"] + (1...24).map { "F\($0)" }

    private mutating func rebind(_ command: Command, to keys: [Key]) {
        var bindings = self.bindings
        for context in KeyContext.allCases {
            guard var list = bindings[context], let index = list.firstIndex(where: { $0.command == command }) else { continue }
            // A key can do one thing per context: take it away from whatever had it before.
            for other in list.indices where other != index { list[other].keys.removeAll(where: keys.contains) }
            list[index].keys = keys
            bindings[context] = list
        }
        self = Keymap(bindings: bindings)
    }
}
