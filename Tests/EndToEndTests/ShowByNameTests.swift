import Foundation
import Testing

/// `regio show` given a name instead of an id.
@Suite("show by name", .timeLimit(.minutes(1)))
struct ShowByNameTests {
    @Test("a unique name in any language, in any case, with or without accents")
    func uniqueNames() throws {
        for (name, id) in [("Västerbotten", "vasterbotten"), ("VASTERBOTTEN", "vasterbotten"),
                           ("Emilia-Romagna", "emilia-romagna"), ("emilia romagna", "emilia-romagna"),
                           ("Österbotten", "ostrobothnia"), ("pohjanmaa", "ostrobothnia"),
                           ("Noord-Nederland", "noord-nederland"), ("LARS – Learning Among Regions on Smart Specialisation", "lars")] {
            let result = try ProcessRunner.regio(["show", name])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("id: \(id)\n"), "\(name) should show \(id):\n\(result.stdout.prefix(300))")
        }
    }

    @Test("a name two records share lists both ids and exits 1")
    func ambiguousName() throws {
        let scratch = try ScratchFolder("regio-e2e-showname")
        defer { scratch.remove() }
        let folder = scratch.file("data")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = [
            DataFolder.territoriesFile: """
                [{"id": "limburg-be", "kind": "region", "name": "Limburg", "country": "BE", "nuts": "BE22",
                  "sources": ["https://example.org/a"], "confidence": "stated"},
                 {"id": "limburg-nl", "kind": "region", "name": "Limburg", "country": "NL", "nuts": "NL42",
                  "sources": ["https://example.org/a"], "confidence": "stated"}]
                """,
            DataFolder.initiativesFile: #"[{"id": "net", "kind": "network", "name": "Net", "sources": ["https://example.org/b"]}]"#,
            DataFolder.membershipsFile: """
                [{"territory": "limburg-be", "initiative": "net", "role": "member", "sources": ["s"], "confidence": "stated"},
                 {"territory": "limburg-nl", "initiative": "net", "role": "member", "sources": ["s"], "confidence": "stated"}]
                """,
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let result = try ProcessRunner.regio(["show", "LIMBURG", "--data", folder])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
        for text in ["limburg-be", "limburg-nl", "2 records"] {
            #expect(result.stderr.contains(text), "missing “\(text)” in: \(result.stderr)")
        }
        // The id still opens one of them.
        let byID = try ProcessRunner.regio(["show", "limburg-nl", "--data", folder])
        #expect(byID.status == 0 && byID.stdout.contains("(region, NL"), "\(byID.stdout)\(byID.stderr)")
    }

    @Test("an unknown name still fails with suggestions")
    func unknownName() throws {
        let result = try ProcessRunner.regio(["show", "Atlantis"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("id or name 'Atlantis'"), "stderr: \(result.stderr)")
    }
}
