import Foundation
import Testing

/// NUTS codes checked against the classification, conflicts shown, and --nuts, as the commands do them.
@Suite("NUTS and conflicts on the command line", .timeLimit(.minutes(1)))
struct NUTSCommandLineTests {
    /// A data folder with one territory whose NUTS code is `nuts`.
    static func folder(nuts: String, in scratch: ScratchFolder) throws -> String {
        let folder = scratch.file("data")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = [
            DataFolder.territoriesFile: """
                [{"id": "north", "kind": "region", "name": "North", "country": "\(nuts.prefix(2))", "nuts": "\(nuts)",
                  "sources": ["https://example.org/a"], "confidence": "stated"}]
                """,
            DataFolder.initiativesFile: """
                [{"id": "net", "kind": "network", "name": "Net", "sources": ["https://example.org/b"]}]
                """,
            DataFolder.membershipsFile: """
                [{"territory": "north", "initiative": "net", "role": "member", "sources": ["https://example.org/c"],
                  "confidence": "stated"}]
                """,
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("validate fails on SE999, naming the code and both NUTS versions, status 65")
    func unknownCodeFails() throws {
        let scratch = try ScratchFolder("regio-e2e-nuts")
        defer { scratch.remove() }
        let result = try ProcessRunner.regio(["validate", "--data", try Self.folder(nuts: "SE999", in: scratch)])
        #expect(result.status == 65, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        for text in ["SE999", "NUTS 2021", "NUTS 2024", "territories.json", "error"] {
            #expect(result.stderr.contains(text), "missing “\(text)” in: \(result.stderr)")
        }
    }

    @Test("validate passes FI195 with a note naming its NUTS 2024 code FI19A")
    func olderCodePassesWithANote() throws {
        let scratch = try ScratchFolder("regio-e2e-nuts")
        defer { scratch.remove() }
        let result = try ProcessRunner.regio(["validate", "--data", try Self.folder(nuts: "FI195", in: scratch)])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("note:") && result.stdout.contains("FI195") && result.stdout.contains("FI19A"),
                "stdout: \(result.stdout)")
        #expect(result.stdout.contains("valid") && result.stdout.contains("1 note"), "stdout: \(result.stdout)")
    }

    @Test("show names the NUTS region with its parents")
    func showNamesTheRegion() throws {
        let result = try ProcessRunner.regio(["show", "vasterbotten"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("SE331 Västerbottens län › SE33 Övre Norrland › SE3 Norra Sverige"),
                "stdout: \(result.stdout)")
    }

    @Test("show prints the conflict of each affected record")
    func showPrintsConflicts() throws {
        for (id, text) in [("andalusia", "guidato dall'Emilia-Romagna"), ("north-west-romania", "North-East Romania"),
                           ("norte", "coordinated by"), ("gavleborg", "not Gävleborg"), ("lars", "March 2021")] {
            let result = try ProcessRunner.regio(["show", id])
            #expect(result.status == 0, "\(id): \(result.stderr)")
            #expect(result.stdout.contains("CONFLICT between sources") && result.stdout.contains(text),
                    "\(id): missing the conflict in:\n\(result.stdout)")
        }
    }

    @Test("list --nuts SE33 lists Västerbotten only; an unknown region is a usage error")
    func listNarrowedToARegion() throws {
        let result = try ProcessRunner.regio(["list", "participants", "--nuts", "se33", "--format", "csv"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst()  // CSV lines end in CRLF
        #expect(rows.count == 1 && rows.first?.contains("vasterbotten") == true, "stdout: \(result.stdout)")
        let wrong = try ProcessRunner.regio(["list", "participants", "--nuts", "SE999"])
        #expect(wrong.status == 64 && wrong.stderr.contains("SE999"), "stderr: \(wrong.stderr)")
    }
}
