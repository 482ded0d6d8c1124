/// The records of one file that passed their own checks, with what the cross-file checks need.
struct ParsedFile<Record: Sendable>: Sendable {
    var records: [Record] = []
    /// Position and index in the file of each kept record, for messages about references.
    var positions: [SourcePosition] = []
    var indices: [Int] = []
    /// Every id seen in the file, even on records dropped for another problem, so that references to
    /// them do not produce a second, misleading error.
    var ids: [String: Int] = [:]

    /// Keeps a record a fast path decoded; false, keeping nothing, when its id was seen before (the
    /// long way then reports the repeat).
    mutating func keepFirst(_ record: consuming Record, id: String, at position: SourcePosition, index: Int) -> Bool {
        // One lookup for the usual new id; a repeat puts the first record's number back.
        if let first = ids.updateValue(index, forKey: id) {
            ids[id] = first
            return false
        }
        // Moved in, not copied: a copy retains and then releases each of a territory's strings.
        records.append(consume record)
        positions.append(position)
        indices.append(index)
        return true
    }

    /// Room for this many records, so that a large file's records and ids are not copied and rehashed
    /// over and over as they grow.
    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        positions.reserveCapacity(count)
        indices.reserveCapacity(count)
        ids.reserveCapacity(count)
    }
}

/// The memberships read from a file, kept compact as they are read (see `MembershipTable`).
struct ParsedMemberships: Sendable {
    var records = MembershipTable()
    var positions = PackedPositions()
    var indices: [Int32] = []

    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        positions.reserveCapacity(count)
        indices.reserveCapacity(count)
    }
}

/// Checks the three files record by record and then against each other, collecting every problem.
struct CatalogValidator {
    var problems: [DataProblem] = []
    /// Suggestions cost a scan of all ids; past this many unknown references they are left out.
    var suggestionsLeft = 50

    private static let territoryFields = ["id", "kind", "name", "names", "country", "nuts", "nuts_note", "sources",
                                          "confidence", "note", RecordReader.conflictField]
    private static let initiativeFields = ["id", "kind", "name", "description", "parent", "started", "sources",
                                           "counts", "counts_sources", "same_as", "related", "lead_regions_note", "note",
                                           RecordReader.conflictField]
    private static let membershipFields = ["territory", "initiative", "role", "sources", "confidence", "note",
                                           RecordReader.conflictField]

    // MARK: files

    /// Parses `bytes` (all of a file, or one piece of it: see `JSONArrayPieces.parse`) as records of a
    /// top-level array, or reports why the file is not one and returns nil. `fast` may decode a record directly; when it
    /// declines, the record is parsed into a tree and handed to `body`, which reports every problem. (`fast` is
    /// not optional so that it need not escape: the variables it captures, the decoder and the records read,
    /// then stay where they are instead of being moved to the heap and reached through a box for every record.)
    private mutating func forEachRecord(in bytes: UnsafeBufferPointer<UInt8>, file: String,
                                        opensArray: Bool = true, stopAtEnd: Bool = false,
                                        progress: ((Int) -> Void)? = nil,
                                        fast: (inout JSONReader, Int) -> Bool = { _, _ in false },
                                        _ body: (inout CatalogValidator, RecordReader) -> Void) -> JSONArrayPieces.Outcome? {
        var notObjects: [DataProblem] = []
        do throws(JSONSyntaxError) {
            // Records are validated as they stream out of the parser; only the kept ones stay in memory.
            var validator = self
            let outcome = try JSONArrayPieces.parse(bytes, opensArray: opensArray, stopAtEnd: stopAtEnd,
                                                    progress: progress) {
                (reader, index) throws(JSONSyntaxError) in
                let saved = reader
                if fast(&reader, index) { return }
                reader = saved
                let node = try reader.parseValue(depth: 1)
                if let record = RecordReader(node, file: file, index: index) {
                    body(&validator, record)
                } else {
                    notObjects.append(DataProblem(.wrongType, file: file, position: node.position, recordIndex: index,
                                                  message: "expected an object (a record), found \(node.value.typeName)"))
                }
            }
            self = validator
            guard outcome.isArray else {
                // Parsed whole to say what it is instead, or where it stops being JSON at all.
                let topLevel = try JSONParser.parse(Array(bytes)).value.typeName
                problems.append(DataProblem(.wrongType, file: file, position: SourcePosition(line: 1, column: 1),
                                            message: "expected an array of records at the top level, found \(topLevel)"))
                return nil
            }
            problems += notObjects
            return outcome
        } catch {
            problems.append(DataProblem(.malformedJSON, file: file, position: error.position,
                                        message: "malformed JSON: \(error.message)"))
            return nil
        }
    }

    mutating func readTerritories(_ bytes: UnsafeBufferPointer<UInt8>, fastPath: Bool = true,
                                  progress: ((Int) -> Void)? = nil) -> ParsedFile<Territory>? {
        var parsed = ParsedFile<Territory>()
        // A territory takes 150 to 250 bytes as it is usually written.
        parsed.reserveCapacity(bytes.count / 160)
        let file = CatalogLoader.territoriesFile
        var decoder = TerritoryDecoder()
        let outcome = forEachRecord(in: bytes, file: file, progress: progress, fast: { reader, index in
            guard fastPath else { return false }
            let position = reader.position
            guard let territory = decoder.decode(&reader) else { return false }
            return parsed.keepFirst(territory, id: territory.id, at: position, index: index)
        }) { validator, reader in
            var reader = reader
            reader.checkFields(known: Self.territoryFields)
            let id = validator.readID(&reader, field: "id", into: &parsed.ids)
            let kind = reader.requiredEnum("kind", TerritoryKind.self)
            let name = reader.requiredString("name")
            let names = validator.readNames(&reader)
            let country = validator.readCountry(&reader)
            let nuts = reader.optionalString("nuts")
            if let nuts, let country { validator.checkNUTS(nuts, country: country, &reader) }
            let sources = validator.readSources(&reader)
            let confidence = reader.requiredEnum("confidence", Confidence.self)
            let note = reader.optionalString("note"), nutsNote = reader.optionalString("nuts_note")
            let conflict = reader.conflictNote()
            validator.problems += reader.foundProblems
            guard let id, let kind, let name, let country, let sources, let confidence else { return }
            parsed.records.append(Territory(id: id, kind: kind, name: name, names: names, country: country.code,
                                            nuts: nuts, nutsNote: nutsNote, sources: sources,
                                            confidence: confidence, note: note, conflict: conflict))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(reader.index)
        }
        return outcome == nil ? nil : parsed
    }

    mutating func readInitiatives(_ bytes: UnsafeBufferPointer<UInt8>, fastPath: Bool = true,
                                  progress: ((Int) -> Void)? = nil) -> ParsedFile<Initiative>? {
        var parsed = ParsedFile<Initiative>()
        let decoder = InitiativeDecoder()
        let outcome = forEachRecord(in: bytes, file: CatalogLoader.initiativesFile, progress: progress, fast: { reader, index in
            guard fastPath else { return false }
            let position = reader.position
            guard let initiative = decoder.decode(&reader) else { return false }
            return parsed.keepFirst(initiative, id: initiative.id, at: position, index: index)
        }) { validator, reader in
            var reader = reader
            reader.checkFields(known: Self.initiativeFields)
            let id = validator.readID(&reader, field: "id", into: &parsed.ids)
            let kind = reader.requiredEnum("kind", InitiativeKind.self)
            let name = reader.requiredString("name")
            let description = reader.optionalString("description") ?? ""
            let parent = reader.optionalReference("parent")
            let started = reader.optionalString("started")
            if let started, !Self.isYearOrMonth(started) {
                reader.report(.badFormat, field: "started", at: reader.position(of: "started"),
                              "\"\(started)\" is not a date; expected YYYY or YYYY-MM")
            }
            let sources = validator.readSources(&reader)
            let counts = reader.countMap("counts")
            let countsSources = reader.stringArray("counts_sources", required: false) ?? []
            let sameAs = reader.optionalReference("same_as"), related = reader.optionalReference("related")
            let leadNote = reader.optionalString("lead_regions_note")
            let conflict = reader.conflictNote()
            validator.problems += reader.foundProblems
            guard let id, let kind, let name, let sources else { return }
            parsed.records.append(Initiative(id: id, kind: kind, name: name, description: description, parent: parent,
                                             started: started, sources: sources, counts: counts,
                                             countsSources: countsSources, sameAs: sameAs, related: related,
                                             leadRegionsNote: leadNote, conflict: conflict))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(reader.index)
        }
        return outcome == nil ? nil : parsed
    }

    /// Reads the memberships in `bytes`: the whole file, or one piece of it (see `JSONArrayPieces`), whose
    /// record indices and line numbers then count from the start of the piece. (`fastPath` is there for
    /// the tests that compare it with the general path.)
    mutating func readMemberships(_ bytes: UnsafeBufferPointer<UInt8>, opensArray: Bool = true, stopAtEnd: Bool = false,
                                  fastPath: Bool = true, progress: ((Int) -> Void)? = nil)
        -> (parsed: ParsedMemberships, outcome: JSONArrayPieces.Outcome)? {
        var parsed = ParsedMemberships()
        // A membership takes over 100 bytes as usually written. Room for more than there will be costs
        // nothing: large blocks are mappings of their own, whose untouched pages are never made
        // (see MemoryReturn), while growing column by column copied and faulted in every page twice.
        parsed.reserveCapacity(bytes.count / 100)
        var decoder = MembershipDecoder()
        let outcome = forEachRecord(in: bytes, file: CatalogLoader.membershipsFile, opensArray: opensArray,
                                    stopAtEnd: stopAtEnd, progress: progress, fast: { reader, index in
            guard fastPath else { return false }
            // The usual record needs no tree and no field-by-field checks; anything else takes the long way.
            let position = reader.position
            guard decoder.decode(&reader, into: &parsed.records) else { return false }
            parsed.positions.append(position)
            parsed.indices.append(Int32(index))
            return true
        }) { validator, reader in
            var reader = reader
            reader.checkFields(known: Self.membershipFields)
            let territory = reader.requiredString("territory")
            let initiative = reader.requiredString("initiative")
            if let territory, let initiative { reader.recordID = "\(territory) in \(initiative)" }
            let role = reader.requiredEnum("role", Role.self)
            let sources = validator.readSources(&reader)
            let confidence = reader.requiredEnum("confidence", Confidence.self)
            let note = reader.optionalString("note")
            let conflict = reader.conflictNote()
            validator.problems += reader.foundProblems.map { problem in
                var problem = problem
                problem.recordID = reader.recordID
                return problem
            }
            guard let territory, let initiative, let role, let sources, let confidence else { return }
            parsed.records.append(Membership(territory: territory, initiative: initiative, role: role,
                                             sources: sources, confidence: confidence, note: note,
                                             conflict: conflict))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(Int32(reader.index))
        }
        return outcome.map { (parsed, $0) }
    }

    // MARK: fields

    private mutating func readID(_ reader: inout RecordReader, field: String, into ids: inout [String: Int]) -> String? {
        guard let id = reader.requiredString(field) else { return nil }
        reader.recordID = id
        if let first = ids[id] {
            reader.report(.duplicateID, field: field, at: reader.position(of: field),
                          "duplicate id \"\(id)\"; record \(first) has it already")
            return nil
        }
        ids[id] = reader.index
        return id
    }

    private mutating func readNames(_ reader: inout RecordReader) -> [LocalizedName] {
        var names: [LocalizedName] = []
        for entry in reader.stringMap("names") {
            guard let language = NameLanguage(rawValue: entry.key) else {
                reader.report(.unknownValue, field: "names.\(entry.key)", at: entry.position,
                              "unknown language \"\(entry.key)\"; expected \(NameLanguage.expectedList)")
                continue
            }
            guard !RecordReader.isBlank(entry.value) else {
                reader.report(.emptyValue, field: "names.\(entry.key)", at: entry.position, "is empty; expected a name")
                continue
            }
            names.append(LocalizedName(language, entry.value))
        }
        return names.sorted { $0.language < $1.language }
    }

    private mutating func readCountry(_ reader: inout RecordReader) -> Country? {
        guard let code = reader.requiredString("country") else { return nil }
        if let country = Countries.named(CountryCode(code)) { return country }
        var message = "unknown country code \"\(code)\"; expected an EU member state's code"
        if code.uppercased() == "GR" { message += " (Greece is EL in EU usage)" }
        else if code.uppercased() == "UK" { message += " (the United Kingdom is GB)" }
        else if Countries.named(CountryCode(code.uppercased())) != nil { message += " (codes are upper case: \(code.uppercased()))" }
        message += " or one of " + Countries.all.filter { !$0.isEUMember }.map(\.code.rawValue).joined(separator: ", ")
        reader.report(.unknownCountry, field: "country", at: reader.position(of: "country"), message)
        return nil
    }

    private func checkNUTS(_ nuts: String, country: Country, _ reader: inout RecordReader) {
        let wellFormed = (2...5).contains(nuts.count)
            && nuts.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        if !wellFormed {
            reader.report(.badFormat, field: "nuts", at: reader.position(of: "nuts"),
                          "\"\(nuts)\" is not a NUTS code; expected 2 to 5 upper-case letters and digits, like SE331")
        } else if !nuts.hasPrefix(country.nutsPrefix) {
            reader.report(.nutsMismatch, field: "nuts", at: reader.position(of: "nuts"),
                          "NUTS code \"\(nuts)\" does not belong to country \(country.code); expected it to start with \(country.nutsPrefix)")
        }
    }

    private mutating func readSources(_ reader: inout RecordReader) -> [String]? {
        guard let sources = reader.stringArray("sources", required: true) else { return nil }
        if sources.isEmpty {
            reader.report(.noSources, field: "sources", at: reader.position(of: "sources"),
                          "no sources; every fact should be traceable", severity: .warning)
        }
        return sources
    }

    static func isYearOrMonth(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { ("0"..."9").contains(scalars[$0]) } }
        if scalars.count == 4 { return digits(0..<4) }
        guard scalars.count == 7, digits(0..<4), scalars[4] == "-", digits(5..<7),
              let month = Int(String(text.suffix(2))) else { return false }
        return (1...12).contains(month)
    }
}
