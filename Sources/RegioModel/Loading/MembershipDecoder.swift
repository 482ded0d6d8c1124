/// Decodes a membership record straight from the bytes, without building a tree, when it is written the
/// usual way: known fields, each once, plain strings, at least one source. It answers false for anything
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
    private static let roles = ShortNames(of: Role.self)
    private static let confidences = ShortNames(of: Confidence.self)
    /// The fields in the order the previous record gave them.
    private var predictedFields = PredictedFields(Self.fields)

    /// The source items of the record being read, kept between records so that reading them allocates nothing.
    private var sourceItems: [SourceItem] = []
    /// The table's handles of the ids read so far, by their bytes.
    private var territoryIDs = MembershipIDs()
    private var initiativeIDs = MembershipIDs()

    /// Decodes the record at the reader and appends it to `table`; false, with no record added, when the
    /// record is not written the usual way. One decoder serves one table (it remembers its source stems).
    mutating func decode(_ reader: inout JSONReader, into table: inout MembershipTable) -> Bool {
        var territory: Int32?, initiative: Int32?, role: Role?, hasSources = false
        // Taken out while reading (and put back after), so that its storage is reused.
        var items = sourceItems
        sourceItems = []
        defer { sourceItems = items }
        var confidence: Confidence?, note: String?, conflict: String?
        let plain = PlainValues.readObject(&reader, fields: &predictedFields) { field, reader in
            switch field {
            case .territory:
                territory = territoryIDs.handle(&reader, &values, in: &table.territoryIDs)
                return territory != nil
            case .initiative:
                initiative = initiativeIDs.handle(&reader, &values, in: &table.initiativeIDs)
                return initiative != nil
            case .role: role = PlainValues.choice(&reader, Self.roles); return role != nil
            case .confidence: confidence = PlainValues.choice(&reader, Self.confidences); return confidence != nil
            case .sources:
                hasSources = values.sourceItems(&reader, into: &items) { table.sourceStem($0) }
                return hasSources
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
        guard plain, let territory, let initiative, let role, hasSources, let confidence else { return false }
        table.append(territoryHandle: territory, initiativeHandle: initiative, role: role, sourceItems: items,
                     confidence: confidence, note: note, conflict: conflict)
        return true
    }
}
