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
        let text: String
        switch self {
        case .en: text = english
        case .sv: text = Translations.swedish[english] ?? english
        case .nl: text = Translations.dutch[english] ?? english
        }
        return Self.filling(text, with: arguments)
    }

    public func t(_ phrase: Phrase, _ arguments: Any...) -> String {
        Self.filling(t(phrase.rawValue), with: arguments)
    }

    /// A count with its noun: `one` for exactly one ("exported 1 row to …"), else `many` ("… 3 rows …");
    /// the count is {0}, the other arguments {1} ….
    public func t(_ count: Int, one: Phrase, many: Phrase, _ arguments: Any...) -> String {
        Self.filling(t(count == 1 ? one : many), with: [count] + arguments)
    }

    /// `template` with each `{n}` replaced by argument n, in one pass over its bytes (a detail page says
    /// "via …" on each of a thousand rows; Foundation's search and replace cost microseconds a call). A
    /// placeholder that arrives inside an argument stays as it is.
    static func filling(_ template: String, with arguments: [Any]) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16 * arguments.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{") {
                var end = index + 1
                var number = 0
                while end < bytes.count, end - index <= 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "}"), number < arguments.count {
                    // Most arguments are names or counts: appended without formatting an Any, whose first
                    // use of each type asks the runtime which printing protocols it conforms to.
                    if let text = arguments[number] as? String { result.append(contentsOf: text.utf8) }
                    else if let count = arguments[number] as? Int { result.append(contentsOf: String(count).utf8) }
                    else { result.append(contentsOf: "\(arguments[number])".utf8) }
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A territory's name in this language where the data has one, else its English name.
    /// In English, the record's main name (the data's `en` entry is sometimes a shorter form).
    public func name(of territory: Territory) -> String {
        self == .en ? territory.name : territory.name(in: nameLanguage) ?? territory.name
    }

    /// The same for the store's territory `index`, read in place: a table cell asks for dozens of names
    /// a frame, and copying the whole record for each cost more than the rest of the cell.
    public func name(ofTerritory index: Int, in store: Store) -> String {
        store.name(ofTerritory: index, in: self == .en ? nil : nameLanguage)
    }

    public func name(of country: Country) -> String { country.name(in: nameLanguage) }
}
