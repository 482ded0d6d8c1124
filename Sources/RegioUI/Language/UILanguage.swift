import Foundation
import RegioModel

/// The language of the interface: English, Swedish or Dutch (the languages of the seed material).
/// English texts are the keys; Swedish and Dutch come from one table per language, and a test checks
/// that every text the interface shows has an entry in each.
public enum UILanguage: String, CaseIterable, Sendable {
    case en, sv, nl

    /// From `--lang`, else LC_ALL, LC_MESSAGES or LANG (sv_SE.UTF-8 → sv, nl_BE → nl), else English.
    public static func from(environment: [String: String]) -> UILanguage {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return UILanguage(rawValue: String(value.prefix(2)).lowercased()) ?? .en
        }
        return .en
    }

    /// The data's language for names shown in this interface language.
    public var nameLanguage: NameLanguage {
        switch self {
        case .en: .en
        case .sv: .sv
        case .nl: .nl
        }
    }

    /// The translation of an English text, with `{0}`, `{1}` … replaced by the arguments.
    public func t(_ english: String, _ arguments: Any...) -> String {
        var text: String
        switch self {
        case .en: text = english
        case .sv: text = Translations.swedish[english] ?? english
        case .nl: text = Translations.dutch[english] ?? english
        }
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: "\(argument)")
        }
        return text
    }

    public func t(_ phrase: Phrase, _ arguments: Any...) -> String {
        var text = t(phrase.rawValue)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: "\(argument)")
        }
        return text
    }

    /// A count with its noun: `one` for exactly one ("exported 1 row to …"), else `many` ("… 3 rows …");
    /// the count is {0}, the other arguments {1} ….
    public func t(_ count: Int, one: Phrase, many: Phrase, _ arguments: Any...) -> String {
        var text = t(count == 1 ? one : many, count)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: "\(argument)")
        }
        return text
    }

    /// A territory's name in this language where the data has one, else its English name.
    /// In English, the record's main name (the data's `en` entry is sometimes a shorter form).
    public func name(of territory: Territory) -> String {
        self == .en ? territory.name : territory.name(in: nameLanguage) ?? territory.name
    }

    public func name(of country: Country) -> String { country.name(in: nameLanguage) }
}
