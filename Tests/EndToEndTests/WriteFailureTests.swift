import Foundation
import RegioTestSupport
import Testing

/// Issue 11, item 1: every subcommand with a standard stream that cannot be written — stdout to a full
/// device or closed, stderr full or closed. A stdout failure is said once on stderr and ends with 74
/// (EX_IOERR); a failing stderr never crashes regio.
/// Serialized: some 150 short runs of regio, one at a time, so that they do not crowd out the tmux tests
/// that run beside them.
@Suite("Unwritable stdout and stderr", .serialized, .timeLimit(.minutes(5)))
struct WriteFailureTests {
    /// Every subcommand with arguments that make it print, and the help of each. `@OUT@` becomes a fresh
    /// folder for commands that write files.
    static let invocations: [[String]] = [
        ["--help"], ["list", "participants"], ["list", "networks", "--format", "csv"],
        ["list", "platforms", "--format", "json"], ["list", "member-states"], ["show", "vasterbotten"],
        ["show", "vasterbotten", "--format", "json"], ["stats"], ["validate"], ["partners", "dalarna"],
        ["compare", "varmland", "vasterbotten"], ["export", "--format", "markdown"],
        ["export", "--out", "@OUT@/all.csv"], ["themes"], ["themes", "list"], ["themes", "check", "@THEME@"],
        ["generate", "--territories", "20", "--initiatives", "5", "--memberships", "40", "--out", "@OUT@/gen"],
    ] + ["dashboard", "list", "show", "stats", "validate", "partners", "compare", "export", "themes", "generate", "bench"]
        .map { [$0, "--help"] }

    static let lightTheme = repositoryRoot + "/Themes/light.toml"

    /// Runs `regio arguments` with `redirections` (sh syntax) applied; stderr is captured unless the
    /// redirections send it elsewhere.
    static func run(_ arguments: [String], _ redirections: String) throws -> ProcessOutput {
        let scratch = try ScratchFolder("regio-write-failure")
        defer { scratch.remove() }
        let words = arguments.map {
            $0.replacingOccurrences(of: "@OUT@", with: scratch.path).replacingOccurrences(of: "@THEME@", with: lightTheme)
        }
        let command = ([try RegioBinary.path()] + words).map(shellQuoted).joined(separator: " ")
        return try ProcessRunner.shell("exec \(command) \(redirections)")
    }

    static func describe(_ arguments: [String], _ redirections: String, _ result: ProcessOutput) -> String {
        "regio \(arguments.joined(separator: " ")) \(redirections): "
            + (result.killedBySignal ? "killed by signal \(result.status)" : "status \(result.status)")
            + ", stderr: \(result.stderr.prefix(300))"
    }

    @Test("stdout to /dev/full or closed: one message on stderr, status 74", arguments: [">/dev/full", ">&-"])
    func unwritableStdout(_ redirection: String) throws {
        for arguments in Self.invocations {
            let result = try Self.run(arguments, redirection)
            let what = Self.describe(arguments, redirection, result)
            #expect(!result.killedBySignal && result.status == 74, "\(what)")
            let reason = redirection == ">&-" ? "standard output is closed" : "No space left on device"
            #expect(result.stderr == "regio: cannot write to standard output: \(reason)\n", "\(what)")
        }
    }

    @Test("stderr to /dev/full or closed never crashes; with stdout failing too the status is still 74",
          arguments: ["2>/dev/full", "2>&-"])
    func unwritableStderr(_ redirection: String) throws {
        for arguments in Self.invocations {
            let fine = try Self.run(arguments, redirection)
            #expect(!fine.killedBySignal && fine.status == 0, "\(Self.describe(arguments, redirection, fine))")
            #expect(!fine.stdout.isEmpty, "\(Self.describe(arguments, redirection, fine))")
            // Both at once: a full stderr with a closed stdout, a closed stderr with a full stdout.
            let stdout = redirection == "2>&-" ? ">/dev/full" : ">&-"
            let both = try Self.run(arguments, "\(stdout) \(redirection)")
            #expect(!both.killedBySignal && both.status == 74, "\(Self.describe(arguments, "\(stdout) \(redirection)", both))")
        }
    }

    @Test("errors reported on an unwritable stderr keep their status", arguments: ["2>/dev/full", "2>&-"])
    func errorsOnUnwritableStderr(_ redirection: String) throws {
        for (arguments, status) in [(["show", "nosuchid"], Int32(1)), (["list", "nothing"], 64), (["--no-such-flag"], 64),
                                    (["dashboard"], 1)] {
            let result = try Self.run(arguments, redirection)
            #expect(!result.killedBySignal && result.status == status, "\(Self.describe(arguments, redirection, result))")
        }
    }

    @Test("a command that would fail later ends at the first write failure, said once")
    func failureAfterOutput() throws {
        // themes check writes the good file's line, then would fail over the bad one: the output that
        // cannot be written ends it first, with 74.
        let scratch = try ScratchFolder("regio-write-failure-theme")
        defer { scratch.remove() }
        try Data("name = \"bad\"\nkind = \"neither\"\n".utf8).write(to: URL(fileURLWithPath: scratch.file("bad.toml")))
        let result = try Self.run(["themes", "check", "@THEME@", scratch.file("bad.toml")], ">/dev/full")
        #expect(!result.killedBySignal && result.status == 74, "\(Self.describe([], "", result))")
        #expect(result.stderr == "regio: cannot write to standard output: No space left on device\n", "\(result.stderr)")
    }
}
