import ArgumentParser
import RegioVersion

/// `regio version`, the same as `regio --version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print regio's version, and the git commit it was built from when built from a checkout.",
        discussion: "Example: regio version   (the same as regio --version)"
    )

    func run() throws { Output.line(RegioVersion.full) }
}
