import Foundation
import RegioTestSupport
import Testing

/// Issue 11, items 6, 8, 13, 14 and 15 as a user meets them: theme text printed by `regio themes`, CSV
/// opened in a spreadsheet, `generate` with impossible sizes, and `export --out` next to leftovers and
/// dangling links.
@Suite("Output and export hardening", .timeLimit(.minutes(2)))
struct ExportHardeningTests {
    /// Bytes that would act on a terminal: ESC, BEL, NUL, other C0 controls but LF and CR-LF, and C1 controls
    /// (0x80–0x9F as UTF-8 C2 xx, or as a lone byte).
    static func terminalControls(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte < 0x20 && byte != 0x0A && !(byte == 0x0D && next == 0x0A) || byte == 0x7F {
                found.append(String(format: "0x%02X at %d", byte, index))
            }
            if byte == 0xC2 && (0x80...0x9F).contains(next) { found.append(String(format: "C1 0x%02X at %d", next, index)) }
        }
        if String(data: data, encoding: .utf8) == nil { found.append("invalid UTF-8 (a lone C1 byte?)") }
        return found
    }

    @Test("themes and themes check print theme text escaped: no ESC, OSC, C1 or NUL reaches the terminal")
    func themeTextIsEscaped() throws {
        let scratch = try ScratchFolder("regio-evil-themes")
        defer { scratch.remove() }
        let hostile: [String: String] = [
            "clear.toml": "name = \"clear\"\nkind = \"\u{1B}[2J\"\n",
            "title.toml": "name = \"title\"\nkind = \"dark\"\n[roles]\n\"\u{1B}]0;PWNED\u{7}\" = { fg = \"red\" }\n",
            "clip.toml": "name = \"clip\"\nkind = \"dark\"\n[roles]\ntext = { fg = \"\u{1B}]52;c;QQ==\u{7}\" }\n",
            "c1.toml": "name = \"c1\"\nkind = \"\u{9B}31m\u{0}\"\n",
        ]
        for (name, text) in hostile { try Data(text.utf8).write(to: URL(fileURLWithPath: scratch.file(name))) }
        let list = try ProcessRunner.regio(["themes", "--themes-dir", scratch.path])
        #expect(list.status == 0, "stderr: \(list.stderr)")
        #expect(Self.terminalControls(list.stdoutData).isEmpty, "themes: \(Self.terminalControls(list.stdoutData)) in \(list.stdout.debugDescription)")
        let check = try ProcessRunner.regio(["themes", "check"] + hostile.keys.sorted().map(scratch.file))
        #expect(check.status == 65, "stderr: \(check.stderr)")
        #expect(check.stdout.contains("␛[2J") && check.stdout.contains("␛]0;PWNED"), "made visible: \(check.stdout)")
        #expect(Self.terminalControls(check.stdoutData).isEmpty, "themes check: \(Self.terminalControls(check.stdoutData))")
        #expect(Self.terminalControls(Data(check.stderr.utf8)).isEmpty)
    }

    /// A data folder whose Västerbotten is called `=HYPERLINK("http://evil","x")` and Dalarna `@SUM(1+1)`.
    static func formulaFolder(in scratch: ScratchFolder) throws -> String {
        let folder = scratch.file("data")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try copyBundledDataset(into: folder)
        try DataFolder.rewrite(DataFolder.territoriesFile, in: folder, placeholders: [:]) { records in
            try DataFolder.set(#"=HYPERLINK("http://evil","x")"#, at: ["name"], ofRecord: "vasterbotten", in: &records)
            try DataFolder.set("@SUM(1+1)", at: ["name"], ofRecord: "dalarna", in: &records)
        }
        return folder
    }

    @Test("every CSV writer neutralises formulas; --no-formula-guard leaves them for pipelines")
    func csvFormulasAreNeutralised() throws {
        let scratch = try ScratchFolder("regio-csv-injection")
        defer { scratch.remove() }
        let folder = try Self.formulaFolder(in: scratch)
        let writers: [[String]] = [["export", "--format", "csv"], ["list", "participants", "--format", "csv"],
                                   ["partners", "lombardia", "--limit", "500", "--format", "csv"]]
        // A cell starts after a line end or a comma, possibly inside quotes.
        let formulaStarts = ["\n=", ",=", "\n\"=", ",\"=", "\n@", ",@", "\n\"@", ",\"@"]
        for writer in writers {
            let guarded = try ProcessRunner.regio(writer + ["--data", folder])
            #expect(guarded.status == 0, "\(writer): \(guarded.stderr)")
            #expect(guarded.stdout.contains(#""'=HYPERLINK(""http://evil"",""x"")""#) || guarded.stdout.contains(",'@SUM(1+1),"),
                    "\(writer): \(guarded.stdout.prefix(400))")
            #expect(!formulaStarts.contains { guarded.stdout.contains($0) }, "\(writer): a cell starts a formula")
            let raw = try ProcessRunner.regio(writer + ["--data", folder, "--no-formula-guard"])
            #expect(raw.status == 0, "\(writer): \(raw.stderr)")
            #expect(raw.stdout.contains(#","=HYPERLINK(""http://evil"",""x"")""#) || raw.stdout.contains(",@SUM(1+1),"),
                    "\(writer) --no-formula-guard: \(raw.stdout.prefix(400))")
        }
    }

    @Test("generate with a size out of range fails before writing anything")
    func generateChecksRangesFirst() throws {
        let scratch = try ScratchFolder("regio-generate-range")
        defer { scratch.remove() }
        for sizes in [["--territories", "9223372036854775807", "--memberships", "1"],
                      ["--initiatives=-1"], ["--memberships", "9223372036854775807"],
                      ["--territories", "1000001"]] {
            let out = scratch.file("out")
            let result = try ProcessRunner.regio(["generate"] + sizes + ["--out", out])
            #expect(!result.killedBySignal && result.status == 64, "\(sizes): status \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("must be between"), "\(sizes): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(sizes): \(out) was created")
        }
        for arguments in [["bench", "--runs=-1"], ["bench", "--sizes", "1000,abc"], ["bench", "--sizes", "9223372036854775807"]] {
            let bench = try ProcessRunner.regio(arguments)
            #expect(!bench.killedBySignal && bench.status == 64, "\(arguments): \(bench.status) \(bench.stderr)")
        }
    }

    @Test("export --out: a dangling symlink is not replaced; stale temporaries of a killed export are removed")
    func exportTargetAndLeftovers() throws {
        let scratch = try ScratchFolder("regio-export-target")
        defer { scratch.remove() }
        let link = scratch.file("out.csv")
        #expect(symlink(scratch.file("missing.csv"), link) == 0)
        let refused = try ProcessRunner.regio(["export", "--out", link])
        #expect(refused.status == 1 && refused.stderr.contains("exists"), "\(refused.status): \(refused.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == scratch.file("missing.csv"))

        // generate treats a dangling link where a data file goes the same way.
        let generated = scratch.file("generated")
        try FileManager.default.createDirectory(atPath: generated, withIntermediateDirectories: true)
        #expect(symlink(scratch.file("missing.json"), generated + "/territories.json") == 0)
        let refusedGenerate = try ProcessRunner.regio(["generate", "--territories", "5", "--out", generated])
        #expect(refusedGenerate.status == 1 && refusedGenerate.stderr.contains("exists"), "\(refusedGenerate.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: generated) == ["territories.json"])
        try FileManager.default.removeItem(atPath: generated)

        // What a regio killed with -9 in the middle of an export leaves behind (pid 2147483646 cannot run).
        let leftover = ".regio-export-2147483646-0badc0de.tmp"
        try Data("half".utf8).write(to: URL(fileURLWithPath: scratch.file(leftover)))
        let written = try ProcessRunner.regio(["export", "--out", scratch.file("all.csv")])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.hasSuffix("rows to \(scratch.file("all.csv"))\n"), "\(written.stdout)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.path))
        #expect(names == ["out.csv", "all.csv"], "\(names.sorted())")
    }
}
