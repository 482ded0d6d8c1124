/// Decodes a territory record straight from the bytes when it is written the usual way (see
/// `MembershipDecoder`): known fields, each once, plain strings, names in known languages, a known
/// country, a well-formed NUTS code of that country, at least one source. Anything else, including a
/// repeated id, which the caller checks, goes the general way and is reported there.
struct TerritoryDecoder {
    private var values = PlainValues()

    private enum Field: Int {
        case id, kind, name, names, country, nuts, nutsNote, sources, confidence, note, conflict
    }

    private static let fields: [([UInt8], Field)] = [
        ("id", Field.id), ("kind", .kind), ("name", .name), ("names", .names), ("country", .country), ("nuts", .nuts),
        ("nuts_note", .nutsNote), ("sources", .sources), ("confidence", .confidence), ("note", .note), ("conflict", .conflict),
    ].map { (name: String, field: Field) in (Array(name.utf8), field) }
    private static let kinds = PlainValues.names(of: TerritoryKind.self)
    private static let confidences = PlainValues.names(of: Confidence.self)
    private static let languageFields: [([UInt8], LanguageField)] = NameLanguage.allCases.enumerated().map {
        (Array($0.element.rawValue.utf8), LanguageField(rawValue: $0.offset))
    }

    /// A language as a field of the `names` object.
    private struct LanguageField: RawRepresentable {
        var rawValue: Int
        var language: NameLanguage { NameLanguage.allCases[rawValue] }
    }

    mutating func decode(_ reader: inout JSONReader) -> Territory? {
        var id: String?, kind: TerritoryKind?, name: String?, names: [LocalizedName] = [], country: Country?
        var nuts: String?, nutsNote: String?, sources: [String]?, confidence: Confidence?, note: String?
        var conflict: String?
        let plain = PlainValues.readObject(&reader, fields: Self.fields) { field, reader in
            switch field {
            case .id: id = values.nonBlankText(&reader, unique: true); return id != nil
            case .kind: kind = PlainValues.choice(&reader, Self.kinds); return kind != nil
            case .name: name = values.nonBlankText(&reader, unique: true); return name != nil
            case .names:
                return PlainValues.readObject(&reader, fields: Self.languageFields) { language, reader in
                    guard let text = values.nonBlankText(&reader, unique: true) else { return false }
                    names.append(LocalizedName(language.language, text))
                    return true
                }
            case .country:
                country = Self.country(&reader)
                return country != nil
            case .nuts:
                guard let text = values.optionalText(&reader) else { return false }
                nuts = text
                return true
            case .nutsNote:
                guard let text = values.optionalText(&reader) else { return false }
                nutsNote = text
                return true
            case .sources:
                sources = values.sourceList(&reader)
                return sources != nil
            case .confidence: confidence = PlainValues.choice(&reader, Self.confidences); return confidence != nil
            case .note:
                guard let text = values.optionalText(&reader) else { return false }
                note = text
                return true
            case .conflict:
                // A blank conflict goes the long way, which reports it.
                conflict = values.nonBlankText(&reader)
                return conflict != nil
            }
        }
        guard plain, let id, let kind, let name, let country, let sources, let confidence else { return nil }
        if let nuts, !Self.isNUTS(nuts, of: country) { return nil }
        // Usually written in order already: sorting a new array for each territory cost more than checking.
        if zip(names, names.dropFirst()).contains(where: { $1.language < $0.language }) { names.sort { $0.language < $1.language } }
        return Territory(id: id, kind: kind, name: name, names: names,
                         country: country.code, nuts: nuts, nutsNote: nutsNote, sources: sources,
                         confidence: confidence, note: note, conflict: conflict)
    }

    /// The known country whose two-letter code is the plain string at the reader (anything else goes the
    /// general way).
    private static func country(_ reader: inout JSONReader) -> Country? {
        guard let range = reader.plainString(), range.count == 2,
              let index = Countries.index(ofCode: reader.bytes[range.lowerBound], reader.bytes[range.lowerBound + 1])
        else { return nil }
        return Countries.all[index]
    }

    /// What the general path accepts without a word: 2 to 5 upper-case letters and digits starting with
    /// the country's NUTS prefix.
    private static func isNUTS(_ nuts: String, of country: Country) -> Bool {
        (2...5).contains(nuts.utf8.count)
            && nuts.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && nuts.hasPrefix(country.nutsPrefix)
    }
}
