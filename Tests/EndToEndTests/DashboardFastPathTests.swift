import ArgumentParser
import Testing
@testable import regio

/// The dashboard's command lines read without ArgumentParser (`DashboardFastPath`) give exactly the
/// request the command ArgumentParser parses gives; everything else is left to ArgumentParser.
@Suite struct DashboardFastPathTests {
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
        let fast = try #require(DashboardFastPath.request(for: arguments), "not taken by the fast path: \(arguments)")
        let parsed = try #require(try RegioCommand.parseAsRoot(arguments) as? DashboardCommand)
        #expect(fast == parsed.request, "\(arguments)")
    }

    /// Every option of the dashboard reaches its request, from ArgumentParser and from the fast path alike;
    /// an option added to DashboardCommand and not to DashboardRequest fails here.
    @Test func everyOptionReachesTheRequest() throws {
        let options = Mirror(reflecting: DashboardCommand()).children.compactMap(\.label)
        #expect(options == ["_country", "_nuts", "_lang", "_noMouse", "_dataOptions", "_themeOptions"],
                "DashboardCommand's options changed: carry the new one into DashboardRequest and the fast path")
        let arguments = ["--country", "SE", "--nuts", "SE33", "--lang", "nl", "--no-mouse", "--data", "d1", "--data", "d2",
                         "--no-cache", "--theme", "eu", "--themes-dir", "themes", "--color", "never"]
        let expected = DashboardRequest(countries: ["SE"], nuts: ["SE33"], language: .nl, noMouse: true,
                                        dataSelection: DataSelection(folders: ["d1", "d2"], noCache: true),
                                        themeSelection: ThemeSelection(theme: "eu", themesDir: "themes", color: .never))
        let parsed = try #require(try RegioCommand.parseAsRoot(arguments) as? DashboardCommand)
        #expect(parsed.request == expected)
        #expect(DashboardFastPath.request(for: arguments) == expected)
    }

    @Test(arguments: leftToArgumentParser)
    func leavesUnusualDashboardLinesToArgumentParser(_ arguments: [String]) throws {
        #expect(DashboardFastPath.request(for: arguments) == nil, "\(arguments)")
        #expect(try RegioCommand.parseAsRoot(arguments) is DashboardCommand)
    }

    @Test(arguments: refused)
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(DashboardFastPath.request(for: arguments) == nil, "\(arguments)")
        let parsed = try? RegioCommand.parseAsRoot(arguments)
        #expect(!(parsed is DashboardCommand), "ArgumentParser reads \(arguments) as the dashboard: move it to another list")
    }
}
