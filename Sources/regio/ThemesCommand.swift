import ArgumentParser
import Foundation
import RegioModel
import RegioUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes regio can find, check theme files, or export a theme to edit.",
        discussion: """
            The shipped themes are built into regio. Theme files are looked for in: --themes-dir, \
            $REGIO_THEMES_DIR, and ~/.config/regio/themes ($XDG_CONFIG_HOME/regio/themes); a file there \
            overrides a built-in theme of the same name (except 'default').

            Examples:
              regio themes
              regio themes export light > ~/.config/regio/themes/mine.toml
              regio themes check ~/.config/regio/themes/mine.toml
            """,
        subcommands: [ThemesListCommand.self, ThemesCheckCommand.self, ThemesExportCommand.self],
        defaultSubcommand: ThemesListCommand.self
    )
}

struct ThemesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the themes found: built in, and theme files that add to or override them.",
        discussion: "Example: regio themes list --themes-dir ./my-themes"
    )

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let catalog = themeOptions.catalog
        let showSwatches = Output.isTerminal && themeOptions.useColor(config: UserConfig.load())
        var table = Table(columns: [.init(title: "NAME"), .init(title: "KIND"), .init(title: "FROM"),
                                    .init(title: "PATH", flexible: true)])
        // Per row: the theme for its swatch, or the first problem that kept it from loading.
        var swatches: [(theme: Theme?, problem: String)] = []
        for entry in catalog.entries {
            switch catalog.load(entry.name) {
            case .success(let theme):
                table.rows.append([entry.name, theme.kind.rawValue, entry.source, entry.path ?? "(in the binary)"])
                swatches.append((theme, ""))
            case .failure(let error):
                table.rows.append([entry.name, "invalid", entry.source, entry.path ?? ""])
                swatches.append((nil, "  " + (error.problems.first?.message ?? "invalid").displaySafe))
            }
        }
        guard showSwatches else {
            Output.write(table.rendered(width: Output.terminalWidth))
            return
        }
        let lines = table.rendered(width: Output.terminalWidth.map { $0 - 26 }).split(separator: "\n")
        Output.line(String(lines[0]))
        for (line, swatch) in zip(lines.dropFirst(), swatches) {
            Output.write(line + "  ")
            if let theme = swatch.theme { Swatch.write(theme) } else { Output.write(swatch.problem) }
            Output.line()
        }
    }
}

struct ThemesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check theme files; print every problem with its line and column (exit 0, or 65).",
        discussion: """
            Also warns (without failing) where text would be hard to read as a terminal draws it: below \
            WCAG AA contrast (4.5:1), or bold on a dark ANSI colour, which many terminals draw bright.
            Example: regio themes check ~/.config/regio/themes/*.toml
            """
    )

    @Argument(help: ArgumentHelp("Theme files to check.", valueName: "file"))
    var files: [String]

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let catalog = themeOptions.catalog
        var failed = 0
        for file in files {
            switch catalog.loadFile(file) {
            case .success(let theme):
                Output.line("\(file): ok (\(theme.name), \(theme.kind.rawValue))")
                // Readability is advice, not an error: the file still works.
                for finding in Legibility.findings(for: theme) { Output.line("\(file): warning: \(finding)") }
            case .failure(let error):
                failed += 1
                for problem in error.problems { Output.line(problem.description) }
            }
        }
        if failed > 0 {
            Output.flush()
            throw CommandFailure(message: "\(failed) of \(files.count) theme file\(files.count == 1 ? "" : "s") invalid",
                                 status: CommandFailure.invalidDataStatus)
        }
    }
}

struct ThemesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a theme's TOML file, as a starting point for your own.",
        discussion: """
            Change 'name' in the copy, save it in ~/.config/regio/themes, and pick it with --theme or 't'.
            Example: regio themes export light > ~/.config/regio/themes/mine.toml
            """
    )

    @Argument(help: ArgumentHelp("The theme to print (see 'regio themes').", valueName: "name"))
    var name: String

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        let catalog = themeOptions.catalog
        guard let entry = catalog.entry(named: name) else {
            let names = catalog.entries.map(\.name)
            let hint = Suggest.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw CommandFailure.usage("no theme named '\(name)'\(hint); found: \(names.joined(separator: ", "))")
        }
        guard let text = entry.text else {
            throw CommandFailure(message: "\(entry.path ?? name): cannot be read", status: 66)  // EX_NOINPUT
        }
        Output.write(text)
    }
}

/// A row of coloured blocks showing a theme's main roles, drawn with SGR escapes (256 colours, or 24-bit
/// when COLORTERM says the terminal has it) that `Output.sgr` makes from numbers alone.
enum Swatch {
    static let roles: [StyleRole] = [.text, .header, .selection, .accent, .match, .statusBar, .warning, .linked]

    static func write(_ theme: Theme) {
        let trueColor = ["truecolor", "24bit"].contains(ProcessInfo.processInfo.environment["COLORTERM"] ?? "")
        for role in roles {
            let style = theme.style(role)
            var parameters = colour(style.foreground, background: false, trueColor: trueColor)
                + colour(style.background, background: true, trueColor: trueColor)
            if style.attributes.contains(.bold) { parameters.append(1) }
            if style.attributes.contains(.reverse) { parameters.append(7) }
            if !parameters.isEmpty { Output.sgr(parameters) }
            Output.write(" Ab ")
            Output.sgr([0])
        }
    }

    private static func colour(_ color: ThemeColor, background: Bool, trueColor: Bool) -> [Int] {
        let base = background ? 48 : 38
        switch color {
        case .terminalDefault: return []
        case .ansi(let index), .indexed(let index): return [base, 5, index]
        case .rgb(let r, let g, let b):
            if trueColor { return [base, 2, Int(r), Int(g), Int(b)] }
            return [base, 5, ColorMapper.nearestIndexed(r, g, b)]
        }
    }
}
