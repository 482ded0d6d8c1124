import Foundation
import Testing
@testable import RegioModel

/// The membership fast path predicts each key from the previous record's field order (`PredictedFields`),
/// matches names and enum values as words (`ShortNames`), and adds an id it has not seen to the pool
/// without a lookup while that is safe (`MembershipIDs`). None of it may change what is read: records in
/// any field order, with odd keys, odd values and canonically equal ids, give exactly (byte for byte) the
/// records, positions and problems of the general path.
@Suite("Membership fast path")
struct MembershipFastPathTests {
    /// Ids: non-ASCII, blank, empty, escaped, and 15 to 17 bytes long. Not canonically equal ones (the
    /// Kelvin sign and K): both paths keep the first spelling the pool was given, but the fast path gives
    /// the pool the ids of a record it then declines for another field (so does main; the records are the
    /// same unless an equal id with other bytes follows). `canonicallyEqualIdsShareTheFirstSpelling` reads
    /// them in records that are all kept.
    static let ids = ["t1", "t2", "tK", "t\u{212B}", "Ume\u{00E5}", "Ümeå", "  ", "",
                      #"t\u0031"#, "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "t-a-territory-id-of-twenty"]
    static let roles = ["member", "lead", "co-lead", "participant", "partner", "members", "membe", "", "Member"]
    static let keyVariants: [String: [String]] = [
        "territory": [#"terr\u0069tory"#, "territor", "territoryX", "Territory"],
        "initiative": ["initiativ", "initiatives"],
        "role": ["rol", "roles"],
    ]

    /// A membership record with its fields in the given order and some of its keys and values made odd.
    static func record(_ random: inout SeededRandom, order: [String], odd: Int) -> String {
        let space = [" ", "", "  ", "\t"]
        func value(_ field: String) -> String {
            switch field {
            case "territory": return "\"" + (random.chance(odd) ? random.pick(ids) : random.pick(Array(ids.prefix(6)))) + "\""
            case "initiative": return "\"" + (random.chance(odd) ? random.pick(ids) : "i\(random.below(30))") + "\""
            case "role": return "\"" + (random.chance(odd) ? random.pick(roles) : random.pick(Array(roles.prefix(5)))) + "\""
            case "sources": return random.chance(odd) ? "[]" : #"["https://example.eu/source/\#(random.below(5))"]"#
            case "confidence": return random.chance(odd) ? #""Stated""# : random.pick([#""stated""#, #""inferred""#])
            case "note": return random.pick(["null", #""A note.""#, #""Ünïcödé note""#])
            default: return random.pick([#""disputed""#, #""  ""#])
            }
        }
        let fields = order.map { field in
            var key = field
            if random.chance(odd), let variants = keyVariants[field] { key = random.pick(variants) }
            return "\"\(key)\"" + random.pick(space) + ":" + random.pick(space) + value(field)
        }
        let repeated = random.chance(odd / 2) ? ", \"role\": \"member\"" : ""
        return "{" + fields.joined(separator: "," + random.pick(space)) + repeated + "}"
    }

    /// Every record as bytes, so that canonically equal but different strings do not pass for each other.
    static func exact(_ table: MembershipTable) -> [[[UInt8]]] {
        table.map { membership in
            [Array(membership.territory.utf8), Array(membership.initiative.utf8), Array(membership.role.rawValue.utf8),
             Array(membership.confidence.rawValue.utf8), membership.note.map { Array($0.utf8) } ?? [0xFF],
             membership.conflict.map { Array($0.utf8) } ?? [0xFF]] + membership.sources.map { Array($0.utf8) }
        }
    }

    static func read(_ bytes: [UInt8], fastPath: Bool) -> (ParsedMemberships?, [DataProblem]) {
        var validator = CatalogValidator()
        let parsed = bytes.withUnsafeBufferPointer { validator.readMemberships($0, fastPath: fastPath)?.parsed }
        return (parsed, validator.problems)
    }

    /// Runs of records in one field order, then another (each order seen twice or more so that it is
    /// predicted), with some keys and values made odd.
    @Test(arguments: 0..<24)
    func recordsInAnyFieldOrderAreReadAsTheGeneralPathReadsThem(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &+ 1000)
        let base = ["territory", "initiative", "role", "sources", "confidence"]
        var records: [String] = []
        var anyOdd = false
        while records.count < 400 {
            var order = base
            if random.chance(70) {
                for index in order.indices.reversed() { order.swapAt(index, random.below(index + 1)) }
            }
            if random.chance(40) { order.insert("note", at: random.below(order.count + 1)) }
            if random.chance(20) { order.insert("conflict", at: random.below(order.count + 1)) }
            if random.chance(10) { order.remove(at: random.below(order.count)) }
            let odd = random.pick([0, 0, 3, 15])
            anyOdd = anyOdd || odd > 0
            for _ in 0..<(2 + random.below(12)) { records.append(Self.record(&random, order: order, odd: odd)) }
        }
        let bytes = Array(jsonLines(records).utf8)
        let (fast, fastProblems) = Self.read(bytes, fastPath: true)
        let (general, generalProblems) = Self.read(bytes, fastPath: false)
        let fastRecords = try #require(fast), generalRecords = try #require(general)
        #expect(fastProblems == generalProblems)
        let fastExact = Self.exact(fastRecords.records), generalExact = Self.exact(generalRecords.records)
        #expect(fastExact.count == generalExact.count)
        // The first record that differs, rather than all of them.
        if let index = fastExact.indices.first(where: { $0 < generalExact.count && fastExact[$0] != generalExact[$0] }) {
            Issue.record("record \(index): \(fastRecords.records[index]) but \(generalRecords.records[index]) in general; \(fastExact[index]) vs \(generalExact[index])")
        }
        #expect(fastRecords.positions == generalRecords.positions)
        #expect(fastRecords.indices == generalRecords.indices)
        // The test means something only if both kinds of record are there.
        #expect(fastRecords.records.count > 100)
        #expect(generalProblems.isEmpty == !anyOdd)
    }

    /// An ASCII id met after a canonically equal non-ASCII one, or before it, is the same id in the pool
    /// (as the general path has it): the first spelling is the one kept.
    @Test(arguments: [["tK", "t\u{212A}", "tK"], ["t\u{212A}", "tK", "t\u{212A}"], ["tA", "tK", "t\u{212A}", "tB", "tK"]])
    func canonicallyEqualIdsShareTheFirstSpelling(ids: [String]) throws {
        let records = ids.map { id in
            #"{"territory": "\#(id)", "initiative": "\#(id)", "role": "member", "sources": ["s"], "confidence": "stated"}"#
        }
        let bytes = Array(jsonLines(records).utf8)
        let fast = try #require(Self.read(bytes, fastPath: true).0)
        let general = try #require(Self.read(bytes, fastPath: false).0)
        #expect(Self.exact(fast.records) == Self.exact(general.records))
        // Strings compare canonically: "tK" == "t\u{212A}". Bytes tell them apart.
        func first(_ id: String) -> Int { ids.firstIndex { $0.utf8.elementsEqual(id.utf8) }! }
        let kept = first("t\u{212A}") < first("tK") ? "t\u{212A}" : "tK"
        #expect(fast.records.last.map { Array($0.territory.utf8) } == Array(kept.utf8))
        #expect(fast.records.territoryIDs.count == Set(ids).count)
        #expect(Set(ids).count < Set(ids.map { Array($0.utf8) }).count)
    }

    /// An id the general path added (written with an escape) is found again by the fast path as the same id.
    @Test func anIdTheGeneralPathAddedIsNotAddedTwice() throws {
        let records = [#"t\u0031"#, "t2", "t1", "t1", "t2"].map { id in
            #"{"territory": "\#(id)", "initiative": "i", "role": "member", "sources": ["s"], "confidence": "stated"}"#
        }
        let fast = try #require(Self.read(Array(jsonLines(records).utf8), fastPath: true).0)
        #expect(fast.records.map(\.territory) == ["t1", "t2", "t1", "t1", "t2"])
        #expect(fast.records.territoryIDs.values == ["t1", "t2"])
        #expect(Set(fast.records.territoryHandles) == [0, 1])
    }

    /// The key at a place is compared with the name that came there last time, quotes included: a key
    /// that only starts or ends like it is not taken for it.
    @Test func aPredictedKeyMatchesOnlyItsExactName() {
        let fields: [([UInt8], Int)] = [(Array("territory".utf8), 0), (Array("role".utf8), 1)]
        var predicted = PredictedFields(fields)
        func key(_ text: String, place: Int) -> (Int?, Int) {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(bytes: buffer)
                let field = predicted.readKey(&reader, place: place)
                return (field, reader.index)
            }
        }
        #expect(key(#""territory":1"#, place: 0) == (0, 11))
        #expect(key(#""territory":1"#, place: 0) == (0, 11))
        #expect(key(#""territoryX":1"#, place: 0).0 == nil)
        #expect(key(#""territor":1"#, place: 0).0 == nil)
        #expect(key(#""terr\u0069tory":1"#, place: 0).0 == nil)
        #expect(key(#""territory"#, place: 0).0 == nil)
        #expect(key(#"territory":1"#, place: 0).0 == nil)
        // Another name at the same place is found, and predicted from then on.
        #expect(key(#""role":1"#, place: 0) == (1, 6))
        #expect(key(#""role""#, place: 0) == (1, 6))
        #expect(key(#""territory""#, place: 20) == (0, 11))
    }

    /// Enum values matched as words: only the exact raw value.
    @Test func aChoiceIsOnlyItsExactName() {
        let roles = ShortNames(of: Role.self)
        for (text, expected) in [("member", Role.member), ("co-lead", .coLead), ("members", nil), ("membe", nil), ("", nil),
                                 ("Member", nil), ("participant", .participant), ("participants", nil)] as [(String, Role?)] {
            // Each value at the end of its buffer, and with more bytes after it.
            for padding in ["", "\",\"confidence\":\"stated\"}"] {
                let bytes = Array((text + padding).utf8)
                #expect(bytes.withUnsafeBufferPointer { roles.value(for: 0..<text.utf8.count, in: $0) } == expected, "\(text)")
            }
        }
    }
}
