import Foundation
import RegioTestSupport
import Testing

/// A regio binary copied alone into an empty folder, as the README invites (issue 15): it still has its
/// five themes, its version and its full help, because all of them are compiled in.
@Suite("A copied binary is self-contained", .timeLimit(.minutes(1)))
struct SelfContainedTests {
    /// A fresh folder holding only a copy of the built binary, and an empty config home.
    static func copiedBinary() throws -> (folder: String, binary: String, environment: [String: String]) {
        let scratch = try ScratchFolder("regio-alone")
        try scratch.makeDirectory("config")
        let folder = scratch.path
        let binary = folder + "/regio"
        try FileManager.default.copyItem(atPath: try RegioBinary.path(), toPath: binary)
        var environment = ProcessRunner.cleanEnvironment
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment.removeValue(forKey: "REGIO_THEMES_DIR")
        return (folder, binary, environment)
    }

    @Test("themes lists the five shipped themes as built in; export prints one")
    func themesAreBuiltIn() throws {
        let copy = try Self.copiedBinary()
        defer { try? FileManager.default.removeItem(atPath: copy.folder) }
        let list = try ProcessRunner.run(copy.binary, ["themes"], environment: copy.environment)
        #expect(list.status == 0, "stderr: \(list.stderr)")
        let rows = list.stdout.split(separator: "\n").dropFirst()
        #expect(rows.map { String($0.split(separator: " ").first ?? "") } == ["default", "eu", "high-contrast", "light", "monochrome"],
                "\(list.stdout)")
        #expect(rows.allSatisfy { $0.contains("built in") && !$0.contains("invalid") }, "\(list.stdout)")

        let export = try ProcessRunner.run(copy.binary, ["themes", "export", "light"], environment: copy.environment)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let shipped = URL(fileURLWithPath: repositoryRoot + "/Themes/light.toml")
        #expect(export.stdout == (try String(contentsOf: shipped, encoding: .utf8)))

        let unknown = try ProcessRunner.run(copy.binary, ["themes", "export", "lihgt"], environment: copy.environment)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'light'"), "stderr: \(unknown.stderr)")
    }

    @Test("t cycles through all five themes in the dashboard")
    func dashboardCyclesEveryTheme() async throws {
        let copy = try Self.copiedBinary()
        defer { try? FileManager.default.removeItem(atPath: copy.folder) }
        let session = try TmuxSession(command: "cd \(shellQuoted(copy.folder)) && exec ./regio --theme light")
        defer { session.close() }
        try await session.waitFor(regex: #"Participants\W+1/[0-9]+"#)
        for name in ["monochrome", "default", "eu", "high-contrast", "light"] {
            try session.sendKeys("t")
            let screen = try await session.waitFor("theme \(name)")
            #expect(!screen.contains("has errors"), "\(screen)")
        }
    }

    @Test("themes check warns about bold black, as xterm draws it grey, but the file still passes")
    func themesCheckWarnsAboutIllegibleRoles() throws {
        let scratch = try ScratchFolder("regio-legible")
        defer { scratch.remove() }
        let folder = scratch.path
        let file = folder + "/old.toml"
        try "name = \"old\"\n[roles]\nselection = { fg = \"black\", bg = \"bright-cyan\", bold = true }\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let check = try ProcessRunner.regio(["themes", "check", file])
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.stdout.contains("\(file): warning: selection: bold with the dark ANSI foreground black"), "\(check.stdout)")
        #expect(check.stdout.contains("\(file): warning: selection: contrast 3.1"), "\(check.stdout)")
    }

    @Test("--version and version print the same version; --help shows the dashboard's options")
    func versionAndHelp() throws {
        let version = try ProcessRunner.regio(["--version"])
        #expect(version.status == 0, "stderr: \(version.stderr)")
        #expect(version.stdout.contains(/^[0-9]+\.[0-9]+\.[0-9]+( \([0-9a-f]{7,}(-dirty)?\))?\n$/), "\(version.stdout)")
        let subcommand = try ProcessRunner.regio(["version"])
        #expect(subcommand.stdout == version.stdout)

        let stats = try ProcessRunner.regio(["stats"])
        #expect(stats.stdout.hasPrefix("regio " + version.stdout), "\(stats.stdout.prefix(80))")
        let json = try ProcessRunner.regio(["stats", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
        #expect((object?["regio"] as? String).map { $0 + "\n" } == version.stdout)

        let help = try ProcessRunner.regio(["--help"])
        #expect(help.status == 0)
        for option in ["--country <code>", "--lang <code>", "--theme <name|path>", "EXAMPLES:", "--version"] {
            #expect(help.stdout.contains(option), "--help lacks \(option)")
        }
    }
}

/// Issue 11: `t` onto a theme nested 100,000 levels deep crashed regio (stack overflow) and left the
/// terminal raw. Now the theme is refused with its position and the dashboard goes on.
@Suite("A hostile theme in the dashboard", .timeLimit(.minutes(1)))
struct HostileThemeTests {
    @Test("t onto a 100,000-deep theme reports file:line:col and keeps running")
    func deeplyNestedThemeIsRefused() async throws {
        let scratch = try ScratchFolder("regio-deep")
        defer { scratch.remove() }
        let folder = scratch.path
        let depth = 100_000
        let text = "name = \"zdeep\"\n[roles]\ntext = " + String(repeating: "{ a = ", count: depth) + "1"
            + String(repeating: " }", count: depth) + "\n"
        try text.write(toFile: folder + "/zdeep.toml", atomically: true, encoding: .utf8)
        let binary = try RegioBinary.path()
        let session = try TmuxSession(command: "exec " + [binary, "--theme", "monochrome", "--themes-dir", folder]
            .map(shellQuoted).joined(separator: " "))
        defer { session.close() }
        try await session.waitFor(regex: #"Participants\W+1/[0-9]+"#)
        try session.sendKeys("t")
        let screen = try await session.waitFor("zdeep has errors")
        #expect(screen.contains("zdeep.toml:3:"), "\(screen)")
        try session.sendKeys("t")
        try await session.waitFor("theme default")
        try session.sendKeys("q")
        #expect(try session.waitForExit().status == 0)
    }
}
