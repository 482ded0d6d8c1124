import Foundation
import RegioModel

/// Where a key press is interpreted: each context has its own bindings.
public enum KeyContext: String, CaseIterable, Sendable {
    case dashboard, detail, picker, map, prompt, help, loading

    public var title: String {
        switch self {
        case .dashboard: "Dashboard (lists)"
        case .detail: "Detail view"
        case .picker: "Member-state picker"
        case .map: "Member-state map"
        case .prompt: "Export prompt"
        case .help: "Help"
        case .loading: "Loading"
        }
    }
}

/// One binding: the keys of a command in a context, and whether the footer advertises it.
public struct Binding: Equatable, Sendable {
    public var command: Command
    public var keys: [Key]
    public var inFooter: Bool
}

/// The single table from keys to commands. The footer, the help overlay and the README's key table are
/// all generated from it, so they cannot drift apart.
public struct Keymap: Sendable {
    public private(set) var bindings: [KeyContext: [Binding]]

    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings[context]?.first(where: { $0.keys.contains(key) })?.command
    }

    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        bindings[context]?.first(where: { $0.command == command })?.keys ?? []
    }

    public static let standard: Keymap = {
        func bind(_ command: Command, _ keys: [Key], footer: Bool = false) -> Binding {
            Binding(command: command, keys: keys, inFooter: footer)
        }
        let movement = [
            bind(.moveUp, [.up, .character("k")]),
            bind(.moveDown, [.down, .character("j")], footer: true),
            bind(.pageUp, [.pageUp, .control("b")]),
            bind(.pageDown, [.pageDown, .control("f")]),
            bind(.goTop, [.home, .character("g")]),
            bind(.goBottom, [.end, .character("G")]),
        ]
        return Keymap(bindings: [
            .dashboard: movement + [
                bind(.open, [.enter], footer: true),
                bind(.search, [.character("/")], footer: true),
                bind(.pickMemberStates, [.character("f"), .character("m")], footer: true),
                bind(.clearFilters, [.character("c")], footer: true),
                bind(.nextPane, [.tab], footer: true),
                bind(.previousPane, [.backTab]),
                bind(.expand, [.right, .character("l")]),
                bind(.collapse, [.left, .character("h")]),
                bind(.sort, [.character("s")], footer: true),
                bind(.cycleTheme, [.character("t")]),
                bind(.findPartners, [.character("p")], footer: true),
                bind(.markCompare, [.character("x")], footer: true),
                bind(.showMap, [.character("o")], footer: true),
                bind(.export, [.character("e")], footer: true),
                bind(.copyRow, [.character("y")]),
                bind(.back, [.escape]),
                bind(.help, [.character("?")], footer: true),
                bind(.quit, [.character("q")], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            .detail: movement + [
                bind(.open, [.enter, .right, .character("l")], footer: true),
                bind(.back, [.escape, .backspace, .left, .character("h")], footer: true),
                bind(.findPartners, [.character("p")], footer: true),
                bind(.markCompare, [.character("x")], footer: true),
                bind(.export, [.character("e")], footer: true),
                bind(.copyRow, [.character("y")]),
                bind(.cycleTheme, [.character("t")]),
                bind(.help, [.character("?")], footer: true),
                bind(.quit, [.character("q")], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            .picker: [
                bind(.moveUp, [.up]),
                bind(.moveDown, [.down], footer: true),
                bind(.pageUp, [.pageUp]),
                bind(.pageDown, [.pageDown]),
                bind(.goTop, [.home]),
                bind(.goBottom, [.end]),
                bind(.toggleMark, [.character(" ")], footer: true),
                bind(.confirm, [.enter], footer: true),
                bind(.cancel, [.escape], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            .map: [
                bind(.moveUp, [.up, .character("k")]),
                bind(.moveDown, [.down, .character("j")], footer: true),
                bind(.collapse, [.left, .character("h")]),
                bind(.expand, [.right, .character("l")]),
                bind(.confirm, [.enter], footer: true),
                bind(.cancel, [.escape, .character("o"), .character("q")], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            .prompt: [
                bind(.confirm, [.enter], footer: true),
                bind(.cancel, [.escape], footer: true),
                bind(.yes, [.character("y")]),
                bind(.no, [.character("n")]),
                bind(.suspend, [.control("z")]),
            ],
            .help: [
                bind(.moveUp, [.up, .character("k")]),
                bind(.moveDown, [.down, .character("j")], footer: true),
                bind(.pageUp, [.pageUp]),
                bind(.pageDown, [.pageDown]),
                bind(.cancel, [.escape, .character("?"), .character("q"), .enter], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            // While a data folder loads, only leaving makes sense.
            .loading: [
                bind(.quit, [.character("q")], footer: true),
                bind(.cancel, [.escape]),
            ],
        ])
    }()

    /// Footer hints for a context: "↓ move  ⏎ open  / search …", in table order.
    public func footerHints(for context: KeyContext) -> [(keys: String, hint: String)] {
        (bindings[context] ?? []).filter(\.inFooter).compactMap { binding in
            guard let key = binding.keys.first else { return nil }
            let keys = binding.command == .moveDown ? "↑↓" : key.shortName
            return (keys, binding.command.hint)
        }
    }
}

// MARK: - The user's key config

/// An error in the key config, with the line it is on.
public struct KeyConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

extension Keymap {
    /// Applies a key config: lines `command = key key …` (blank lines and `#` comments allowed). The keys
    /// replace the command's default keys in every context that has the command. Collects every error.
    public func applying(config text: String, file: String) -> (keymap: Keymap, errors: [KeyConfigError]) {
        var result = self
        var errors: [KeyConfigError] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let number = offset + 1
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard parts.count == 2, !parts[0].isEmpty else {
                errors.append(KeyConfigError(file: file, line: number,
                                             message: "expected 'command = key key …', e.g. 'move-down = j Down'"))
                continue
            }
            guard let command = Command(rawValue: parts[0]) else {
                let names = Command.allCases.map(\.rawValue)
                let hint = Suggest.closest(to: parts[0], among: names).map { " (did you mean '\($0)'?)" } ?? ""
                errors.append(KeyConfigError(file: file, line: number,
                                             message: "unknown command '\(parts[0])'\(hint); commands: \(names.joined(separator: ", "))"))
                continue
            }
            var keys: [Key] = []
            for name in parts[1].split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if let key = Key(name: String(name)) { keys.append(key) } else {
                    errors.append(KeyConfigError(file: file, line: number,
                                                 message: "unknown key '\(name)'; keys are single characters, C-x, F1–F24, "
                                                    + "Up Down Left Right PgUp PgDn Home End Enter Esc Backspace Delete Tab S-Tab Space"))
                }
            }
            guard !keys.isEmpty else {
                if errors.last?.line != number {
                    errors.append(KeyConfigError(file: file, line: number, message: "no keys given for '\(command.rawValue)'"))
                }
                continue
            }
            result.rebind(command, to: keys)
        }
        return (result, errors)
    }

    private mutating func rebind(_ command: Command, to keys: [Key]) {
        for context in KeyContext.allCases {
            guard var list = bindings[context], let index = list.firstIndex(where: { $0.command == command }) else { continue }
            // A key can do one thing per context: take it away from whatever had it before.
            for other in list.indices where other != index { list[other].keys.removeAll(where: keys.contains) }
            list[index].keys = keys
            bindings[context] = list
        }
    }
}
