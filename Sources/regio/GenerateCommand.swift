import Foundation
import ArgumentParser
import RegioModel

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic dataset (for benchmarks and tests) in the --data format.",
        discussion: """
            The same sizes and --seed always give the same files. The folder must not contain data files yet. \
            With --cordis-projects N, writes CORDIS-shaped project.csv, organization.csv and their zip instead, \
            for `regio import cordis` (its benchmark: scripts/bench-import.sh).

            Example (the size the benchmarks use):
              regio generate --territories 100000 --initiatives 10000 \\
                --memberships 1000000 --out /tmp/big
            """
    )

    @Option(help: "Number of territories.") var territories: Int = 1_000
    @Option(help: "Number of initiatives.") var initiatives: Int = 100
    @Option(help: "Number of memberships.") var memberships: Int = 10_000
    @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir")) var out: String
    @Flag(help: "Replace data files already in the folder.") var force = false
    @Option(help: "Write this many CORDIS-shaped projects instead of a data folder.") var cordisProjects: Int?
    @Option(help: "Organisation rows for --cordis-projects.") var cordisOrganisationRows: Int = 400_000

    func validate() throws {
        // Before anything is written: a size out of range must not leave an empty file behind.
        if let problem = DatasetGenerator.sizeProblem(territories: territories, initiatives: initiatives,
                                                      memberships: memberships) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        do {
            try generate()
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            // Foundation's errors print as "Error Domain=NSCocoaErrorDomain Code=516 …": say it plainly.
            throw CommandFailure(message: "cannot write into \(out): \((error as NSError).localizedDescription)", status: 1)
        }
    }

    private func generate() throws {
        if let cordisProjects {
            try CordisGenerator(projects: cordisProjects, organisationRows: cordisOrganisationRows, seed: seed).write(to: out)
            Output.line("wrote \(counted(cordisProjects, "project")) and \(counted(cordisOrganisationRows, "organisation row")) to \(out) "
                        + "(project.csv, organization.csv, cordis-projects-csv.zip)")
            return
        }
        for file in CatalogLoader.dataFiles
        where !force && SafeFileWriter.entryExists(atPath: out + "/" + file) {
            throw CommandFailure(message: "\(out)/\(file) exists; use --force to replace it", status: 1)
        }
        try DatasetGenerator(territories: territories, initiatives: initiatives, memberships: memberships, seed: seed)
            .write(to: out)
        Output.line("wrote \(counted(territories, "territory", plural: "territories")), \(counted(initiatives, "initiative")), "
                    + "\(counted(memberships, "membership")) to \(out)")
    }
}
