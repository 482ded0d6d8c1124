/// The records of one file that passed their own checks, with what the cross-file checks need.
struct ParsedFile<Record> {
    var records: [Record] = []
    /// Position and index in the file of each kept record, for messages about references.
    var positions: [SourcePosition] = []
    var indices: [Int] = []
    /// Every id seen in the file, even on records dropped for another problem, so that references to
    /// them do not produce a second, misleading error.
    var ids: [String: Int] = [:]
}

/// Checks the three files record by record and then against each other, collecting every problem.
struct CatalogValidator {
    var problems: [DataProblem] = []
    /// Suggestions cost a scan of all ids; past this many unknown references they are left out.
    private var suggestionsLeft = 50

    private static let territoryFields = ["id", "kind", "name", "names", "country", "nuts", "nuts_note", "sources",
                                          "confidence", "note"]
    private static let initiativeFields = ["id", "kind", "name", "description", "parent", "started", "sources",
                                           "counts", "counts_sources", "same_as", "related", "lead_regions_note", "note"]
    private static let membershipFields = ["territory", "initiative", "role", "sources", "confidence", "note"]

    // MARK: files

    /// Parses `bytes` as an array of records, or reports why it is not one and returns nil.
    private mutating func forEachRecord(in bytes: [UInt8], file: String,
                                        _ body: (inout CatalogValidator, RecordReader) -> Void) -> Bool {
        var notObjects: [DataProblem] = []
        do throws(JSONSyntaxError) {
            // Records are validated as they stream out of the parser; only the kept ones stay in memory.
            var validator = self
            let shape = try JSONParser.forEachElement(of: bytes) { index, node in
                if let reader = RecordReader(node, file: file, index: index) {
                    body(&validator, reader)
                } else {
                    notObjects.append(DataProblem(.wrongType, file: file, position: node.position, recordIndex: index,
                                                  message: "expected an object (a record), found \(node.value.typeName)"))
                }
            }
            self = validator
            guard shape.isArray else {
                problems.append(DataProblem(.wrongType, file: file, position: SourcePosition(line: 1, column: 1),
                                            message: "expected an array of records at the top level, found \(shape.topLevel)"))
                return false
            }
        } catch {
            problems.append(DataProblem(.malformedJSON, file: file, position: error.position,
                                        message: "malformed JSON: \(error.message)"))
            return false
        }
        problems += notObjects
        return true
    }

    mutating func readTerritories(_ bytes: [UInt8]) -> ParsedFile<Territory>? {
        var parsed = ParsedFile<Territory>()
        let file = CatalogLoader.territoriesFile
        let ok = forEachRecord(in: bytes, file: file) { validator, reader in
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
            validator.problems += reader.foundProblems
            guard let id, let kind, let name, let country, let sources, let confidence else { return }
            parsed.records.append(Territory(id: id, kind: kind, name: name, names: names, country: country.code,
                                            nuts: nuts, nutsNote: nutsNote, sources: sources,
                                            confidence: confidence, note: note))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(reader.index)
        }
        return ok ? parsed : nil
    }

    mutating func readInitiatives(_ bytes: [UInt8]) -> ParsedFile<Initiative>? {
        var parsed = ParsedFile<Initiative>()
        let ok = forEachRecord(in: bytes, file: CatalogLoader.initiativesFile) { validator, reader in
            var reader = reader
            reader.checkFields(known: Self.initiativeFields)
            let id = validator.readID(&reader, field: "id", into: &parsed.ids)
            let kind = reader.requiredEnum("kind", InitiativeKind.self)
            let name = reader.requiredString("name")
            let description = reader.optionalString("description") ?? ""
            let parent = reader.optionalString("parent")
            let started = reader.optionalString("started")
            if let started, !Self.isYearOrMonth(started) {
                reader.report(.badFormat, field: "started", at: reader.position(of: "started"),
                              "\"\(started)\" is not a date; expected YYYY or YYYY-MM")
            }
            let sources = validator.readSources(&reader)
            let counts = reader.countMap("counts")
            let countsSources = reader.stringArray("counts_sources", required: false) ?? []
            let sameAs = reader.optionalString("same_as"), related = reader.optionalString("related")
            let leadNote = reader.optionalString("lead_regions_note")
            validator.problems += reader.foundProblems
            guard let id, let kind, let name, let sources else { return }
            parsed.records.append(Initiative(id: id, kind: kind, name: name, description: description, parent: parent,
                                             started: started, sources: sources, counts: counts,
                                             countsSources: countsSources, sameAs: sameAs, related: related,
                                             leadRegionsNote: leadNote))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(reader.index)
        }
        return ok ? parsed : nil
    }

    mutating func readMemberships(_ bytes: [UInt8]) -> ParsedFile<Membership>? {
        var parsed = ParsedFile<Membership>()
        let ok = forEachRecord(in: bytes, file: CatalogLoader.membershipsFile) { validator, reader in
            var reader = reader
            reader.checkFields(known: Self.membershipFields)
            let territory = reader.requiredString("territory")
            let initiative = reader.requiredString("initiative")
            if let territory, let initiative { reader.recordID = "\(territory) in \(initiative)" }
            let role = reader.requiredEnum("role", Role.self)
            let sources = validator.readSources(&reader)
            let confidence = reader.requiredEnum("confidence", Confidence.self)
            let note = reader.optionalString("note")
            validator.problems += reader.foundProblems.map { problem in
                var problem = problem
                problem.recordID = reader.recordID
                return problem
            }
            guard let territory, let initiative, let role, let sources, let confidence else { return }
            parsed.records.append(Membership(territory: territory, initiative: initiative, role: role,
                                             sources: sources, confidence: confidence, note: note))
            parsed.positions.append(reader.node.position)
            parsed.indices.append(reader.index)
        }
        return ok ? parsed : nil
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

    // MARK: across files

    mutating func checkReferences(territories: ParsedFile<Territory>?, initiatives: ParsedFile<Initiative>?,
                                  memberships: ParsedFile<Membership>?) {
        if let initiatives {
            for (offset, initiative) in initiatives.records.enumerated() {
                for (field, target) in [("parent", initiative.parent), ("same_as", initiative.sameAs),
                                        ("related", initiative.related)] {
                    guard let target, initiatives.ids[target] == nil else { continue }
                    problems.append(unknownReference(file: CatalogLoader.initiativesFile, index: initiatives.indices[offset],
                                                     id: "id \"\(initiative.id)\"", position: initiatives.positions[offset],
                                                     field: field, target: target, what: "initiative",
                                                     candidates: initiatives.ids.keys))
                }
            }
            checkParentCycles(initiatives)
        }
        guard let memberships else { return }
        // Duplicates are found on (territory, initiative, role) packed into one integer, not on strings.
        var seenPairs: [UInt64: Int] = [:]
        seenPairs.reserveCapacity(memberships.records.count)
        for (offset, membership) in memberships.records.enumerated() {
            var recordID: String { "\(membership.territory) in \(membership.initiative)" }
            let territory = territories?.ids[membership.territory]
            let initiative = initiatives?.ids[membership.initiative]
            if let territories, territory == nil {
                problems.append(unknownReference(file: CatalogLoader.membershipsFile, index: memberships.indices[offset],
                                                 id: recordID, position: memberships.positions[offset], field: "territory",
                                                 target: membership.territory, what: "territory",
                                                 candidates: territories.ids.keys))
            }
            if let initiatives, initiative == nil {
                problems.append(unknownReference(file: CatalogLoader.membershipsFile, index: memberships.indices[offset],
                                                 id: recordID, position: memberships.positions[offset], field: "initiative",
                                                 target: membership.initiative, what: "initiative",
                                                 candidates: initiatives.ids.keys))
            }
            guard let territory, let initiative else { continue }
            let role = UInt64(Role.allCases.firstIndex(of: membership.role)!)
            let key = UInt64(territory) << 34 | UInt64(initiative) << 4 | role
            if let first = seenPairs[key] {
                problems.append(DataProblem(.warning, .duplicateMembership, file: CatalogLoader.membershipsFile,
                                            position: memberships.positions[offset],
                                            recordIndex: memberships.indices[offset], recordID: recordID,
                                            message: "the same territory, initiative and role as record \(first)"))
            } else {
                seenPairs[key] = memberships.indices[offset]
            }
        }
    }

    private mutating func unknownReference(file: String, index: Int, id: String, position: SourcePosition,
                                           field: String, target: String, what: String,
                                           candidates: Dictionary<String, Int>.Keys) -> DataProblem {
        var message = "no \(what) has id \"\(target)\""
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            if let suggestion = Suggest.closest(to: target, among: candidates) {
                message += "; did you mean \"\(suggestion)\"?"
            }
        }
        return DataProblem(.unknownReference, file: file, position: position, recordIndex: index, recordID: id,
                           field: field, message: message)
    }

    /// Reports each loop in the parent chains once, naming every initiative on it.
    private mutating func checkParentCycles(_ initiatives: ParsedFile<Initiative>) {
        var parentOf: [String: String] = [:]
        var offsetOf: [String: Int] = [:]
        for (offset, initiative) in initiatives.records.enumerated() {
            offsetOf[initiative.id] = offset
            if let parent = initiative.parent { parentOf[initiative.id] = parent }
        }
        var finished: Set<String> = []
        for initiative in initiatives.records where !finished.contains(initiative.id) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current: String? = initiative.id
            while let id = current, !finished.contains(id) {
                if let start = onPath[id] {
                    let cycle = Array(path[start...])
                    let first = cycle.min()!
                    let rotation = cycle.firstIndex(of: first)!
                    let loop = Array(cycle[rotation...] + cycle[..<rotation])
                    let offset = offsetOf[first]!
                    problems.append(DataProblem(.parentCycle, file: CatalogLoader.initiativesFile,
                                                position: initiatives.positions[offset],
                                                recordIndex: initiatives.indices[offset], recordID: "id \"\(first)\"",
                                                field: "parent",
                                                message: "parent cycle: " + (loop + [loop[0]]).joined(separator: " → ")
                                                    + "; expected the parents to end at an initiative without one"))
                    break
                }
                onPath[id] = path.count
                path.append(id)
                current = parentOf[id]
            }
            finished.formUnion(path)
        }
    }
}
