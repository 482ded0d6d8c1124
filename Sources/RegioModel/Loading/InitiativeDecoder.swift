/// Decodes an initiative record straight from the bytes when it is written the usual way (see
/// `MembershipDecoder`): known fields, each once, a known kind, a well-formed start, at least one source
/// as plain strings. Unlike the other fast paths it reads strings with escapes too (an imported
/// project's title often quotes), with the parser's own `parseString`, so the text is the general
/// path's. Counts, counts' sources, a note and anything unusual, including a repeated id, which the
/// caller checks, go the general way and are reported there.
struct InitiativeDecoder {
    private enum Field: Int {
        case id, kind, name, description, parent, started, sources, sameAs, related, leadNote, conflict
    }

    private static let fields: [([UInt8], Field)] = [
        ("id", Field.id), ("kind", .kind), ("name", .name), ("description", .description), ("parent", .parent),
        ("started", .started), ("sources", .sources), ("same_as", .sameAs), ("related", .related),
        ("lead_regions_note", .leadNote), ("conflict", .conflict),
    ].map { (name: String, field: Field) in (Array(name.utf8), field) }
    private static let kinds = PlainValues.names(of: InitiativeKind.self)

    func decode(_ reader: inout JSONReader) -> Initiative? {
        var id: String?, kind: InitiativeKind?, name: String?, description: String?, parent: String?
        var started: String?, sources: [String]?, sameAs: String?, related: String?, leadNote: String?
        var conflict: String?
        let plain = PlainValues.readObject(&reader, fields: Self.fields) { field, reader in
            switch field {
            case .id: id = nonBlankText(&reader); return id != nil
            case .kind: kind = PlainValues.choice(&reader, Self.kinds); return kind != nil
            case .name: name = nonBlankText(&reader); return name != nil
            case .description: return optionalText(&reader, into: &description)
            case .parent: return optionalReference(&reader, into: &parent)
            case .started:
                guard optionalText(&reader, into: &started) else { return false }
                return started.map(CatalogValidator.isYearOrMonth) ?? true
            case .sources: sources = PlainValues.uniqueSourceList(&reader); return sources != nil
            case .sameAs: return optionalReference(&reader, into: &sameAs)
            case .related: return optionalReference(&reader, into: &related)
            case .leadNote: return optionalText(&reader, into: &leadNote)
            case .conflict:
                // A blank conflict goes the long way, which reports it.
                conflict = nonBlankText(&reader)
                return conflict != nil
            }
        }
        guard plain, let id, let kind, let name, let sources else { return nil }
        return Initiative(id: id, kind: kind, name: name, description: description ?? "", parent: parent,
                          started: started, sources: sources, sameAs: sameAs, related: related,
                          leadRegionsNote: leadNote, conflict: conflict)
    }

    /// A string with escapes or without, made afresh (an import's titles and ids are each used once:
    /// looking them up would cost more than it saves); nil for anything else.
    private func text(_ reader: inout JSONReader) -> String? {
        if let range = reader.plainString() { return PlainValues.text(UnsafeBufferPointer(rebasing: reader.bytes[range])) }
        guard reader.index < reader.bytes.count, reader.bytes[reader.index] == UInt8(ascii: "\"") else { return nil }
        return try? reader.parseString()
    }

    /// A string with something in it besides white space (the general path's "is empty" check).
    private func nonBlankText(_ reader: inout JSONReader) -> String? {
        text(&reader).flatMap { RecordReader.isBlank($0) ? nil : $0 }
    }

    /// `null` or a non-blank string into `value`; false for anything else (a blank id goes the long way,
    /// which reports it).
    private func optionalReference(_ reader: inout JSONReader, into value: inout String?) -> Bool {
        guard optionalText(&reader, into: &value) else { return false }
        return value.map { !RecordReader.isBlank($0) } ?? true
    }

    /// `null` or a string into `value`; false for anything else.
    private func optionalText(_ reader: inout JSONReader, into value: inout String?) -> Bool {
        if reader.index < reader.bytes.count, reader.bytes[reader.index] == UInt8(ascii: "n") { return reader.skipNull() }
        value = text(&reader)
        return value != nil
    }
}
