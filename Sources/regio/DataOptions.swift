import Foundation
import ArgumentParser
import RegioModel

/// `--data DIR`, shared by every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A data folder with territories.json, initiatives.json and memberships.json (default: the bundled dataset).",
        valueName: "dir"))
    var data: String?

    /// Loads and indexes the data, or fails with every problem listed and status 65.
    func loadStore(progress: LoadProgress? = nil) throws -> Store {
        guard let data else { return Store.bundled() }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else {
            let what = FileManager.default.fileExists(atPath: data) ? "is a file, not a folder" : "no such folder"
            throw CommandFailure(message: "\(data.displaySafe): \(what); --data expects a folder with "
                                 + "territories.json, initiatives.json and memberships.json",
                                 status: CommandFailure.invalidDataStatus)
        }
        do {
            let catalog = try CatalogLoader.load(directory: data, progress: progress)
            progress?.enter(.indexing)
            return Store(catalog: catalog)
        } catch {
            throw CommandFailure(message: Self.report(error), status: CommandFailure.invalidDataStatus)
        }
    }

    static func report(_ error: DataLoadError) -> String {
        let errors = error.errors.count
        let warnings = error.problems.count - errors
        var lines = ["\(error.directory.displaySafe): the data is invalid (\(errors) error\(errors == 1 ? "" : "s")"
                     + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + "):"]
        lines += error.problems.map { "  " + $0.description.displaySafe }
        return lines.joined(separator: "\n")
    }
}
