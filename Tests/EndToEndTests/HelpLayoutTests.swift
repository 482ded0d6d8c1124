import Foundation
import Testing

/// `regio CMD --help` in an 80-column terminal: ArgumentParser wraps prose to the width but keeps every
/// line break written in the help text, so a paragraph written with hard breaks came out in ragged
/// pieces ("A\nname that more\nthan one …"). Examples must fit too, since they are not wrapped.
@Suite("Help text in 80 columns")
struct HelpLayoutTests {
    static let commands = ["", "dashboard", "list", "show", "export", "import", "generate", "network", "partners",
                           "compare", "stats", "validate", "themes", "keys", "cache", "bench", "version"]

    /// The help's lines from the overview to the usage line: the prose and examples written for it.
    static func helpText(_ command: String) throws -> [String] {
        var environment = ProcessRunner.cleanEnvironment
        environment["COLUMNS"] = "80"
        let run = try ProcessRunner.run(try RegioBinary.path(), command.isEmpty ? ["--help"] : [command, "--help"],
                                        environment: environment)
        #expect(run.status == 0, "\(command): \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        return Array(lines.prefix { !$0.hasPrefix("USAGE:") && !$0.hasPrefix("OPTIONS:") && !$0.hasPrefix("SUBCOMMANDS:") })
    }

    @Test(arguments: commands)
    func proseIsWrappedOnlyAtTheWidthAndExamplesFit(command: String) throws {
        let lines = try Self.helpText(command)
        #expect(lines.count > 1, "\(command): no help text")
        for (index, line) in lines.enumerated() {
            #expect(line.count <= 80, "\(command): a line wider than 80 columns: \(line)")
            guard index + 1 < lines.count else { continue }
            let next = lines[index + 1]
            // A prose line followed by more prose, whose next word would still have fitted on it, was broken
            // by hand, not by the wrapping (a sentence's or a list's end may be). ArgumentParser fills a line
            // to 79 columns at most.
            guard !line.isEmpty, !line.hasPrefix(" "), !next.isEmpty, !next.hasPrefix(" "),
                  let last = line.last, !".:)".contains(last) else { continue }
            let word = next.prefix { $0 != " " }
            #expect(line.count + 1 + word.count > 79, "\(command): broken by hand after \"\(line)\"")
        }
    }
}
