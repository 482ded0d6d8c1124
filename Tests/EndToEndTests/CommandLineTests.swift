import Foundation
import Testing

/// The plain subcommands run as real processes, as scripts and pipes use them.
@Suite("Command line as a real process", .timeLimit(.minutes(1)))
struct CommandLineTests {
    @Test("list participants --country SE --format json is Swedish participants with integer counts")
    func listJSONFilteredToSweden() throws {
        let result = try ProcessRunner.regio(["list", "participants", "--country", "SE", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: result.stdoutData)
        let array = try #require(json as? [[String: Any]], "not an array of objects: \(result.stdout.prefix(200))")
        #expect(!array.isEmpty)
        for element in array {
            let id = element["id"] as? String ?? "?"
            #expect(element["country"] as? String == "SE", "\(id): country \(String(describing: element["country"]))")
            #expect(element["collaborations"] as? Int != nil,
                    "\(id): collaborations should be an integer, is \(String(describing: element["collaborations"]))")
        }
        // In the text itself: digits only (no 7.0, no "7"), once per element.
        let integers = result.stdout.matches(of: /"collaborations"\s*:\s*[0-9]+\s*[,}\n]/).count
        #expect(integers == array.count)
        let ids = array.compactMap { $0["id"] as? String }
        #expect(ids.contains("vasterbotten"))
        #expect(!ids.contains("andalusia"))
    }

    @Test("list participants marks its name order, but not the best-match order of a search")
    func listMarksTheOrderItIsIn() throws {
        let sorted = try ProcessRunner.regio(["list", "participants", "--country", "SE"])
        let searched = try ProcessRunner.regio(["list", "participants", "--search", "osterbotten"])
        #expect(sorted.status == 0 && searched.status == 0, "stderr: \(sorted.stderr) \(searched.stderr)")
        let header = { (output: String) in output.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(header(sorted.stdout).contains("▲"), "header: \(header(sorted.stdout))")
        #expect(!header(searched.stdout).contains("▲") && !header(searched.stdout).contains("▼"),
                "header: \(header(searched.stdout))")
        // Best match first: Ostrobothnia itself before North Ostrobothnia, against name order.
        let rows = searched.stdout.split(separator: "\n").dropFirst().map(String.init)
        let exact = rows.firstIndex { $0.contains("Ostrobothnia") && !$0.contains("North") && !$0.contains("South") }
        let north = rows.firstIndex { $0.contains("North Ostrobothnia") }
        #expect(exact != nil && north != nil && exact! < north!, "rows: \(rows)")
    }

    @Test("show vasterbotten reports collaborations, PRI and sources")
    func showTerritory() throws {
        let result = try ProcessRunner.regio(["show", "vasterbotten"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for text in ["Västerbotten", "Bioenergy", "LARS", "Partnerships for Regional Innovation", "Sources"] {
            #expect(result.stdout.contains(text), "missing “\(text)” in:\n\(result.stdout)")
        }
        #expect(!result.stdout.contains("\u{1B}["), "no escape sequences when stdout is not a terminal")
    }

    @Test("show with an unknown id fails with status 1 and helps")
    func showUnknownID() throws {
        let result = try ProcessRunner.regio(["show", "nosuchid"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
        #expect(result.stderr.contains("nosuchid"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("regio list"), "stderr should say where ids are listed: \(result.stderr)")

        // A near miss gets a suggestion.
        let typo = try ProcessRunner.regio(["show", "vasterbote"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean"), "stderr: \(typo.stderr)")
        #expect(typo.stderr.contains("vasterbotten"), "stderr: \(typo.stderr)")
    }

    /// A small data folder; `kind` is the second territory's kind.
    static func writeFixture(kind: String) throws -> ScratchFolder {
        let territories = """
            [
             {
              "id": "uppsala",
              "kind": "region",
              "name": "Uppsala",
              "names": {"en": "Uppsala"},
              "country": "SE",
              "nuts": "SE121",
              "sources": ["https://example.org/a"],
              "confidence": "stated"
             },
             {
              "id": "skane",
              "kind": "\(kind)",
              "name": "Skåne",
              "names": {"en": "Skåne"},
              "country": "SE",
              "nuts": "SE224",
              "sources": ["https://example.org/b"],
              "confidence": "stated"
             }
            ]

            """
        let initiatives = """
            [
             {
              "id": "pri-pilot",
              "kind": "pilot-action",
              "name": "PRI",
              "parent": null,
              "sources": ["https://example.org/c"]
             }
            ]

            """
        let memberships = """
            [
             {"territory": "uppsala", "initiative": "pri-pilot", "role": "participant",
              "sources": ["https://example.org/d"], "confidence": "stated"}
            ]

            """
        return try ScratchFolder("regio-e2e-data", files: ["territories.json": territories, "initiatives.json": initiatives,
                                                          "memberships.json": memberships])
    }

    @Test("validate reports a broken territories.json with file, line and field, status 65")
    func validateBrokenData() throws {
        // The same folder with a valid kind passes: the failure below is about the one broken field.
        let good = try Self.writeFixture(kind: "region")
        defer { good.remove() }
        let valid = try ProcessRunner.regio(["validate", "--data", good.path])
        #expect(valid.status == 0, "the valid fixture should pass; stderr: \(valid.stderr)")
        #expect(valid.stdout.contains("valid"))

        let broken = try Self.writeFixture(kind: "planet")
        defer { broken.remove() }
        let result = try ProcessRunner.regio(["validate", "--data", broken.path])
        #expect(result.status == 65, "stderr: \(result.stderr)")
        // "kind": "planet" is on line 14 of territories.json.
        #expect(result.stderr.contains("territories.json:14"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("\"kind\""), "stderr should name the field: \(result.stderr)")
        #expect(result.stderr.contains("planet"), "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("valid —"), "stdout: \(result.stdout)")
    }

    @Test("list participants | head -1 prints the header only and nothing on stderr")
    func closedPipeIsQuiet() throws {
        let binary = try RegioBinary.path()
        // regio's own status goes to fd 3, so the pipeline's status (head's) does not hide it.
        let result = try ProcessRunner.shell(
            "{ \(shellQuoted(binary)) list participants; echo $? >&3; } 3>&2 | head -1")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "exactly one line expected: \(result.stdout.debugDescription)")
        #expect(lines.first?.contains("ID") == true && lines.first?.contains("NAME") == true,
                "the first line should be the header: \(result.stdout)")
        // stderr holds only the status written to fd 3.
        let stderr = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(stderr == "0", "nothing on stderr and status 0 expected, got: \(result.stderr.debugDescription)")
    }

    @Test("list participants --format csv has CRLF line ends and a header row")
    func listCSV() throws {
        let result = try ProcessRunner.regio(["list", "participants", "--format", "csv"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = result.stdout
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF in the CSV")
        let rows = text.components(separatedBy: "\r\n").dropLast()
        let header = try #require(rows.first)
        // The column ids, as every file regio writes (the dashboard's export too).
        #expect(header == "id,name,kind,country,nuts,collaborations", "header: \(header)")
        // As many data rows as the JSON listing has participants.
        let json = try ProcessRunner.regio(["list", "participants", "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [Any])
        #expect(rows.count - 1 == array.count)
        #expect(rows.contains { $0.hasPrefix("vasterbotten,Västerbotten,") })
    }

    /// The benchmark itself is run by hand on a release build; here it only has to work, at a tiny size.
    @Test("bench --sizes 300 --runs 1 --json measures every figure")
    func benchRunsAtATinySize() throws {
        // In a temporary directory of its own, beside a folder with the name an older bench used, which
        // it must neither use nor remove; it leaves nothing behind.
        let temporary = try ScratchFolder("regio-bench-tmp")
        defer { temporary.remove() }
        try FileManager.default.createDirectory(atPath: temporary.file("regio-bench-300"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: temporary.file("regio-bench-300/keep.txt")))
        let result = try ProcessRunner.shell("TMPDIR=\(shellQuoted(temporary.path)) exec "
                                             + [try RegioBinary.path(), "bench", "--sizes", "300", "--runs", "1", "--json"]
                                                 .map(shellQuoted).joined(separator: " "))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: temporary.file("regio-bench-300/keep.txt")))
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left == ["regio-bench-300"], "left behind: \(left)")
        let rows = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        try #require(rows.count == 1)
        let row = rows[0]
        #expect(row["memberships"] as? Int == 300)
        #expect(row["territories"] as? Int == 30)
        // Loads and memory are never zero; a latency at this size may round to 0.000 ms.
        for key in ["load_ms", "peak_rss_mib", "baseline_json_parse_ms", "baseline_peak_rss_mib"] {
            let value = (row[key] as? String).flatMap(Double.init)
            #expect(value.map { $0 > 0 } == true, "\(key) = \(String(describing: row[key]))")
        }
        for key in ["filter_p50_ms", "filter_p99_ms", "search_keystroke_p99_ms", "render_list_p99_ms", "render_detail_p99_ms"] {
            let value = (row[key] as? String).flatMap(Double.init)
            #expect(value.map { $0 >= 0 && $0 < 10_000 } == true, "\(key) = \(String(describing: row[key]))")
        }
    }


    @Test("--data naming no folder says so in one line, with status 65")
    func dataFolderThatIsNotThere() throws {
        let folder = try ScratchFolder("regio-loop")
        defer { folder.remove() }
        let loop = folder.file("loop")
        #expect(symlink(loop, loop) == 0)
        for (path, expected) in [("/nonexistent-regio-folder", "no such folder"), ("/etc/hostname", "is a file, not a folder"),
                                 (loop, "cannot be opened: too many levels of symbolic links")] {
            let result = try ProcessRunner.regio(["stats", "--data", path])
            #expect(result.status == 65)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("\(path): \(expected); --data expects a folder with territories.json"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

}
