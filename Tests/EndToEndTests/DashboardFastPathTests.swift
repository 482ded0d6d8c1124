import ArgumentParser
import Testing
@testable import regio

/// The dashboard's command lines read without ArgumentParser (`DashboardFastPath`) give exactly the
/// command ArgumentParser gives, every property compared; everything else is left to ArgumentParser.
@Suite struct DashboardFastPathTests {
    /// Everything a command holds, property wrappers' storage included (a property the fast path forgot
    /// to set shows as its definition instead of its value).
    static func contents(_ command: DashboardCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    static let accepted: [[String]] = [
        [],
        ["dashboard"],
        ["--lang", "en"], ["--lang=sv"], ["dashboard", "--lang", "nl"],
        ["--no-mouse"], ["--no-cache"], ["--no-mouse", "--no-cache", "--lang", "sv"],
        ["--country", "SE"], ["--country", "se", "--country=NL"], ["--nuts", "SE33", "--nuts", "NL"],
        ["--data", "bundled"], ["--data", "/tmp/some folder", "--data=bundled"], ["--data", "list"],
        ["--theme", "light"], ["--theme=/tmp/x.toml"], ["--themes-dir", "/tmp"], ["--color", "never"], ["--color=always"],
        ["dashboard", "--country", "SE", "--nuts", "SE33", "--lang", "en", "--no-mouse", "--data", "d1", "--data", "d2",
         "--no-cache", "--theme", "eu", "--themes-dir", "t", "--color", "auto"],
    ]

    /// Command lines ArgumentParser accepts for the dashboard but the fast path leaves to it.
    static let leftToArgumentParser: [[String]] = [
        ["--lang", "en", "--lang", "sv"], ["--no-mouse", "--no-mouse"], ["--data=-x"],
    ]

    /// Command lines ArgumentParser refuses or sends elsewhere (help, version, other subcommands, typos).
    static let refused: [[String]] = [
        ["--help"], ["-h"], ["help"], ["--version"], ["dashboard", "--help"], ["list"], ["version"], ["stats", "--lang", "en"],
        ["--lang"], ["--lang="], ["--lang", ""], ["--lang", "EN"], ["--lang", "de"], ["--lang", "--no-mouse"],
        ["--color", "sometimes"], ["--colour", "never"], ["--no-mouse=1"], ["--country"], ["--country="],
        ["-x"], ["extra"], ["--lang", "en", "dashboard"], ["dashboard", "dashboard"], ["--data"], ["--generate-completion-script", "bash"],
        ["--experimental-dump-help"], ["--", "--lang"], ["--country", "SE", "--country", "-x"],
    ]

    @Test(arguments: accepted)
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let fast = try #require(DashboardFastPath.command(for: arguments), "not taken by the fast path: \(arguments)")
        let parsed = try #require(try RegioCommand.parseAsRoot(arguments) as? DashboardCommand)
        #expect(Self.contents(fast) == Self.contents(parsed), "\(arguments)")
        #expect(Self.contents(fast).contains("definition") == false)
    }

    /// The comparison above sees inside the property wrappers: every value given shows in the contents.
    @Test func theContentsShowEveryValue() throws {
        let values = ["\"SE\"", "\"SE33\"", "UILanguage.nl", "\"d1\"", "\"d2\"", "\"eu\"", "\"themes\"", "ColorChoice.never"]
        let arguments = ["--country", "SE", "--nuts", "SE33", "--lang", "nl", "--no-mouse", "--data", "d1", "--data", "d2",
                         "--no-cache", "--theme", "eu", "--themes-dir", "themes", "--color", "never"]
        let command = try #require(DashboardFastPath.command(for: arguments))
        let contents = Self.contents(command)
        for value in values { #expect(contents.contains(value), "\(value) not in \(contents)") }
        #expect(command.noMouse && command.dataOptions.noCache)
    }

    @Test(arguments: leftToArgumentParser)
    func leavesUnusualDashboardLinesToArgumentParser(_ arguments: [String]) throws {
        #expect(DashboardFastPath.command(for: arguments) == nil, "\(arguments)")
        #expect(try RegioCommand.parseAsRoot(arguments) is DashboardCommand)
    }

    @Test(arguments: refused)
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(DashboardFastPath.command(for: arguments) == nil, "\(arguments)")
        let parsed = try? RegioCommand.parseAsRoot(arguments)
        #expect(!(parsed is DashboardCommand), "ArgumentParser reads \(arguments) as the dashboard: move it to another list")
    }
}
