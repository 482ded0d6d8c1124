import Foundation
import ArgumentParser
import RegioModel

/// `--data DIR`, shared by every subcommand; given several times, the folders are merged (see `CatalogMerge`).
struct DataOptions: ParsableArguments, DataChoice {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A data folder with territories.json, initiatives.json and memberships.json (default: the bundled dataset). "
            + "Repeat it to merge folders; 'bundled' names the built-in dataset: --data bundled --data DIR.",
        valueName: "dir"))
    var folders: [String] = []

    @Flag(name: .customLong("no-cache"), help: ArgumentHelp(
        "Read and check the data files even when the cache (~/.cache/regio) holds them unchanged, and keep no cache entry."))
    var noCache = false

    static let bundledName = "bundled"

    /// Above this much data a load takes long enough to show its first rows rather than wait for it.
    static let largeData = 4 << 20

    static func report(_ error: DataLoadError) -> String {
        let errors = error.errors.count
        let warnings = error.problems.count - errors
        var lines = ["\(error.directory.displaySafe): the data is invalid (\(errors) error\(errors == 1 ? "" : "s")"
                     + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + "):"]
        lines += error.problems.map { "  " + $0.description.displaySafe }
        return lines.joined(separator: "\n")
    }
}

/// The data options as plain values, made without ArgumentParser (whose option wrappers cost a few tenths of a
/// millisecond to set up before the dashboard's first frame: see DashboardFastPath).
struct DataSelection: DataChoice, Equatable {
    var folders: [String] = []
    var noCache = false
}

/// Which data a command works on, and how it is loaded.
protocol DataChoice {
    var folders: [String] { get }
    var noCache: Bool { get }
}

extension DataChoice {
    /// What the data is called in messages; nil for the bundled dataset alone.
    var data: String? { folders.isEmpty || folders == [DataOptions.bundledName] ? nil : folders.joined(separator: " + ") }

    /// The folder whose first rows the loading screen shows: the first one given that is not the bundled dataset.
    var previewFolder: String? { folders.first { $0 != DataOptions.bundledName } }

    /// The size of the data files in the folders given (the bundled dataset counts nothing: it is small).
    var dataBytes: Int {
        folders.filter { $0 != DataOptions.bundledName }.reduce(0) { $0 + CatalogLoader.dataBytes(in: $1) }
    }

    /// Loads and indexes the data, or fails with every problem listed and status 65. A data folder comes
    /// from the cache when it holds the folder's files unchanged, unless `useCache` is false (`validate`
    /// always reads the files) or `--no-cache` was given.
    func loadStore(progress: LoadProgress? = nil, useCache: Bool = true) throws -> Store {
        let cache = useCache && !noCache ? CacheSaves.cache : nil
        // Entries are written only once the store is built: on two cores a write started at once would
        // take a core from the indexing the user is waiting for. A folder's entry keeps the store's
        // indexes too, when the store is that folder's alone.
        var saves: [(StoreIndexes?) -> Void] = []
        guard folders.count > 1 else {
            guard let only = folders.first, only != DataOptions.bundledName else { return Store.bundled() }
            let store = Store(catalog: try loadCatalog(only, cache: cache, progress: progress, saves: &saves))
            saves.forEach { $0(store.indexes) }
            return store
        }
        let catalogs = try folders.map {
            try $0 == DataOptions.bundledName ? CatalogLoader.loadBundled()
                : loadCatalog($0, cache: cache, progress: progress, saves: &saves)
        }
        progress?.enter(.indexing)
        let store = Store(catalog: CatalogMerge.merge(catalogs))
        saves.forEach { $0(nil) }
        return store
    }

    /// What is wrong with a --data path that is not a folder, from stat's answer (a symbolic link loop is
    /// not "no such folder").
    private static func whyNotAFolder(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) == 0 { return "is a file, not a folder" }
        switch errno {
        case ELOOP: return "cannot be opened: too many levels of symbolic links"
        case EACCES: return "cannot be opened: permission denied"
        default: return "no such folder"
        }
    }

    /// Loads one folder, from the cache when it can; a folder read from its files adds the writing of
    /// its cache entry to `saves`.
    private func loadCatalog(_ data: String, cache: CatalogCache?, progress: LoadProgress?,
                             saves: inout [(StoreIndexes?) -> Void]) throws -> Catalog {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else {
            let what = Self.whyNotAFolder(data)
            throw CommandFailure(message: "\(data.displaySafe): \(what); --data expects a folder with "
                                 + "territories.json, initiatives.json and memberships.json",
                                 status: CommandFailure.invalidDataStatus)
        }
        if let cached = cache?.load(folder: data, progress: progress) { return cached }
        let before = cache?.before(loading: data)
        do {
            let catalog = try CatalogLoader.load(directory: data, progress: progress)
            progress?.enter(.indexing)
            if let cache, let before {
                saves.append { indexes in CacheSaves.save(catalog.with(indexes), in: cache, loaded: before) }
            }
            return catalog
        } catch {
            throw CommandFailure(message: DataOptions.report(error), status: CommandFailure.invalidDataStatus)
        }
    }
}
