import Foundation
import Testing
@testable import RegioModel

/// A large memberships file is read in pieces on several threads, and most records take a fast path that
/// builds no tree. Neither may change what is loaded or what is reported: records, record numbers, lines
/// and messages must be exactly those of a plain one-thread read.
@Suite("Loading in pieces")
struct LoadingInPiecesTests {
    /// A generated dataset whose memberships file (about 5 MB) is large enough to be split.
    final class Dataset: @unchecked Sendable {
        let folder: FixtureDirectory
        let territories: [UInt8], initiatives: [UInt8], memberships: [UInt8]
        init() throws {
            let folder = try FixtureDirectory()
            try DatasetGenerator(territories: 4000, initiatives: 400, memberships: 40_000, seed: 11).write(to: folder.path)
            func read(_ name: String) throws -> [UInt8] {
                Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)))
            }
            self.folder = folder
            territories = try read(CatalogLoader.territoriesFile)
            initiatives = try read(CatalogLoader.initiativesFile)
            memberships = try read(CatalogLoader.membershipsFile)
        }
    }

    static let dataset = Result { try Dataset() }

    /// The memberships read by one thread, record by record through the general path only.
    static func oneThread(_ bytes: [UInt8]) -> (ParsedMemberships?, [DataProblem]) {
        var validator = CatalogValidator()
        let parsed = bytes.withUnsafeBufferPointer { validator.readMemberships($0, fastPath: false)?.parsed }
        return (parsed, validator.problems)
    }

    static func inPieces(_ bytes: [UInt8]) -> FileReadings {
        FileReadings.read(territories: nil, initiatives: nil, memberships: .memory(bytes), progress: nil)
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    static func bytes(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    /// Where two long arrays first differ, as a short description (a failure message of a whole array
    /// of 40,000 would be unreadable); nil when they are equal.
    func firstDifference<Element: Equatable>(_ a: [Element], _ b: [Element]) -> String? {
        if let index = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset { return "at \(index): \(a[index]) ≠ \(b[index])" }
        return a.count == b.count ? nil : "counts \(a.count) ≠ \(b.count)"
    }

    @Test func theFileIsSplitAndGivesTheSameRecordsPositionsAndNumbers() throws {
        let data = try Self.dataset.get()
        #expect(JSONArrayPieces.starts(in: .memory(data.memberships), count: 8).count > 1)
        let (whole, problems) = Self.oneThread(data.memberships)
        let pieces = Self.inPieces(data.memberships)
        let merged = try #require(pieces.memberships)
        let expected = try #require(whole)
        #expect(merged.records.count == 40_000)
        #expect(firstDifference(Array(merged.records), Array(expected.records)) == nil)
        #expect(firstDifference(merged.indices, expected.indices) == nil)
        #expect(firstDifference(Array(merged.positions), Array(expected.positions)) == nil)
        #expect(pieces.problems == problems)
        // Generated files hold one record per line after the opening bracket.
        #expect(merged.positions[39_999] == SourcePosition(line: 40_001, column: 1))
    }

    @Test func problemsDeepInTheFileNameTheirRecordAndLine() throws {
        let data = try Self.dataset.get()
        var lines = Self.lines(data.memberships)
        // Record n is on line n + 2, that is lines[n + 1].
        lines[39_001] = lines[39_001].replacingOccurrences(of: #""confidence":"#, with: #""colour":"blue","confidence":"#)
        lines[35_001] = lines[35_001].replacingOccurrences(of: #""role":""#, with: #""role":"boss","was":""#)
        let bytes = Self.bytes(lines)
        let pieces = Self.inPieces(bytes)
        let (_, expected) = Self.oneThread(bytes)
        #expect(pieces.problems == expected)
        let role = try #require(pieces.problems.first { $0.field == "role" })
        #expect(role.recordIndex == 35_000 && role.position?.line == 35_002 && role.severity == .error)
        #expect(role.message.contains("unknown role \"boss\""))
        let colour = try #require(pieces.problems.first { $0.field == "colour" })
        #expect(colour.recordIndex == 39_000 && colour.position?.line == 39_001 + 1 && colour.severity == .warning)
    }

    @Test func aSyntaxErrorDeepInTheFileIsReportedAtItsLine() throws {
        let data = try Self.dataset.get()
        var lines = Self.lines(data.memberships)
        lines[30_001] = lines[30_001].replacingOccurrences(of: "}", with: "")
        let pieces = Self.inPieces(Self.bytes(lines))
        #expect(pieces.memberships == nil)
        let problem = try #require(pieces.problems.first)
        #expect(pieces.problems.count == 1)
        #expect(problem.kind == .malformedJSON)
        #expect(problem.position?.line == 30_002 || problem.position?.line == 30_003, "\(problem)")
    }

    /// Records spread over several lines, with nested arrays of objects in an unknown field: lines that
    /// start with `{` after a line ending in `,` are then often inside a record, the split must be
    /// refused, and the result must still be the one-thread one.
    @Test func aSplitInsideARecordIsNoticedAndTheResultIsUnchanged() throws {
        let data = try Self.dataset.get()
        let nested = ",\n  \"extra\": [\n" + Array(repeating: "    {\"x\": 1}", count: 12).joined(separator: ",\n") + "\n  ]"
        let lines = Self.lines(data.memberships).map { line -> String in
            guard line.hasPrefix("{") else { return line }
            let comma = line.hasSuffix(",") ? "," : ""
            return String(line.dropLast(comma.count + 1)) + nested + "}" + comma
        }
        let bytes = Self.bytes(lines)
        let pieces = Self.inPieces(bytes)
        let (whole, expected) = Self.oneThread(bytes)
        #expect(firstDifference(Array(pieces.memberships?.records ?? []), Array(whole?.records ?? [])) == nil)
        #expect(firstDifference(Array(pieces.memberships?.positions ?? []), Array(whole?.positions ?? [])) == nil)
        #expect(firstDifference(pieces.problems, expected) == nil)
        #expect(pieces.problems.count == 40_000)
        #expect(pieces.problems.allSatisfy { $0.kind == .unknownField })
    }

    /// The fast path declines what it does not recognise; escapes, odd spacing and nulls come out the same.
    @Test func unusualButValidRecordsLoadTheSameThroughEitherPath() throws {
        let records = [
            #"{"territory": "alpha", "initiative": "net", "role": "lead", "sources": ["https://example.org/m"], "confidence": "stated"}"#,
            #"{ "territory" : "be\u0074a" , "initiative":"net","role":"member","sources":["a","b\/c"],"confidence":"inferred","note":null }"#,
            #"{"note": "Västerbotten \"quoted\"", "confidence": "stated", "sources": ["s"], "role": "partner", "initiative": "platform", "territory": "alpha"}"#,
            #"{"territory": "beta", "initiative": "platform", "role": "participant", "sources": ["s"], "confidence": "stated", "note": "Ünïcödé note"}"#,
        ]
        let bytes = Array(jsonLines(records).utf8)
        let (whole, problems) = Self.oneThread(bytes)
        var validator = CatalogValidator()
        let fast = bytes.withUnsafeBufferPointer { validator.readMemberships($0)?.parsed }
        #expect(problems.isEmpty && validator.problems.isEmpty)
        let memberships = try #require(fast?.records)
        #expect(memberships == whole?.records)
        #expect(memberships[1].territory == "beta" && memberships[1].sources == ["a", "b/c"] && memberships[1].note == nil)
        #expect(memberships[2].note == "Västerbotten \"quoted\"" && memberships[2].role == .partner)
        #expect(memberships[3].note == "Ünïcödé note")
    }

    /// The fast path keeps sources as stems and numbers; each comes back byte for byte, as the general
    /// path reads it, whatever stem stood at the same place in the list before.
    @Test func sourcesComeBackExactlyThroughTheFastPath() throws {
        let sources = MembershipTableTests.awkwardSources
        let records = sources.indices.map { index in
            let list = [sources[index], sources[(index + 1) % sources.count], "file.csv:\(index)"]
            let json = list.map { "\"" + $0 + "\"" }.joined(separator: ",")
            return #"{"territory": "t\#(index)", "initiative": "net", "role": "member", "sources": [\#(json)], "confidence": "stated"}"#
        }
        let bytes = Array(jsonLines(records).utf8)
        let (whole, problems) = Self.oneThread(bytes)
        var validator = CatalogValidator()
        let fast = try #require(bytes.withUnsafeBufferPointer { validator.readMemberships($0)?.parsed })
        let general = try #require(bytes.withUnsafeBufferPointer { validator.readMemberships($0, fastPath: false)?.parsed })
        #expect(problems.isEmpty && validator.problems.isEmpty)
        for index in sources.indices {
            let expected = [sources[index], sources[(index + 1) % sources.count], "file.csv:\(index)"].map { Array($0.utf8) }
            #expect(fast.records[index].sources.map { Array($0.utf8) } == expected)
            #expect(general.records[index].sources.map { Array($0.utf8) } == expected)
        }
        #expect(fast.records == whole?.records)
    }

    @Test func progressCountsEveryByteOnce() throws {
        let data = try Self.dataset.get()
        let progress = LoadProgress()
        _ = try CatalogLoader.load(directory: data.folder.path, progress: progress)
        #expect(progress.totalBytes == data.territories.count + data.initiatives.count + data.memberships.count)
        #expect(progress.parsedBytes == progress.totalBytes)
        #expect(progress.fraction == 1)
    }
}

/// The territories' fast path must give exactly what the general path gives, on generated data (names in
/// several languages and scripts) and on records it must decline.
@Suite("Territory fast path")
struct TerritoryFastPathTests {
    static func read(_ bytes: [UInt8], fastPath: Bool) -> (ParsedFile<Territory>?, [DataProblem]) {
        var validator = CatalogValidator()
        let parsed = bytes.withUnsafeBufferPointer { validator.readTerritories($0, fastPath: fastPath) }
        return (parsed, validator.problems)
    }

    @Test func generatedTerritoriesComeOutTheSame() throws {
        let data = try LoadingInPiecesTests.dataset.get()
        let (fast, fastProblems) = Self.read(data.territories, fastPath: true)
        let (slow, slowProblems) = Self.read(data.territories, fastPath: false)
        #expect(fast?.records.count == 4000)
        #expect(fast?.records == slow?.records)
        #expect(fast?.positions == slow?.positions)
        #expect(fast?.ids == slow?.ids)
        #expect(fastProblems == slowProblems)
    }

    /// Each of these is declined by the fast path and reported (or accepted) by the general one exactly
    /// as when the fast path is off.
    @Test func unusualRecordsAreLeftToTheGeneralPath() {
        let records = [
            Records.territory("ok", nuts: "\"SE1\"", extra: #", "names": {"sv": "Öl", "native": "Ölands"}"#),
            Records.territory("ok"),                                                      // repeated id
            Records.territory("badnuts", nuts: "\"DE1\""),                                // another country's NUTS
            Records.territory("lower", country: "se"),                                    // unknown country
            Records.territory("blank", extra: #", "names": {"sv": "   "}"#),             // blank name
            Records.territory("twice", extra: #", "names": {"sv": "A", "sv": "B"}"#),     // repeated language
            Records.territory("klingon", extra: #", "names": {"tlh": "Qo'noS"}"#),        // unknown language
            Records.territory("escaped", extra: #", "note": "a \"quoted\" note""#),       // escapes
            Records.territory("extra", extra: #", "colour": "blue""#),                    // unknown field
            #"{"id": "nosources", "kind": "region", "name": "N", "country": "SE", "sources": [], "confidence": "stated"}"#,
            #"{"id": "\u00d6", "kind": "city", "name": "\u00d6", "country": "FI", "nuts": null, "sources": ["s"], "confidence": "inferred", "nuts_note": "n"}"#,
        ]
        let bytes = Array(jsonLines(records).utf8)
        let (fast, fastProblems) = Self.read(bytes, fastPath: true)
        let (slow, slowProblems) = Self.read(bytes, fastPath: false)
        #expect(fast?.records == slow?.records)
        #expect(fast?.indices == slow?.indices)
        #expect(fastProblems == slowProblems)
        #expect(fastProblems.contains { $0.kind == .duplicateID && $0.recordIndex == 1 })
        #expect(fastProblems.contains { $0.kind == .nutsMismatch && $0.recordIndex == 2 })
        #expect(fastProblems.contains { $0.kind == .emptyValue && $0.recordIndex == 4 })
        #expect(fast?.records.first?.names == [LocalizedName(.sv, "Öl"), LocalizedName(.native, "Ölands")])
    }
}
