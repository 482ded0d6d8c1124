import Foundation
import ArgumentParser
import RegioModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn open data into a regio data folder.",
        subcommands: [ImportCordisCommand.self]
    )
}

struct ImportCordisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cordis",
        abstract: "Import EU research projects and their organisations' regions from CORDIS.",
        discussion: """
            Reads project.csv and organization.csv (from the CORDIS projects zip, or as two files) and writes \
            a data folder: one territory per NUTS region, one initiative per project under its programme and \
            funding scheme, and one membership per region and project (coordinator → lead, participant → \
            partner, other roles → participant). Organisation rows without a usable NUTS code are counted \
            and listed, never dropped silently. Open the result next to the bundled data with
              regio --data bundled --data DIR
            CORDIS data: European Commission, CC BY 4.0.
            """
    )

    @Option(help: ArgumentHelp("The CORDIS projects zip (cordis-HORIZONprojects-csv.zip …).", valueName: "file"))
    var zip: String?
    @Option(help: ArgumentHelp("project.csv, when not reading a zip.", valueName: "file"))
    var projects: String?
    @Option(help: ArgumentHelp("organization.csv, when not reading a zip.", valueName: "file"))
    var organizations: String?
    @Option(help: ArgumentHelp("The data folder to create; it must not exist yet (or be empty).", valueName: "dir"))
    var out: String
    @Option(help: "NUTS level of the regions: 2 or 3.")
    var level: Int = 2

    func validate() throws {
        guard level == 2 || level == 3 else { throw ValidationError("--level must be 2 or 3") }
        switch (zip, projects, organizations) {
        case (.some, nil, nil), (nil, .some, .some): break
        case (.some, _, _): throw ValidationError("give either --zip or --projects with --organizations, not both")
        default: throw ValidationError("give --zip FILE, or --projects FILE and --organizations FILE")
        }
    }

    func run() throws {
        let bar = ProgressBar(title: "importing")
        InterruptCleanup.removeOnInterrupt(CordisFolderWriter.temporaryPath(for: out))
        do {
            let source: CordisSource = if let zip { try CordisZip(path: zip) }
                else { CordisCSVFiles(projects: projects!, organizations: organizations!) }
            let result = try CordisImporter(level: level, progress: bar?.update).run(source)
            bar?.finish()
            try CordisFolderWriter.write(result, to: out)
            for line in result.summary { Output.line(line.displaySafe) }
            Output.line("wrote \(out.displaySafe); open it with: regio --data bundled --data \(out.displaySafe)")
        } catch let error as CordisImportError {
            bar?.finish()
            throw CommandFailure(message: error.description.displaySafe,
                                 status: error.unreadable ? 66 : CommandFailure.invalidDataStatus)
        }
    }
}
