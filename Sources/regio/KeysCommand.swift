import ArgumentParser
import RegioUI

/// `regio keys`: the dashboard's keys, from the same keymap as the footer and the help overlay. The man
/// page's DASHBOARD KEYS section is this command's `--format mdoc` output (see scripts/make-man.sh).
struct KeysCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, mdoc }

    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the dashboard's keys (the standard ones; rebind them in ~/.config/regio/config.toml).",
        discussion: "Example: regio keys | grep -i theme"
    )

    @Option(name: .long, help: "text, or mdoc (the man page's section).")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: Output.write(Keymap.standard.plainTextListing())
        case .mdoc: Output.write(Keymap.standard.manualSection())
        }
    }
}
