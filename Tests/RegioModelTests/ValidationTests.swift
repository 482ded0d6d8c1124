import Testing
@testable import RegioModel

/// The single problem of a validation, recording an issue when there is not exactly one.
private func onlyProblem(_ validation: Validation, sourceLocation: SourceLocation = #_sourceLocation) -> DataProblem? {
    #expect(validation.problems.count == 1, "\(validation.problems.map(\.description))", sourceLocation: sourceLocation)
    return validation.problems.first
}

// MARK: - valid data

@Suite("Validation: valid data")
struct ValidDataTests {
    @Test func validFixtureLoadsEveryField() throws {
        let validation = validate()
        let catalog = try #require(validation.catalog)
        #expect(validation.problems.isEmpty)
        #expect(catalog.origin == .directory("fixture"))
        #expect(catalog.territories.map(\.id) == ["alpha", "beta"])
        let alpha = catalog.territories[0]
        #expect(alpha.kind == .region && alpha.name == "Alpha" && alpha.country == "SE" && alpha.nuts == "SE331")
        #expect(alpha.sources == ["https://example.org/a"] && alpha.confidence == .stated)
        let beta = catalog.territories[1]
        #expect(beta.kind == .city && beta.nuts == nil && beta.confidence == .inferred)
        #expect(catalog.initiatives.map(\.id) == ["net", "platform"])
        #expect(catalog.initiatives[0].kind == .network && catalog.initiatives[0].started == "2022-05")
        #expect(catalog.initiatives[0].parent == nil)
        #expect(catalog.initiatives[1].kind == .thematicPlatform && catalog.initiatives[1].started == nil)
        #expect(catalog.memberships.map(\.role) == [.lead, .member])
        #expect(catalog.memberships.map(\.confidence) == [.stated, .inferred])
    }

    @Test func optionalFieldsAreRead() throws {
        let territory = #"{"id": "alpha", "kind": "group", "name": "Alpha", "names": {"native": "Alfa", "sv": "Alfa-sv", "en": "Alpha"}, "country": "GB", "nuts": "UKM", "nuts_note": "checked", "sources": ["s"], "confidence": "stated", "note": "a note"}"#
        let initiative = #"{"id": "net", "kind": "pilot-action", "name": "Net", "description": "d", "parent": "platform", "started": "2021", "sources": ["s"], "counts": {"regions": 63, "cities": 7}, "counts_sources": ["c"], "same_as": "platform", "related": "platform", "lead_regions_note": "l", "note": "n"}"#
        let validation = validate(territories: jsonLines([territory, Records.beta]),
                                  initiatives: jsonLines([initiative, Records.platform]),
                                  memberships: jsonLines([Records.betaInNet]))
        let catalog = try #require(validation.catalog, "\(validation.problems.map(\.description))")
        #expect(validation.problems.isEmpty)
        let alpha = catalog.territories[0]
        // Names come back in the order of NameLanguage, whatever their order in the file.
        #expect(alpha.names == [LocalizedName(.en, "Alpha"), LocalizedName(.sv, "Alfa-sv"), LocalizedName(.native, "Alfa")])
        #expect(alpha.name(in: .sv) == "Alfa-sv" && alpha.name(in: .nl) == nil)
        #expect(alpha.allNames == ["Alpha", "Alfa-sv", "Alfa"])
        #expect(alpha.nutsNote == "checked" && alpha.note == "a note" && alpha.kind == .group)
        let net = catalog.initiatives[0]
        #expect(net.parent == "platform" && net.started == "2021" && net.description == "d")
        #expect(net.counts == [AnnouncedCount(key: "regions", value: 63), AnnouncedCount(key: "cities", value: 7)])
        #expect(net.announced("cities") == 7 && net.announced("networks") == nil)
        #expect(net.countsSources == ["c"] && net.sameAs == "platform" && net.related == "platform")
        #expect(net.leadRegionsNote == "l")
    }

    @Test func loadsFromADirectory() throws {
        let folder = try FixtureDirectory([CatalogLoader.territoriesFile: Records.territories,
                                           CatalogLoader.initiativesFile: Records.initiatives,
                                           CatalogLoader.membershipsFile: Records.memberships])
        let validation = load(directory: folder.path)
        let catalog = try #require(validation.catalog)
        #expect(catalog.origin == .directory(folder.path))
        #expect(catalog.territories.count == 2 && catalog.initiatives.count == 2 && catalog.memberships.count == 2)
        // A trailing slash makes no difference.
        #expect(load(directory: folder.path + "/").catalog?.territories.count == 2)
    }
}

// MARK: - one case per kind of problem

/// A fixture that produces one kind of problem, and where that problem must point.
struct KindCase: Sendable, CustomTestStringConvertible {
    var kind: DataProblem.Kind
    var severity: DataProblem.Severity = .error
    var territories = Records.territories
    var initiatives = Records.initiatives
    var memberships = Records.memberships
    var file: String
    var recordIndex: Int?
    var recordID: String?
    var field: String?
    var message: String
    var testDescription: String { "\(kind.rawValue): \(message)" }

    static let all: [KindCase] = [
        KindCase(kind: .malformedJSON, memberships: "[\n" + Records.alphaInNet + "\n" + Records.betaInNet + "\n]",
                 file: CatalogLoader.membershipsFile,
                 message: "malformed JSON: unexpected character '{'; expected ',' or ']'"),
        KindCase(kind: .wrongType, initiatives: #"{"id": "net"}"#, file: CatalogLoader.initiativesFile,
                 message: "expected an array of records at the top level, found an object"),
        KindCase(kind: .wrongType, territories: jsonLines([Records.alpha, "42", Records.beta]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1,
                 message: "expected an object (a record), found a number"),
        KindCase(kind: .wrongType,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""Beta""#, with: "5")]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "name",
                 message: "expected a string, found a number"),
        KindCase(kind: .wrongType,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #"["https://example.org/b"]"#, with: #""https://example.org/b""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "sources",
                 message: "expected an array of strings, found a string"),
        KindCase(kind: .wrongType,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #"["https://example.org/b"]"#, with: #"["ok", 3]"#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "sources[1]",
                 message: "expected a string, found a number"),
        KindCase(kind: .wrongType,
                 territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "names": {"sv": true}"#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "names.sv",
                 message: "expected a string, found a boolean"),
        KindCase(kind: .wrongType,
                 territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "note": 1"#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "note",
                 message: "expected a string or null, found a number"),
        KindCase(kind: .wrongType,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "counts": {"regions": -1}"#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "counts.regions",
                 message: "expected a whole number of at least 0, found -1"),
        KindCase(kind: .wrongType,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "counts": {"regions": 2.5}"#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "counts.regions",
                 message: "expected a whole number of at least 0, found 2.5"),
        KindCase(kind: .wrongType,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "counts": [1]"#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "counts",
                 message: "expected an object of numbers, found an array"),
        KindCase(kind: .wrongType,
                 initiatives: jsonLines([Records.net, #"{"id": "platform", "kind": "thematic-platform", "name": "P", "parent": 3, "sources": ["s"]}"#]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "parent",
                 message: "expected a string or null, found a number"),
        KindCase(kind: .missingField,
                 territories: jsonLines([Records.alpha, #"{"id": "beta", "kind": "city", "country": "DE", "sources": ["s"], "confidence": "stated"}"#]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "name",
                 message: "missing; expected a string"),
        KindCase(kind: .missingField,
                 memberships: jsonLines([Records.alphaInNet, #"{"territory": "beta", "initiative": "net", "sources": ["s"], "confidence": "stated"}"#]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "beta in net", field: "role",
                 message: "missing; expected a string"),
        KindCase(kind: .missingField,
                 initiatives: jsonLines([Records.net, #"{"id": "platform", "kind": "thematic-platform", "name": "P"}"#]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "sources",
                 message: "missing; expected an array of strings"),
        KindCase(kind: .emptyValue,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""Beta""#, with: #""   ""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "name",
                 message: "is empty; expected some text"),
        KindCase(kind: .emptyValue,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""Beta""#, with: #""\u00a0\t""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "name",
                 message: "is empty; expected some text"),
        KindCase(kind: .emptyValue,
                 territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "names": {"sv": " "}"#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "names.sv",
                 message: "is empty; expected a name"),
        KindCase(kind: .emptyValue,
                 territories: jsonLines([Records.alpha, #"{"id": "", "kind": "region", "name": "Gamma", "country": "SE", "sources": ["s"], "confidence": "stated"}"#]),
                 memberships: jsonLines([Records.alphaInNet]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, field: "id",
                 message: "is empty; expected some text"),
        KindCase(kind: .unknownValue,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""city""#, with: #""regoin""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "kind",
                 message: #"unknown kind "regoin"; expected region, city, member-state or group"#),
        KindCase(kind: .unknownValue,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", kind: "netwrk")]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "kind",
                 message: #"unknown kind "netwrk"; expected pilot-action, network, thematic-platform, thematic-partnership, initiative, initiative-pilot, interreg-project, national-programme, research-programme, funding-scheme or research-project"#),
        KindCase(kind: .unknownValue,
                 memberships: jsonLines([Records.alphaInNet, Records.membership("beta", "net", role: "boss")]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "beta in net", field: "role",
                 message: #"unknown role "boss"; expected lead, co-lead, member, partner or participant"#),
        KindCase(kind: .unknownValue,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""inferred""#, with: #""sure""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "confidence",
                 message: #"unknown confidence "sure"; expected stated or inferred"#),
        KindCase(kind: .unknownValue,
                 territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "names": {"de": "Beta"}"#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "names.de",
                 message: #"unknown language "de"; expected en, sv, nl or native"#),
        KindCase(kind: .duplicateID, territories: jsonLines([Records.alpha, Records.beta, Records.alpha]),
                 file: CatalogLoader.territoriesFile, recordIndex: 2, recordID: #"id "alpha""#, field: "id",
                 message: #"duplicate id "alpha"; record 0 has it already"#),
        KindCase(kind: .duplicateID, initiatives: jsonLines([Records.platform, Records.net, Records.platform]),
                 file: CatalogLoader.initiativesFile, recordIndex: 2, recordID: #"id "platform""#, field: "id",
                 message: #"duplicate id "platform"; record 0 has it already"#),
        KindCase(kind: .unknownReference,
                 memberships: jsonLines([Records.alphaInNet, Records.membership("alfa", "net")]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "alfa in net", field: "territory",
                 message: #"no territory has id "alfa"; did you mean "alpha"?"#),
        KindCase(kind: .unknownReference,
                 memberships: jsonLines([Records.alphaInNet, Records.membership("beta", "nett")]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "beta in nett", field: "initiative",
                 message: #"no initiative has id "nett"; did you mean "net"?"#),
        KindCase(kind: .unknownReference,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", parent: "nte")]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "parent",
                 message: #"no initiative has id "nte"; did you mean "net"?"#),
        KindCase(kind: .unknownReference,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "same_as": "zzzzzz""#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "same_as",
                 message: #"no initiative has id "zzzzzz""#),
        KindCase(kind: .unknownReference,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "related": "netx""#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "related",
                 message: #"no initiative has id "netx"; did you mean "net"?"#),
        KindCase(kind: .parentCycle,
                 initiatives: jsonLines([Records.initiative("net", parent: "platform"), Records.initiative("platform", parent: "net")]),
                 file: CatalogLoader.initiativesFile, recordIndex: 0, recordID: #"id "net""#, field: "parent",
                 message: "parent cycle: net → platform → net; expected the parents to end at an initiative without one"),
        KindCase(kind: .unknownCountry,
                 territories: jsonLines([Records.alpha, Records.territory("beta", country: "XX")]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "country",
                 message: #"unknown country code "XX"; expected an EU member state's code or one of GB, NO, CH, IS, LI, AL, BA, ME, MK, RS, TR, UA, MD"#),
        KindCase(kind: .nutsMismatch,
                 territories: jsonLines([Records.alpha, Records.territory("beta", country: "DE", nuts: #""SE331""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "nuts",
                 message: #"NUTS code "SE331" does not belong to country DE; expected it to start with DE"#),
        KindCase(kind: .badFormat,
                 initiatives: jsonLines([Records.net, Records.initiative("platform", extra: #", "started": "2022-13""#)]),
                 file: CatalogLoader.initiativesFile, recordIndex: 1, recordID: #"id "platform""#, field: "started",
                 message: #""2022-13" is not a date; expected YYYY or YYYY-MM"#),
        KindCase(kind: .badFormat,
                 territories: jsonLines([Records.alpha, Records.territory("beta", nuts: #""se331""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "nuts",
                 message: #""se331" is not a NUTS code; expected 2 to 5 upper-case letters and digits, like SE331"#),
        KindCase(kind: .unknownField, severity: .warning,
                 territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "contry": "SE""#)]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "contry",
                 message: #"unknown field, ignored; did you mean "country"? (known fields: id, kind, name, names, country, nuts, nuts_note, sources, confidence, note, conflict)"#),
        KindCase(kind: .unknownField, severity: .warning,
                 memberships: jsonLines([Records.alphaInNet, Records.membership("beta", "net", extra: #", "role": "lead""#)]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "beta in net", field: "role",
                 message: "the field appears twice; the first is used"),
        KindCase(kind: .duplicateMembership, severity: .warning,
                 memberships: jsonLines([Records.alphaInNet, Records.betaInNet, Records.alphaInNet]),
                 file: CatalogLoader.membershipsFile, recordIndex: 2, recordID: "alpha in net",
                 message: "the same territory, initiative and role as record 0"),
        KindCase(kind: .noSources, severity: .warning,
                 territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #"["https://example.org/b"]"#, with: "[]")]),
                 file: CatalogLoader.territoriesFile, recordIndex: 1, recordID: #"id "beta""#, field: "sources",
                 message: "no sources; every fact should be traceable"),
        KindCase(kind: .noSources, severity: .warning,
                 memberships: jsonLines([Records.alphaInNet, #"{"territory": "beta", "initiative": "net", "role": "member", "sources": [], "confidence": "stated"}"#]),
                 file: CatalogLoader.membershipsFile, recordIndex: 1, recordID: "beta in net", field: "sources",
                 message: "no sources; every fact should be traceable"),
    ]
}

@Suite("Validation: each kind of problem")
struct ProblemKindTests {
    @Test(arguments: KindCase.all)
    func fixtureProducesExactlyTheExpectedProblem(_ expected: KindCase) throws {
        let validation = validate(territories: expected.territories, initiatives: expected.initiatives,
                                  memberships: expected.memberships)
        let problem = try #require(onlyProblem(validation))
        #expect(problem.kind == expected.kind)
        #expect(problem.severity == expected.severity)
        #expect(problem.file == expected.file)
        #expect(problem.recordIndex == expected.recordIndex)
        #expect(problem.recordID == expected.recordID)
        #expect(problem.field == expected.field)
        #expect(problem.message == expected.message)
        #expect(problem.position != nil)
        // Errors stop loading; warnings alone do not.
        #expect((validation.catalog == nil) == (expected.severity == .error))
    }

    @Test func everyKindThatValidationCanProduceIsCovered() {
        let fromFixtures = Set(KindCase.all.map(\.kind))
        // unreadable-file comes from a folder (see UnreadableFileTests); the nuts-* kinds from the
        // classification check, not the loader (see NUTSTableTests).
        let covered = fromFixtures.union([.unreadableFile, .nutsUnknown, .nutsOutdated, .nutsNotCovered])
        #expect(covered == Set(DataProblem.Kind.allCases))
    }
}

// MARK: - details per kind

@Suite("Validation: unreadable files")
struct UnreadableFileTests {
    @Test func missingFile() throws {
        let folder = try FixtureDirectory([CatalogLoader.territoriesFile: Records.territories,
                                           CatalogLoader.initiativesFile: Records.initiatives])
        let validation = load(directory: folder.path)
        #expect(validation.catalog == nil)
        let problem = try #require(onlyProblem(validation))
        #expect(problem.kind == .unreadableFile && problem.severity == .error)
        #expect(problem.file == "memberships.json")
        #expect(problem.message == "\(folder.path)/memberships.json does not exist")
        #expect(problem.position == nil && problem.recordIndex == nil && problem.field == nil)
        #expect(problem.description == "memberships.json: error: \(folder.path)/memberships.json does not exist")
    }

    @Test func directoryInPlaceOfAFile() throws {
        let folder = try FixtureDirectory([CatalogLoader.initiativesFile: Records.initiatives,
                                           CatalogLoader.membershipsFile: Records.memberships])
        try folder.makeDirectory(CatalogLoader.territoriesFile)
        let validation = load(directory: folder.path)
        // Only the unreadable file: the memberships cannot be checked against territories nobody could read.
        let problem = try #require(onlyProblem(validation))
        #expect(problem.kind == .unreadableFile)
        #expect(problem.file == "territories.json")
        #expect(problem.message.hasSuffix("territories.json is a directory, not a file"))
    }

    @Test func everyMissingFileIsReported() throws {
        let folder = try FixtureDirectory()
        let validation = load(directory: folder.path)
        #expect(validation.problems.map(\.kind) == [.unreadableFile, .unreadableFile, .unreadableFile])
        #expect(validation.problems.map(\.file) == ["territories.json", "initiatives.json", "memberships.json"])
        let nowhere = load(directory: folder.path + "/does-not-exist")
        #expect(nowhere.problems.count == 3 && nowhere.catalog == nil)
    }

    @Test func unreadableAndMalformedTogether() throws {
        let folder = try FixtureDirectory([CatalogLoader.territoriesFile: "[",
                                           CatalogLoader.initiativesFile: Records.initiatives])
        let validation = load(directory: folder.path)
        #expect(Set(validation.problems.map(\.kind)) == [.unreadableFile, .malformedJSON])
        #expect(validation.problems(.malformedJSON).first?.file == "territories.json")
    }
}

@Suite("Validation: details")
struct ValidationDetailTests {
    @Test func malformedJSONHasLineAndColumn() throws {
        let line3 = #"{"territory": "beta" "initiative": "net", "role": "member", "sources": ["s"], "confidence": "stated"}"#
        let validation = validate(memberships: jsonLines([Records.alphaInNet, line3]))
        let problem = try #require(onlyProblem(validation))
        #expect(problem.kind == .malformedJSON)
        #expect(problem.file == "memberships.json")
        #expect(problem.position == SourcePosition(line: 3, column: column(of: #""initiative""#, in: line3)))
        #expect(problem.message == "malformed JSON: unexpected character '\"'; expected ',' or '}'")
        #expect(problem.recordIndex == nil)
    }

    @Test func malformedJSONColumnCountsCharacters() throws {
        let line2 = #"{"id": "örebro", "kind": "region", "name": "Örebro län" "country": "SE"}"#
        let validation = validate(territories: "[\n" + line2 + "\n]")
        let problem = try #require(validation.problems(.malformedJSON).first)
        #expect(problem.position == SourcePosition(line: 2, column: column(of: #""country""#, in: line2)))
        #expect(problem.position?.column == 57)
    }

    @Test func emptyFileIsMalformed() throws {
        let problem = try #require(onlyProblem(validate(initiatives: "")))
        #expect(problem.kind == .malformedJSON)
        #expect(problem.file == "initiatives.json")
        #expect(problem.message == "malformed JSON: the file is empty; expected a JSON array")
    }

    @Test func problemPositionsPointAtTheValueOrTheRecord() throws {
        let line = Records.territory("beta", country: "DE", nuts: #""SE331""#)
        let mismatch = try #require(onlyProblem(validate(territories: jsonLines([Records.alpha, line]))))
        #expect(mismatch.position == SourcePosition(line: 3, column: column(of: #""SE331""#, in: line)))
        // A missing field has no value to point at: the record's opening brace.
        let missing = #"{"id": "beta", "kind": "city", "country": "DE", "sources": ["s"], "confidence": "stated"}"#
        let problem = try #require(onlyProblem(validate(territories: jsonLines([Records.alpha, missing]))))
        #expect(problem.position == SourcePosition(line: 3, column: 1))
    }

    @Test func duplicateIDNamesTheFirstRecordAndPointsAtTheSecond() throws {
        let validation = validate(territories: jsonLines([Records.beta, Records.alpha, Records.alpha]))
        let problem = try #require(onlyProblem(validation))
        #expect(problem.message == #"duplicate id "alpha"; record 1 has it already"#)
        #expect(problem.recordIndex == 2)
        #expect(problem.position == SourcePosition(line: 4, column: column(of: #""alpha""#, in: Records.alpha)))
    }

    @Test func recordsDroppedForAProblemDoNotCauseFalseReferenceErrors() throws {
        // beta's kind is wrong, so beta is dropped, but memberships naming beta still resolve.
        let validation = validate(territories: jsonLines([Records.alpha, Records.beta.replacingOccurrences(of: #""city""#, with: #""town""#)]))
        #expect(validation.problems.map(\.kind) == [.unknownValue])
        #expect(validation.problems(.unknownReference).isEmpty)
    }

    @Test func unknownReferencesOfBothSidesAreReportedWithoutAnImplausibleSuggestion() throws {
        let validation = validate(memberships: jsonLines([Records.alphaInNet, Records.membership("xyzzy", "nowhere")]))
        let problems = validation.problems(.unknownReference)
        #expect(problems.count == 2)
        #expect(problems.map(\.field) == ["territory", "initiative"])
        #expect(problems.map(\.message) == [#"no territory has id "xyzzy""#, #"no initiative has id "nowhere""#])
        #expect(problems.allSatisfy { $0.recordIndex == 1 && $0.recordID == "xyzzy in nowhere" })
        #expect(problems.allSatisfy { $0.position == SourcePosition(line: 3, column: 1) })
    }

    @Test func parentCycleIsReportedOnceNamingEveryMember() throws {
        // Whichever record comes first, the loop is told from its smallest id, once.
        for order in [["cyc-a", "cyc-b"], ["cyc-b", "cyc-a"]] {
            let parents = ["cyc-a": "cyc-b", "cyc-b": "cyc-a"]
            let records = [Records.net] + order.map { Records.initiative($0, parent: parents[$0]) }
                + [Records.initiative("cyc-c", parent: "cyc-a")]
            let validation = validate(initiatives: jsonLines(records + [Records.platform]))
            let problem = try #require(onlyProblem(validation))
            #expect(problem.kind == .parentCycle)
            #expect(problem.message.hasPrefix("parent cycle: cyc-a → cyc-b → cyc-a;"))
            #expect(problem.recordID == #"id "cyc-a""#)
            #expect(problem.recordIndex == 1 + order.firstIndex(of: "cyc-a")!)
        }
    }

    @Test func selfParentAndSeparateCycles() throws {
        let validation = validate(initiatives: jsonLines([
            Records.net, Records.platform,
            Records.initiative("self", parent: "self"),
            Records.initiative("x3", parent: "x1"), Records.initiative("x1", parent: "x2"), Records.initiative("x2", parent: "x3"),
        ]))
        let cycles = validation.problems(.parentCycle)
        #expect(cycles.count == 2)
        #expect(cycles.map(\.message).contains { $0.hasPrefix("parent cycle: self → self;") })
        #expect(cycles.map(\.message).contains { $0.hasPrefix("parent cycle: x1 → x2 → x3 → x1;") })
        #expect(validation.problems.count == 2)
    }

    @Test func deepParentChainWithoutCycleIsFine() {
        var records = [Records.initiative("level0")]
        for level in 1..<200 { records.append(Records.initiative("level\(level)", parent: "level\(level - 1)")) }
        let validation = validate(initiatives: jsonLines(records + [Records.net]))
        #expect(validation.problems.isEmpty)
    }

    @Test func countryHints() throws {
        let hints = [("GR", "(Greece is EL in EU usage)"), ("gr", "(Greece is EL in EU usage)"),
                     ("UK", "(the United Kingdom is GB)"), ("se", "(codes are upper case: SE)")]
        for (code, hint) in hints {
            let validation = validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: code)]))
            let problem = try #require(onlyProblem(validation))
            #expect(problem.kind == .unknownCountry)
            #expect(problem.message.contains(hint), "\(code): \(problem.message)")
        }
        #expect(validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: "EL", nuts: #""EL30""#)])).problems.isEmpty)
        let xx = try #require(onlyProblem(validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: "XX")]))))
        #expect(!xx.message.contains("("))
    }

    @Test func nutsCodesOfTheUnitedKingdomStartWithUK() throws {
        #expect(validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: "GB", nuts: #""UKM""#)])).problems.isEmpty)
        let problem = try #require(onlyProblem(validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: "GB", nuts: #""GBX""#)]))))
        #expect(problem.kind == .nutsMismatch)
        #expect(problem.message.hasSuffix("expected it to start with UK"))
        #expect(validate(territories: jsonLines([Records.alpha, Records.territory("beta", country: "NO", nuts: #""NO0A""#)])).problems.isEmpty)
    }

    @Test func badNUTSFormats() {
        for nuts in ["se331", "S", "SE33123", "SE-33", "SE 33", "ÖS1", ""] {
            let validation = validate(territories: jsonLines([Records.alpha, Records.territory("beta", nuts: "\"\(nuts)\"")]))
            #expect(validation.problems.map(\.kind) == [.badFormat], "\(nuts): \(validation.problems.map(\.description))")
        }
        for nuts in ["SE", "SE3", "SE33", "SE331"] {
            #expect(validate(territories: jsonLines([Records.alpha, Records.territory("beta", nuts: "\"\(nuts)\"")])).problems.isEmpty, "\(nuts)")
        }
    }

    @Test func startedDates() {
        for started in ["2022-13", "2022-00", "2022-5", "22", "May 2022", "2022-05-17", "2022/05", "２０２２", ""] {
            let validation = validate(initiatives: jsonLines([Records.net, Records.initiative("platform", extra: ", \"started\": \"\(started)\"")]))
            #expect(validation.problems.map(\.kind) == [.badFormat], "\(started): \(validation.problems.map(\.description))")
        }
        for started in ["2022", "2022-01", "2022-12", "1999-10"] {
            let validation = validate(initiatives: jsonLines([Records.net, Records.initiative("platform", extra: ", \"started\": \"\(started)\"")]))
            #expect(validation.problems.isEmpty, "\(started)")
        }
    }

    @Test func unknownFieldWithoutACloseMatchHasNoSuggestion() throws {
        let validation = validate(memberships: jsonLines([Records.membership("alpha", "net", extra: #", "xyzzy123": 1"#)]))
        let problem = try #require(onlyProblem(validation))
        #expect(problem.kind == .unknownField && problem.severity == .warning)
        #expect(!problem.message.contains("did you mean"))
        #expect(problem.message.contains("known fields: territory, initiative, role, sources, confidence, note"))
        #expect(validation.catalog?.memberships.count == 1)
    }

    @Test func repeatedFieldKeepsTheFirstValue() throws {
        let validation = validate(territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "name": "Second""#)]))
        #expect(validation.problems.map(\.kind) == [.unknownField])
        #expect(validation.catalog?.territories[1].name == "Beta")
    }

    @Test func sameTerritoryAndInitiativeInAnotherRoleIsNotADuplicate() {
        let validation = validate(memberships: jsonLines([Records.alphaInNet, Records.membership("alpha", "net", role: "partner")]))
        #expect(validation.problems.isEmpty)
        #expect(validation.catalog?.memberships.count == 2)
    }

    @Test func missingSourcesIsAnErrorNotAWarning() throws {
        let record = #"{"territory": "alpha", "initiative": "net", "role": "member", "confidence": "stated"}"#
        let problem = try #require(onlyProblem(validate(memberships: jsonLines([record]))))
        #expect(problem.kind == .missingField && problem.severity == .error)
    }

    @Test func nullSourcesIsAWrongType() throws {
        let record = #"{"territory": "alpha", "initiative": "net", "role": "member", "sources": null, "confidence": "stated"}"#
        let problem = try #require(onlyProblem(validate(memberships: jsonLines([record]))))
        #expect(problem.kind == .wrongType && problem.field == "sources")
    }
}

@Suite("Validation: reporting")
struct ValidationReportingTests {
    @Test func everyProblemIsReportedAtOnce() throws {
        let territories = jsonLines([
            Records.alpha,
            Records.territory("gamma", extra: "").replacingOccurrences(of: #""region""#, with: #""regoin""#),
            Records.territory("delta", country: "GR"),
            Records.beta,
        ])
        let initiatives = jsonLines([
            Records.net,
            Records.initiative("bad-date", extra: #", "started": "2022-13""#),
            Records.platform,
        ])
        let memberships = jsonLines([
            Records.alphaInNet,
            Records.membership("beta", "net", role: "boss"),
            Records.membership("omega", "platform"),
            Records.membership("beta", "platform", extra: #", "notes": "typo""#),
        ])
        let validation = validate(territories: territories, initiatives: initiatives, memberships: memberships)
        #expect(validation.catalog == nil)

        struct Key: Hashable { var kind: DataProblem.Kind; var file: String; var index: Int?; var id: String?; var field: String? }
        let found = Set(validation.problems.map {
            Key(kind: $0.kind, file: $0.file, index: $0.recordIndex, id: $0.recordID, field: $0.field)
        })
        let expected: Set<Key> = [
            Key(kind: .unknownValue, file: "territories.json", index: 1, id: #"id "gamma""#, field: "kind"),
            Key(kind: .unknownCountry, file: "territories.json", index: 2, id: #"id "delta""#, field: "country"),
            Key(kind: .badFormat, file: "initiatives.json", index: 1, id: #"id "bad-date""#, field: "started"),
            Key(kind: .unknownValue, file: "memberships.json", index: 1, id: "beta in net", field: "role"),
            Key(kind: .unknownReference, file: "memberships.json", index: 2, id: "omega in platform", field: "territory"),
            Key(kind: .unknownField, file: "memberships.json", index: 3, id: "beta in platform", field: "notes"),
        ]
        #expect(found == expected)
        #expect(validation.problems.count == expected.count)
        #expect(validation.errors.count == 5 && validation.warnings.count == 1)
        #expect(validation.problems(.unknownField).first?.message.contains(#"did you mean "note"?"#) == true)
        // Lines of record problems are the records' lines (record n is on line n + 2).
        for problem in validation.problems {
            #expect(problem.position?.line == problem.recordIndex.map { $0 + 2 }, "\(problem)")
        }
    }

    @Test func loadErrorCountsErrorsAndKeepsWarnings() {
        do {
            _ = try CatalogLoader.load(territories: Array(jsonLines([Records.alpha, Records.territory("beta", country: "GR")]).utf8),
                                       initiatives: Array(Records.initiatives.utf8),
                                       memberships: Array(jsonLines([Records.alphaInNet, Records.alphaInNet]).utf8),
                                       origin: .directory("somewhere"), directory: "somewhere")
            Issue.record("loaded despite an error")
        } catch {
            #expect(error.directory == "somewhere")
            #expect(error.errors.map(\.kind) == [.unknownCountry])
            #expect(error.problems.count == 2)
            #expect(error.problems.contains { $0.kind == .duplicateMembership && $0.severity == .warning })
            #expect(error.description == "somewhere: 1 problem in the data")
        }
    }

    @Test func warningsAloneDoNotStopLoading() throws {
        let validation = validate(
            territories: jsonLines([Records.alpha, Records.territory("beta", extra: #", "contry": "SE""#)]),
            initiatives: jsonLines([Records.net, #"{"id": "platform", "kind": "thematic-platform", "name": "P", "sources": []}"#]),
            memberships: jsonLines([Records.alphaInNet, Records.betaInNet, Records.alphaInNet]))
        let catalog = try #require(validation.catalog)
        #expect(Set(validation.problems.map(\.kind)) == [.unknownField, .noSources, .duplicateMembership])
        #expect(validation.problems.allSatisfy { $0.severity == .warning })
        #expect(catalog.warnings.count == 3)
        #expect(catalog.territories.count == 2 && catalog.initiatives.count == 2 && catalog.memberships.count == 3)
    }

    @Test func descriptionOfAFieldProblem() throws {
        let line = Records.membership("alpha", "platform", role: "boss")
        let validation = validate(memberships: jsonLines([Records.alphaInNet, line]))
        let problem = try #require(onlyProblem(validation))
        let col = column(of: #""boss""#, in: line)
        #expect(col == 58)
        #expect(problem.description == #"memberships.json:3:58: error: record 1 (alpha in platform), field "role": unknown role "boss"; expected lead, co-lead, member, partner or participant"#)
    }

    @Test func descriptionOfOtherShapes() {
        let warning = DataProblem(.warning, .duplicateMembership, file: "memberships.json",
                                  position: SourcePosition(line: 4, column: 1), recordIndex: 2, recordID: "a in b",
                                  message: "the same territory, initiative and role as record 0")
        #expect(warning.description == "memberships.json:4:1: warning: record 2 (a in b): the same territory, initiative and role as record 0")
        let noRecord = DataProblem(.wrongType, file: "initiatives.json", position: SourcePosition(line: 1, column: 1),
                                   message: "expected an array")
        #expect(noRecord.description == "initiatives.json:1:1: error: expected an array")
        let fieldOnly = DataProblem(.missingField, file: "t.json", recordIndex: 0, field: "id", message: "missing")
        #expect(fieldOnly.description == #"t.json: error: record 0, field "id": missing"#)
    }
}
