/// A country code as the data writes it: ISO 3166-1 alpha-2, except EL for Greece (EU usage).
public struct CountryCode: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A country the model knows: every EU member state, and the European non-EU countries that take part in
/// EU programmes (EFTA, the United Kingdom, candidate countries).
public struct Country: Sendable, Equatable {
    public let code: CountryCode
    /// What NUTS codes in this country start with (UK for the United Kingdom's NUTS 2016 codes).
    public let nutsPrefix: String
    public let isEUMember: Bool
    public let english: String
    /// The name(s) in the country's own language(s).
    public let native: [String]
    public let swedish: String
    public let dutch: String

    /// Every name, English first: for search and display.
    public var allNames: [String] {
        var result = [english]
        for name in native + [swedish, dutch] where !result.contains(name) { result.append(name) }
        return result
    }

    public func name(in language: NameLanguage) -> String {
        switch language {
        case .en: english
        case .sv: swedish
        case .nl: dutch
        case .native: native.first ?? english
        }
    }
}

public enum Countries {
    /// Looks a code up; nil for a code the model does not know.
    public static func named(_ code: CountryCode) -> Country? { byCode[code] }

    public static let euMembers: [Country] = all.filter(\.isEUMember)

    public static let all: [Country] = [
        eu("AT", "Austria", ["Österreich"], sv: "Österrike", nl: "Oostenrijk"),
        eu("BE", "Belgium", ["België", "Belgique", "Belgien"], sv: "Belgien", nl: "België"),
        eu("BG", "Bulgaria", ["България"], sv: "Bulgarien", nl: "Bulgarije"),
        eu("CY", "Cyprus", ["Κύπρος", "Kıbrıs"], sv: "Cypern", nl: "Cyprus"),
        eu("CZ", "Czechia", ["Česko"], sv: "Tjeckien", nl: "Tsjechië"),
        eu("DE", "Germany", ["Deutschland"], sv: "Tyskland", nl: "Duitsland"),
        eu("DK", "Denmark", ["Danmark"], sv: "Danmark", nl: "Denemarken"),
        eu("EE", "Estonia", ["Eesti"], sv: "Estland", nl: "Estland"),
        eu("EL", "Greece", ["Ελλάδα"], sv: "Grekland", nl: "Griekenland"),
        eu("ES", "Spain", ["España"], sv: "Spanien", nl: "Spanje"),
        eu("FI", "Finland", ["Suomi", "Finland"], sv: "Finland", nl: "Finland"),
        eu("FR", "France", ["France"], sv: "Frankrike", nl: "Frankrijk"),
        eu("HR", "Croatia", ["Hrvatska"], sv: "Kroatien", nl: "Kroatië"),
        eu("HU", "Hungary", ["Magyarország"], sv: "Ungern", nl: "Hongarije"),
        eu("IE", "Ireland", ["Éire", "Ireland"], sv: "Irland", nl: "Ierland"),
        eu("IT", "Italy", ["Italia"], sv: "Italien", nl: "Italië"),
        eu("LT", "Lithuania", ["Lietuva"], sv: "Litauen", nl: "Litouwen"),
        eu("LU", "Luxembourg", ["Lëtzebuerg", "Luxembourg", "Luxemburg"], sv: "Luxemburg", nl: "Luxemburg"),
        eu("LV", "Latvia", ["Latvija"], sv: "Lettland", nl: "Letland"),
        eu("MT", "Malta", ["Malta"], sv: "Malta", nl: "Malta"),
        eu("NL", "Netherlands", ["Nederland"], sv: "Nederländerna", nl: "Nederland"),
        eu("PL", "Poland", ["Polska"], sv: "Polen", nl: "Polen"),
        eu("PT", "Portugal", ["Portugal"], sv: "Portugal", nl: "Portugal"),
        eu("RO", "Romania", ["România"], sv: "Rumänien", nl: "Roemenië"),
        eu("SE", "Sweden", ["Sverige"], sv: "Sverige", nl: "Zweden"),
        eu("SI", "Slovenia", ["Slovenija"], sv: "Slovenien", nl: "Slovenië"),
        eu("SK", "Slovakia", ["Slovensko"], sv: "Slovakien", nl: "Slowakije"),
        // Outside the EU. The UK's NUTS 2016 codes start with UK, not GB.
        other("GB", nuts: "UK", "United Kingdom", ["United Kingdom"], sv: "Storbritannien", nl: "Verenigd Koninkrijk"),
        other("NO", "Norway", ["Norge", "Noreg"], sv: "Norge", nl: "Noorwegen"),
        other("CH", "Switzerland", ["Schweiz", "Suisse", "Svizzera"], sv: "Schweiz", nl: "Zwitserland"),
        other("IS", "Iceland", ["Ísland"], sv: "Island", nl: "IJsland"),
        other("LI", "Liechtenstein", ["Liechtenstein"], sv: "Liechtenstein", nl: "Liechtenstein"),
        other("AL", "Albania", ["Shqipëria"], sv: "Albanien", nl: "Albanië"),
        other("BA", "Bosnia and Herzegovina", ["Bosna i Hercegovina"], sv: "Bosnien och Hercegovina", nl: "Bosnië en Herzegovina"),
        other("ME", "Montenegro", ["Crna Gora"], sv: "Montenegro", nl: "Montenegro"),
        other("MK", "North Macedonia", ["Северна Македонија"], sv: "Nordmakedonien", nl: "Noord-Macedonië"),
        other("RS", "Serbia", ["Srbija"], sv: "Serbien", nl: "Servië"),
        other("TR", "Türkiye", ["Türkiye"], sv: "Turkiet", nl: "Turkije"),
        other("UA", "Ukraine", ["Україна"], sv: "Ukraina", nl: "Oekraïne"),
        other("MD", "Moldova", ["Moldova"], sv: "Moldavien", nl: "Moldavië"),
    ]

    private static let byCode: [CountryCode: Country] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The index in `all` of the country whose code is these two capital letters; nil for any other
    /// bytes. Spares a loader making a String and hashing it for each of a hundred thousand territories.
    static func index(ofCode first: UInt8, _ second: UInt8) -> Int? {
        guard let slot = letterSlot(first, second) else { return nil }
        let index = indexByLetters[slot]
        return index < 0 ? nil : Int(index)
    }

    /// The place of two capital letters in `indexByLetters`.
    private static func letterSlot(_ first: UInt8, _ second: UInt8) -> Int? {
        let (a, b) = (Int(first) - 65, Int(second) - 65)
        return (0..<26).contains(a) && (0..<26).contains(b) ? a * 26 + b : nil
    }

    private static let indexByLetters: [Int8] = {
        var table = [Int8](repeating: -1, count: 26 * 26)
        for (index, country) in all.enumerated() {
            // Every code is two capital letters; CountriesTests checks that each is found.
            let letters = Array(country.code.rawValue.utf8)
            if letters.count == 2, let slot = letterSlot(letters[0], letters[1]) { table[slot] = Int8(index) }
        }
        return table
    }()

    private static let indexByCode: [CountryCode: Int] =
        Dictionary(uniqueKeysWithValues: all.enumerated().map { ($0.element.code, $0.offset) })

    /// A set of countries as one bit per known country, for filters that must cost nothing per row.
    public static func mask(_ codes: some Sequence<CountryCode>) -> UInt64 {
        codes.reduce(0) { $0 | (indexByCode[$1].map { 1 << UInt64($0) } ?? 0) }
    }

    private static func eu(_ code: String, _ english: String, _ native: [String], sv: String, nl: String) -> Country {
        Country(code: CountryCode(code), nutsPrefix: code, isEUMember: true, english: english, native: native,
                swedish: sv, dutch: nl)
    }

    private static func other(_ code: String, nuts: String? = nil, _ english: String, _ native: [String],
                              sv: String, nl: String) -> Country {
        Country(code: CountryCode(code), nutsPrefix: nuts ?? code, isEUMember: false, english: english,
                native: native, swedish: sv, dutch: nl)
    }
}
