import Testing
@testable import RegioModel

/// The initiatives' fast path must give exactly what the general path gives: records, positions, ids
/// and problems, on generated data and on records it must decline or read with escapes.
@Suite("Initiative fast path")
struct InitiativeFastPathTests {
    static func read(_ bytes: [UInt8], fastPath: Bool) -> (ParsedFile<Initiative>?, [DataProblem]) {
        var validator = CatalogValidator()
        let parsed = bytes.withUnsafeBufferPointer { validator.readInitiatives($0, fastPath: fastPath) }
        return (parsed, validator.problems)
    }

    @Test func generatedInitiativesComeOutTheSame() throws {
        let data = try LoadingInPiecesTests.dataset.get()
        let (fast, fastProblems) = Self.read(data.initiatives, fastPath: true)
        let (slow, slowProblems) = Self.read(data.initiatives, fastPath: false)
        #expect((fast?.records.count ?? 0) > 100)
        #expect(fast?.records == slow?.records)
        #expect(fast?.positions == slow?.positions)
        #expect(fast?.ids == slow?.ids)
        #expect(fastProblems == slowProblems)
    }

    @Test func escapesNullsAndUnusualRecordsComeOutTheSame() throws {
        let records = [
            // As an import writes a project: a quoted title, a parent, a start, two sources.
            #"{"id":"cordis-1","kind":"research-project","name":"P1: A \"quoted\" title; \u00c5lesund \ud83d\ude80","description":"line\nbreak","parent":"net","started":"2023-03","sources":["https://cordis.europa.eu/project/id/1","p.csv:2"]}"#,
            #"{"id": "nulls", "kind": "network", "name": "N", "description": null, "parent": null, "started": null, "same_as": null, "related": null, "lead_regions_note": null, "sources": ["s"]}"#,
            #"{"id": "links", "kind": "network", "name": "L", "same_as": "net", "related": "cordis-1", "lead_regions_note": "two leads", "conflict": "2019 or 2020", "sources": ["s", "t"]}"#,
            #"{"id": "net", "kind": "network", "name": "Net", "sources": ["s"]}"#,
            #"{"id": "net", "kind": "network", "name": "Again", "sources": ["s"]}"#,                   // repeated id
            #"{"id": "badstart", "kind": "network", "name": "B", "started": "2020-13", "sources": ["s"]}"#, // not a month
            #"{"id": "blankname", "kind": "network", "name": " \t", "sources": ["s"]}"#,                 // blank name
            #"{"id": "blankconflict", "kind": "network", "name": "C", "conflict": " ", "sources": ["s"]}"#,
            #"{"id": "counted", "kind": "network", "name": "C", "counts": {"regions": 3}, "counts_sources": ["s"], "sources": ["s"]}"#,
            #"{"id": "noted", "kind": "network", "name": "C", "note": "ignored", "sources": ["s"]}"#,
            #"{"id": "kind", "kind": "club", "name": "K", "sources": ["s"]}"#,                          // unknown kind
            #"{"id": "nosources", "kind": "network", "name": "S", "sources": []}"#,
        ]
        let bytes = Array(jsonLines(records).utf8)
        let (fast, fastProblems) = Self.read(bytes, fastPath: true)
        let (slow, slowProblems) = Self.read(bytes, fastPath: false)
        #expect(fast?.records == slow?.records)
        #expect(fast?.positions == slow?.positions)
        #expect(fast?.indices == slow?.indices)
        #expect(fast?.ids == slow?.ids)
        #expect(fastProblems == slowProblems)
        let first = try #require(fast?.records.first)
        #expect(first.name == "P1: A \"quoted\" title; Ålesund 🚀" && first.description == "line\nbreak")
        #expect(fastProblems.contains { $0.kind == .duplicateID && $0.recordIndex == 4 })
        #expect(fastProblems.contains { $0.kind == .badFormat && $0.recordIndex == 5 })
    }

    /// A blank parent, same_as or related is reported as empty by both paths, not looked up as the id ""
    /// (which said `no initiative has id ""; did you mean "a"?`, as if the record should be its own parent).
    @Test func aBlankReferenceIsReportedAsEmpty() throws {
        let records = [
            #"{"id": "a", "kind": "network", "name": "A", "parent": "", "sources": ["s"]}"#,
            #"{"id": "b", "kind": "network", "name": "B", "same_as": "  ", "sources": ["s"]}"#,
            #"{"id": "c", "kind": "network", "name": "C", "related": "", "parent": "a", "sources": ["s"]}"#,
        ]
        let bytes = Array(jsonLines(records).utf8)
        let (fast, fastProblems) = Self.read(bytes, fastPath: true)
        let (slow, slowProblems) = Self.read(bytes, fastPath: false)
        #expect(fast?.records == slow?.records)
        #expect(fastProblems == slowProblems)
        #expect(fastProblems.map(\.field) == ["parent", "same_as", "related"])
        #expect(fastProblems.allSatisfy { $0.kind == .emptyValue && $0.severity == .error
            && $0.message.contains("is empty; expected the id of an initiative, or null") }, "\(fastProblems)")
        #expect(fast?.records.last?.parent == "a")
    }
}
