/// Decodes a membership record straight from the bytes, without building a tree, when it is written the
/// usual way: known fields, each once, plain strings, at least one source. It answers nil for anything
/// else, and the caller then takes the general path, which reports every problem. So this is only ever a
/// shortcut to the same result.
struct MembershipDecoder {
    private var values = PlainValues()

    private enum Field: Int {
        case territory, initiative, role, sources, confidence, note, conflict
    }

    private static let fields: [([UInt8], Field)] = [
        ("territory", Field.territory), ("initiative", .initiative), ("role", .role), ("sources", .sources),
        ("confidence", .confidence), ("note", .note), ("conflict", .conflict),
    ].map { (name: String, field: Field) in (Array(name.utf8), field) }
    private static let roles = PlainValues.names(of: Role.self)
    private static let confidences = PlainValues.names(of: Confidence.self)

    mutating func decode(_ reader: inout JSONReader) -> Membership? {
        var territory: String?, initiative: String?, role: Role?, sources: [String]?
        var confidence: Confidence?, note: String?, conflict: String?
        let plain = PlainValues.readObject(&reader, fields: Self.fields) { field, reader in
            switch field {
            case .territory: territory = values.nonBlankText(&reader); return territory != nil
            case .initiative: initiative = values.nonBlankText(&reader); return initiative != nil
            case .role: role = PlainValues.choice(&reader, Self.roles); return role != nil
            case .confidence: confidence = PlainValues.choice(&reader, Self.confidences); return confidence != nil
            case .sources: sources = values.sourceList(&reader); return sources != nil
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
        guard plain, let territory, let initiative, let role, let sources, let confidence else { return nil }
        return Membership(territory: territory, initiative: initiative, role: role, sources: sources,
                          confidence: confidence, note: note, conflict: conflict)
    }
}
