import Foundation
import Testing
@testable import RegioModel

/// Issue 11: output that cannot take over a terminal or a spreadsheet, file names and files that stay
/// where they belong, and numbers and files read as they are.
@Suite struct TerminalSafeTests {
    @Test func escapeSequencesControlsAndC1BecomeVisible() {
        #expect("a\u{1B}[2Jb\n".terminalSafe == "a␛[2Jb\n")
        #expect("\u{1B}]0;title\u{7}".terminalSafe == "␛]0;title\u{FFFD}")
        #expect("x\u{9B}31my".terminalSafe == "x\u{FFFD}31my", "C1 CSI")
        #expect("nul\u{0}".terminalSafe == "nul\u{FFFD}")
        #expect("bidi\u{202E}txt".terminalSafe == "biditxt")
        #expect("lone\rCR\n".terminalSafe == "lone CR\n", "a CR that is not a CSV line end could overwrite the line")
        #expect("end\r".terminalSafe == "end ")
    }

    @Test func layoutAndExactTextStay() {
        let text = "ID  NAME\nvasterbotten\tVästerbotten\r\nCRLF row\r\n"
        #expect(text.terminalSafe == text)
        // Combining marks are capped at two, as displaySafe caps them (JSON escapes the rest instead).
        #expect("a\u{301}\u{302}\u{303}\u{304}\nb".terminalSafe == "a\u{301}\u{302}\nb")
        #expect("Évora 🇸🇪 東京".terminalSafe == "Évora 🇸🇪 東京")
    }
}

/// The output layer passes everything through `terminalSafe`; JSON must come through it untouched (its
/// text stays exact), and nothing that comes out of it may act on a terminal.
@Suite struct OutputChokePointTests {
    static let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{7}", "\u{1B}",
        "[", "]", "\u{7F}", "\u{85}", "\u{9B}", "\u{9C}", "\u{200B}", "\u{200E}", "\u{2028}", "\u{202E}", "\u{2066}",
        "\u{FEFF}", "\u{FFF9}", "\u{301}", "\u{20DD}", "\u{1D167}", "\u{FE0F}", "é", "東", "\u{1F44D}", "\u{1F3FD}"]

    static func randomText(_ random: inout SeededRandom) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.below(40) { scalars.append(random.pick(alphabet)) }
        return String(scalars)
    }

    @Test func jsonPassesThroughUnchangedAndDecodesExactly() throws {
        var random = SeededRandom(seed: 6)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random)
            let json = JSONOutput.object([(text, .string(text))]).rendered()
            #expect(json.terminalSafe == json, "\(text.debugDescription) → \(json.debugDescription)")
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
            #expect(decoded?[text] == text, "\(text.debugDescription) → \(json.debugDescription)")
        }
    }

    @Test func whatComesOutCannotActOnATerminal() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let safe = Self.randomText(&random).terminalSafe
            let scalars = Array(safe.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                let value = scalar.value
                let allowedControl = scalar == "\n" || scalar == "\t" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
                #expect(!(value < 0x20 || (0x7F...0x9F).contains(value)) || allowedControl, "\(safe.debugDescription)")
                #expect(![0x200B, 0x200E, 0x202E, 0x2066, 0xFEFF, 0xFFF9].contains(value), "\(safe.debugDescription)")
                #expect(!String.isFloodingMark(scalar, marksBefore: index >= 2 && String.isCombiningMark(scalars[index - 1])
                    && String.isCombiningMark(scalars[index - 2]) ? 2 : 0), "\(safe.debugDescription)")
            }
            #expect(safe.terminalSafe == safe, "idempotent: \(safe.debugDescription)")
        }
    }
}

@Suite struct CSVFormulaGuardTests {
    @Test func cellsThatStartAFormulaAreNeutralised() {
        #expect(CSV.safeRow(["=HYPERLINK(\"http://evil\",\"x\")"]) == "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n")
        #expect(CSV.safeRow(["+1+cmd|' /C calc'!A0"]) == "'+1+cmd|' /C calc'!A0\r\n")
        #expect(CSV.safeRow(["-2+3+cmd|' /C calc'!A0"]) == "'-2+3+cmd|' /C calc'!A0\r\n")
        #expect(CSV.safeRow(["@SUM(A1)"]) == "'@SUM(A1)\r\n")
        // A tab or CR before the formula becomes a space (display-safe); the guard still applies.
        #expect(CSV.safeRow(["\t=1+1"]) == "' =1+1\r\n")
        #expect(CSV.safeRow(["\r=1+1"]) == "' =1+1\r\n")
        // An invisible character that display-safe drops cannot hide a formula either.
        #expect(CSV.safeRow(["\u{200B}=1+1"]) == "'=1+1\r\n")
    }

    @Test func ordinaryCellsAndNumbersStay() {
        #expect(CSV.safeRow(["Västerbotten", "a=b", "-3", "+1.5", "12", ""]) == "Västerbotten,a=b,-3,+1.5,12,\r\n")
    }

    @Test func theGuardCanBeTurnedOff() {
        #expect(CSV.safeRow(["=1+1", "@x"], guardFormulas: false) == "=1+1,@x\r\n")
        let table = ExportTable(columns: ["name"], rows: [["=1+1"]])
        #expect(table.rendered(as: .csv) == "name\r\n'=1+1\r\n")
        #expect(table.rendered(as: .csv, guardFormulas: false) == "name\r\n=1+1\r\n")
        // Other formats keep the text: JSON exactly, Markdown is not opened by spreadsheets.
        #expect(table.rendered(as: .json).contains("\"=1+1\""))
    }
}

@Suite struct SafeFileNameTests {
    @Test func hostileIDsGivePlainNamesInTheFolder() {
        #expect(SafeFileName.make(["regio", "../../etc/passwd"], extension: "csv") == "regio-etc-passwd.csv")
        #expect(SafeFileName.make(["regio", "a\nb"], extension: "csv") == "regio-a-b.csv")
        #expect(SafeFileName.make(["regio", "x\u{1B}]0;pwn\u{7}y"], extension: "csv") == "regio-x-0-pwn-y.csv")
        #expect(SafeFileName.make(["regio", "..", "."], extension: "csv") == "regio.csv")
        #expect(SafeFileName.make(["", "\u{202E}"], extension: "csv") == "regio.csv")
        #expect(SafeFileName.make(["regio", "Västerbotten", "SE"], extension: "csv") == "regio-Vasterbotten-SE.csv")
        #expect(SafeFileName.make(["regio", "participants", "SE", "FI"], extension: "csv") == "regio-participants-SE-FI.csv")
    }

    @Test func everyNameIsShortAndPlain() {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("aZ9_-./\\\n\r\t\u{1B}\u{7}\u{0}\u{9B}\u{202E} ~*?:'\"éß東🇸🇪")
        for _ in 0..<500 {
            let id = String((0..<random.below(300)).map { _ in random.pick(alphabet) })
            let name = SafeFileName.make(["regio", id], extension: "csv")
            #expect(name.utf8.count <= 120, "\(name)")
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic
                || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }, "\(name.debugDescription)")
            #expect(!name.hasPrefix(".") && !name.contains("..") && name.hasSuffix(".csv"), "\(name)")
        }
    }
}

@Suite struct SafeFileWriterTests {
    @Test func aDanglingSymlinkCountsAsExisting() throws {
        let folder = try FixtureDirectory()
        let target = folder.path + "/out.csv"
        #expect(symlink(folder.path + "/nowhere", target) == 0)
        #expect(throws: SafeFileWriter.Failure.exists(target)) {
            try SafeFileWriter.write("x", to: target, overwrite: false)
        }
        // Still a link to nowhere: nothing was written through it or over it.
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: target)) == folder.path + "/nowhere")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/nowhere"))
    }

    @Test func temporariesAreRecognisableAndStaleOnesAreCleaned() throws {
        let folder = try FixtureDirectory()
        // One left by a regio killed with -9 (a pid that cannot be running), one of a running export
        // (this process), and files that only look alike.
        let stale = ".regio-export-2147483646-ab12.tmp"
        let running = ".regio-export-\(getpid())-cd34.tmp"
        let others = [".regio-export-notapid-ab.tmp", "regio-export-2147483646-ab.tmp", ".regio-export-2147483646-ab.csv"]
        for name in [stale, running] + others { try folder.write(name, "partial") }
        try SafeFileWriter.write("a,b\r\n", to: folder.path + "/out.csv", overwrite: false)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == Set([running, "out.csv"] + others))
        #expect(try String(contentsOfFile: folder.path + "/out.csv", encoding: .utf8) == "a,b\r\n")
        #expect(SafeFileWriter.temporaryOwner(".regio-export-42-0f.tmp") == 42)
        #expect(SafeFileWriter.temporaryOwner(".dat.nosync1234") == nil)
    }

    @Test func aFailedWriteLeavesNoTemporary() throws {
        let folder = try FixtureDirectory()
        try folder.makeDirectory("sub")
        #expect(throws: SafeFileWriter.Failure.cannotWrite(folder.path + "/sub", reason: "it is a directory")) {
            try SafeFileWriter.write("x", to: folder.path + "/sub", overwrite: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sub"])
    }
}

@Suite struct GeneratorRangeTests {
    @Test func sizesOutOfRangeAreNamedBeforeAnythingIsWritten() {
        #expect(DatasetGenerator.sizeProblem(territories: Int.max, initiatives: 100, memberships: 1)?
            .contains("--territories must be between 1 and 1000000") == true)
        #expect(DatasetGenerator.sizeProblem(territories: 10, initiatives: 0, memberships: 1)?.contains("--initiatives") == true)
        #expect(DatasetGenerator.sizeProblem(territories: 10, initiatives: 10, memberships: -1)?.contains("--memberships") == true)
        #expect(DatasetGenerator.sizeProblem(territories: 2, initiatives: 3, memberships: 5_000_001)?.contains("between 0 and 5000000") == true)
        #expect(DatasetGenerator.sizeProblem(territories: 1_000_000, initiatives: 1_000_000, memberships: Int.max) != nil)
        #expect(DatasetGenerator.sizeProblem(territories: 2, initiatives: 3, memberships: 6) == nil)
        #expect(DatasetGenerator.sizeProblem(territories: 1_000, initiatives: 100, memberships: 10_000) == nil)
    }
}

@Suite struct NumbersAndSpecialFilesTests {
    @Test func aCountThatUnderflowsIsAnErrorAtItsPlace() throws {
        let line = Records.initiative("platform", extra: #", "counts": {"regions": 1e-400}"#)
        let result = validate(initiatives: jsonLines([Records.net, line]))
        let problem = try #require(result.errors.first)
        #expect(result.catalog == nil)
        #expect(problem.file == CatalogLoader.initiativesFile)
        #expect(problem.position == SourcePosition(line: 3, column: column(of: "1e-400", in: line)))
        #expect(problem.message.contains("1e-400") && problem.message.contains("out of range"), "\(problem)")
        #expect(problem.message.contains("expected"), "\(problem)")
    }

    @Test func numbersBeyondADoubleAreErrorsAndExactZerosAreNot() throws {
        for text in ["1e400", "-1e400", "1e-400", "0.0001e-330", "123456789e-999", "1.0000000000000000001",
                     "100000000000000000001e-20", "-7.00000000000000000001"] {
            #expect(throws: JSONSyntaxError.self, "\(text)") { _ = try JSONParser.parse(Array(text.utf8)) }
        }
        for text in ["0", "-0", "0.0", "0e-999", "0.000e+5", "1e-300", "1.5", "0.1", "63", "6.3e1", "630e-1", "1.000",
                     "12345678901234567890", "1e20", "0.30000000000000004"] {
            #expect(throws: Never.self, "\(text)") { _ = try JSONParser.parse(Array(text.utf8)) }
        }
    }

    @Test func aCountThatIsNotWholeIsShownInTheMessage() throws {
        let line = Records.initiative("platform", extra: #", "counts": {"regions": 1.5}"#)
        let problem = try #require(validate(initiatives: jsonLines([Records.net, line])).errors.first)
        #expect(problem.message.hasSuffix("found 1.5"), "\(problem)")
    }

    @Test func aProcFileThatSaysItIsEmptyIsReadForWhatItHolds() throws {
        let folder = try FixtureDirectory(["initiatives.json": Records.initiatives, "memberships.json": Records.memberships])
        #expect(symlink("/proc/self/status", folder.path + "/territories.json") == 0)
        let problem = try #require(load(directory: folder.path).errors.first)
        #expect(problem.file == CatalogLoader.territoriesFile)
        #expect(!problem.message.contains("empty"), "\(problem)")
        #expect(problem.kind == .malformedJSON, "\(problem)")
        #expect(problem.position == SourcePosition(line: 1, column: 1), "\(problem)")
    }
}

/// Numbers with a fraction are JSON numbers: rounded as the tables round them, never an exponent or NaN.
@Suite struct JSONNumberTests {
    @Test(arguments: [(0.1234567, "0.123457"), (0.0, "0"), (1.0, "1"), (0.000001, "0.000001"), (0.0000004, "0"),
                      (-0.5, "-0.5"), (-0.0000001, "0"), (12.25, "12.25"), (Double.nan, "null"), (Double.infinity, "null")])
    func numbersAreWrittenPlainly(value: Double, text: String) {
        #expect(JSONOutput.number(value, decimals: 6).compact() == text)
    }
}

