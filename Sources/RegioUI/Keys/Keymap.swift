import Foundation
import RegioModel

/// Where a key press is interpreted: each context has its own bindings.
public enum KeyContext: String, CaseIterable, Sendable {
    case dashboard, detail, picker, map, prompt, help, loading
    /// Typing text: a search, an export file name, the picker's filter. Printable characters are text;
    /// these bindings edit it or end it, and other keys go to the context underneath.
    case textEntry

    public var title: String {
        switch self {
        case .dashboard: "Dashboard (lists)"
        case .detail: "Detail view"
        case .picker: "Member-state picker"
        case .map: "Member-state map"
        case .prompt: "Export prompt"
        case .help: "Help"
        case .loading: "Loading"
        case .textEntry: "Typing (search, file name, member-state filter)"
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
    public internal(set) var bindings: [KeyContext: [Binding]]

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
            bind(.halfPageUp, [.control("u")]),
            bind(.halfPageDown, [.control("d")]),
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
                bind(.sort, [.character("s"), .character(">")], footer: true),
                bind(.sortPrevious, [.character("<")]),
                bind(.reverseSort, [.character("S")]),
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
                bind(.halfPageUp, [.control("u")]),
                bind(.halfPageDown, [.control("d")]),
                bind(.cancel, [.escape, .character("?"), .character("q"), .enter], footer: true),
                bind(.suspend, [.control("z")]),
            ],
            .textEntry: [
                bind(.confirm, [.enter], footer: true),
                bind(.cancel, [.escape], footer: true),
                bind(.erase, [.backspace, .delete]),
                bind(.clearLine, [.control("u")], footer: true),
                // Only in a search: in the picker the arrows move through the member states.
                bind(.olderSearch, [.up]),
                bind(.newerSearch, [.down]),
            ],
            // While a data folder loads, only leaving makes sense, for good or for a while.
            .loading: [
                bind(.quit, [.character("q")], footer: true),
                bind(.cancel, [.escape]),
                bind(.suspend, [.control("z")]),
            ],
        ])
    }()

    /// How hints and messages name a command's key in a context: its first key, compactly (`↓`, `⏎`, `c`).
    public func label(_ command: Command, in context: KeyContext) -> String {
        keys(for: command, in: context).first?.shortName ?? command.rawValue
    }

    /// The moving keys as one hint: `↑↓` by default, `k/j` when the first keys are rebound to letters.
    public func movementLabel(in context: KeyContext) -> String {
        pairLabel(.moveUp, .moveDown, in: context)
    }

    /// Two opposite commands as one hint: `↑↓`, or `k/j` when they are not single symbols.
    public func pairLabel(_ first: Command, _ second: Command, in context: KeyContext) -> String {
        let one = label(first, in: context), other = label(second, in: context)
        return one.count == 1 && other.count == 1 && one.first!.isSymbol ? one + other : one + "/" + other
    }

    /// Footer hints for a context: "↑↓ move  ⏎ open  / search …", in table order.
    public func footerHints(for context: KeyContext) -> [(command: Command, keys: String, hint: String)] {
        (bindings[context] ?? []).filter(\.inFooter).compactMap { binding in
            guard let key = binding.keys.first else { return nil }
            let keys = binding.command == .moveDown ? movementLabel(in: context) : key.shortName
            return (binding.command, keys, binding.command.hint(in: context))
        }
    }
}
