import Foundation
import RegioTestSupport
import Testing

/// "regio never writes to the data folder": a byte-exact picture of the folder (names, types, sizes,
/// inodes, mtimes and ctimes to the nanosecond, contents) before and after using the dashboard and the
/// subcommands on it. regio runs with the data folder as its working directory, so that anything it wrote
/// to a relative path (an export, a log, a temporary file) would land there too.
@Suite("Nothing is written to the data folder", .timeLimit(.minutes(1)))
struct NoWritesTests {
    /// A folder with a copy of the bundled dataset; invalid when `valid` is false (one territory's kind is
    /// "planet", an unknown field is added, and a membership points at an unknown initiative).
    static func dataFolder(in scratch: ScratchFolder, valid: Bool) throws -> String {
        let folder = scratch.file("data")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try copyBundledDataset(into: folder)
        if !valid {
            let territories = folder + "/" + DataFolder.territoriesFile
            var text = try String(contentsOfFile: territories, encoding: .utf8)
            let kind = try #require(text.range(of: #""kind": "region""#))
            text.replaceSubrange(kind, with: #""kind": "planet", "colour": "red""#)
            try text.write(toFile: territories, atomically: false, encoding: .utf8)
            let memberships = folder + "/" + DataFolder.membershipsFile
            var links = try String(contentsOfFile: memberships, encoding: .utf8)
            let initiative = try #require(links.range(of: #""initiative": ""#))
            links.replaceSubrange(initiative, with: #""initiative": "no-such-initiative-"#)
            try links.write(toFile: memberships, atomically: false, encoding: .utf8)
        }
        // Old enough timestamps that a rewrite within the same clock tick would still show.
        for name in DataFolder.files {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
                                                  ofItemAtPath: folder + "/" + name)
        }
        return folder
    }

    /// Runs `regio arguments --data folder` with the data folder as the working directory.
    static func regio(_ arguments: [String], in folder: String) throws -> ProcessOutput {
        let binary = try RegioBinary.path()
        return try ProcessRunner.shell("cd \(shellQuoted(folder)) && exec "
                                       + ([binary] + arguments + ["--data", folder]).map(shellQuoted).joined(separator: " "))
    }

    /// The export prompt opens on `e` with a suggested file name, and Esc closes it with "nothing exported".
    static func openAndCancelExport(_ session: TmuxSession, _ where: String) async throws {
        try session.sendKeys("e")
        let prompt = try await session.waitUntil("the export prompt in \(`where`)") {
            DashboardTests.footer($0).contains("export to: ")
        }
        let footer = DashboardTests.footer(prompt)
        #expect(footer.contains(".csv▏") || footer.contains(".json▏") || footer.contains(".md▏"),
                "a suggested file name in \(`where`): \(footer)")
        try session.sendKeys("Escape")
        try await session.waitUntil("Esc to cancel the export in \(`where`)") {
            let footer = DashboardTests.footer($0)
            return !footer.contains("export to: ") && footer.contains("nothing exported")
        }
    }

    @Test("a valid data folder is left byte-identical by the dashboard and the subcommands")
    func validFolderUntouched() async throws {
        let scratch = try ScratchFolder("regio-e2e-nowrites")
        defer { scratch.remove() }
        let folder = try Self.dataFolder(in: scratch, valid: true)
        let before = try FolderSnapshot(folder)
        #expect(before.entries.map(\.path) == [".", "initiatives.json", "memberships.json", "territories.json"])

        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "cd \(shellQuoted(folder)) && exec \(shellQuoted(binary)) --data \(shellQuoted(folder))")
        defer { session.close() }
        try await session.waitFor(regex: #"Participants\W+1/130"#)
        // The list: export prompt, cancelled.
        try await Self.openAndCancelExport(session, "the participants list")
        // A territory's detail, its export prompt, and back.
        try session.sendKeys("Enter")
        try await session.waitUntil("a territory's detail") {
            ScreenText.lines($0).dropFirst().first?.contains("(region)") == true
        }
        try await Self.openAndCancelExport(session, "a territory's detail")
        try session.sendKeys("Escape")
        try await session.waitFor("Thematic platforms")
        // An initiative's detail.
        try session.sendKeys("Tab")
        try await session.waitFor("▶ Networks")
        try session.sendKeys("Enter")
        try await session.waitUntil("an initiative's detail") {
            ScreenText.lines($0).dropFirst().first?.contains("(initiative)") == true
        }
        try session.sendKeys("Escape")
        try await session.waitFor("Thematic platforms")
        // Search, member-state filter, map, help, theme, suggested partners.
        try session.sendKeys("Tab", "Tab")
        try session.sendKeys("/")
        try session.type("vaster")
        try session.sendKeys("Enter")
        try await session.waitUntil("the search “vaster”") { DashboardTests.participantsPane($0).contains("Västerbotten") && $0.contains("1/1") }
        try session.sendKeys("p")
        try await session.waitFor("SUGGESTED PARTNERS")
        try session.sendKeys("Escape")
        try await session.waitFor("Thematic platforms")
        try session.sendKeys("c", "o")
        try await session.waitFor("Member states —")
        try session.sendKeys("Escape", "?")
        try await session.waitUntil("the help") { ScreenText.lines($0).dropFirst().first?.contains("Keys") == true }
        try session.sendKeys("Escape", "t")
        try await session.waitUntil("the help to close") {
            $0.contains("Thematic platforms") && ScreenText.lines($0).dropFirst().first?.contains("Keys") == false
        }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == PaneExit(status: 0, signal: nil))

        // The subcommands that read the folder, with output to stdout.
        for arguments in [["validate"], ["stats"], ["stats", "--chart"], ["export"], ["export", "--format", "json"],
                          ["export", "--format", "markdown"], ["list", "participants"], ["show", "vasterbotten"]] {
            let result = try Self.regio(arguments, in: folder)
            #expect(result.status == 0, "regio \(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(!result.stdoutData.isEmpty, "regio \(arguments.joined(separator: " ")) printed nothing")
        }

        let after = try FolderSnapshot(folder)
        let differences = after.differences(from: before)
        #expect(differences.isEmpty, "the data folder changed:\n\(differences.joined(separator: "\n"))")
        #expect(after == before)
    }

    @Test("an invalid data folder is left byte-identical by the dashboard and the subcommands")
    func invalidFolderUntouched() async throws {
        let scratch = try ScratchFolder("regio-e2e-nowrites")
        defer { scratch.remove() }
        let folder = try Self.dataFolder(in: scratch, valid: false)
        let before = try FolderSnapshot(folder)

        // The dashboard refuses the data: the problems on the terminal, status 65.
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "cd \(shellQuoted(folder)) && \(shellQuoted(binary)) --data \(shellQuoted(folder)); "
                                      + "echo \"regio exited with $?\"; exec sleep 600")
        defer { session.close() }
        let screen = try await session.waitFor("regio exited with")
        #expect(screen.contains("regio exited with 65"), "\(screen)")
        #expect(ScreenText.flattened(screen).contains("the data is invalid"), "\(screen)")
        #expect(screen.contains("planet"), "the problem should be named: \(screen)")

        for arguments in [["validate"], ["stats"], ["export"], ["list", "participants"]] {
            let result = try Self.regio(arguments, in: folder)
            #expect(result.status == 65, "regio \(arguments.joined(separator: " ")): status \(result.status)")
            #expect(result.stdout.isEmpty, "regio \(arguments.joined(separator: " ")): \(result.stdout.prefix(300))")
            #expect(result.stderr.contains("unknown kind \"planet\"") && result.stderr.contains("no-such-initiative-"),
                    "regio \(arguments.joined(separator: " ")) should report every problem: \(result.stderr.prefix(2000))")
        }

        let after = try FolderSnapshot(folder)
        let differences = after.differences(from: before)
        #expect(differences.isEmpty, "the data folder changed:\n\(differences.joined(separator: "\n"))")
        #expect(after == before)
    }
}
