/// Where a catalog came from, for the header and for messages.
public enum DataOrigin: Equatable, Sendable {
    case bundled
    case directory(String)

    public var label: String {
        switch self {
        case .bundled: "bundled dataset"
        case .directory(let path): path
        }
    }
}

/// The validated content of a data folder: every record resolves, no cycles, known codes.
public struct Catalog: Sendable {
    // What the catalog carries about its records (their references resolved, their indexes) is dropped
    // when they change.
    public var territories: [Territory] { didSet { names = nil; resolved = nil; indexes = nil } }
    public var initiatives: [Initiative] { didSet { names = nil; resolved = nil; indexes = nil } }
    public var memberships: MembershipTable { didSet { resolved = nil; indexes = nil } }
    public var origin: DataOrigin
    /// Problems that do not stop loading (unknown fields, records without sources …).
    public var warnings: [DataProblem]
    /// The memberships' references as record numbers, when the loader has them (see `ResolvedMemberships`).
    var resolved: ResolvedMemberships?
    /// What a store made from this catalog worked out, when a cache entry kept it (see `StoreIndexes`).
    var indexes: StoreIndexes?
    /// The name indexes of these territories and initiatives, started by the loader as soon as it had
    /// them (see `FileReadings`); dropped when either changes.
    var names: Parallel.Pending<NameIndexes>?

    /// This catalog with the indexes a store of it worked out, for its cache entry.
    public func with(_ indexes: StoreIndexes?) -> Catalog {
        var catalog = self
        catalog.indexes = indexes
        return catalog
    }

    public init(territories: [Territory], initiatives: [Initiative], memberships: [Membership],
                origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.init(territories: territories, initiatives: initiatives, memberships: MembershipTable(memberships),
                  origin: origin, warnings: warnings)
    }

    public init(territories: [Territory], initiatives: [Initiative], memberships: MembershipTable,
                origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.territories = territories; self.initiatives = initiatives; self.memberships = memberships
        self.origin = origin; self.warnings = warnings
    }

    init(territories: [Territory], initiatives: [Initiative], memberships: MembershipTable, origin: DataOrigin,
         warnings: [DataProblem], resolved: ResolvedMemberships?, names: Parallel.Pending<NameIndexes>?) {
        self.init(territories: territories, initiatives: initiatives, memberships: memberships, origin: origin,
                  warnings: warnings)
        if resolved?.territory.count == memberships.count { self.resolved = resolved }
        self.names = names
    }
}

public enum CatalogLoader {
    public static let territoriesFile = "territories.json"
    public static let initiativesFile = "initiatives.json"
    public static let membershipsFile = "memberships.json"
    /// The three files of a data folder, in the order they are read.
    public static let dataFiles = [territoriesFile, initiativesFile, membershipsFile]

    /// The path of `file` in `folder`, with or without a trailing slash on the folder.
    public static func path(of file: String, in folder: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + file
    }

    /// The size of a folder's data files as they are now (a missing one counts nothing).
    public static func dataBytes(in folder: String) -> Int {
        dataFiles.reduce(0) { $0 + Int(FileStatus(path(of: $1, in: folder))?.size ?? 0) }
    }

    /// The dataset compiled into the binary, from its snapshot when that was made from the same JSON (see
    /// `BundledSnapshot`: it spares the first frame several milliseconds of parsing and checking).
    public static func loadBundled() -> Catalog { BundledSnapshot.catalog() ?? loadBundledJSON() }

    /// The dataset compiled into the binary, read from its JSON. It is checked by the test suite, so a
    /// failure here is a bug.
    static func loadBundledJSON() -> Catalog {
        do {
            return try load(territories: PackageResources.territories_json,
                            initiatives: PackageResources.initiatives_json,
                            memberships: PackageResources.memberships_json,
                            origin: .bundled, directory: "(bundled)")
        } catch {
            fatalError("the bundled dataset is invalid: \(error.problems.map(\.description).joined(separator: "\n"))")
        }
    }

    /// Reads and validates the three files of a data folder. Never writes to it.
    public static func load(directory: String, progress: LoadProgress? = nil) throws(DataLoadError) -> Catalog {
        var unreadable: [DataProblem] = []
        func open(_ name: String) -> ByteSource? {
            let path = path(of: name, in: directory)
            switch DataFiles.open(path) {
            case .success(let source): return source
            case .failure(let failure):
                unreadable.append(DataProblem(.unreadableFile, file: name, message: "\(path) \(failure.message)"))
                return nil
            }
        }
        progress?.enter(.reading)
        return try load(open(territoriesFile), open(initiativesFile), open(membershipsFile), origin: .directory(directory),
                        directory: directory, earlierProblems: unreadable, progress: progress)
    }

    /// Validates three files' bytes; a nil file was unreadable and has been reported already.
    public static func load(territories: [UInt8]?, initiatives: [UInt8]?, memberships: [UInt8]?,
                            origin: DataOrigin, directory: String, earlierProblems: [DataProblem] = [],
                            progress: LoadProgress? = nil) throws(DataLoadError) -> Catalog {
        try load(territories.map(ByteSource.memory), initiatives.map(ByteSource.memory), memberships.map(ByteSource.memory),
                 origin: origin, directory: directory, earlierProblems: earlierProblems, progress: progress)
    }

    private static func load(_ territories: ByteSource?, _ initiatives: ByteSource?, _ memberships: ByteSource?,
                             origin: DataOrigin, directory: String, earlierProblems: [DataProblem],
                             progress: LoadProgress?) throws(DataLoadError) -> Catalog {
        progress?.start(totalBytes: [territories, initiatives, memberships].reduce(0) { $0 + ($1?.count ?? 0) })
        let reading = FileReadings.read(territories: territories, initiatives: initiatives, memberships: memberships,
                                        progress: progress)
        progress?.enter(.checking)
        var validator = CatalogValidator()
        validator.problems = earlierProblems + reading.problems
        let resolved = validator.checkReferences(territories: reading.territories, initiatives: reading.initiatives,
                                                 memberships: reading.memberships)
        let problems = validator.problems
        guard !problems.contains(where: { $0.severity == .error }),
              let parsedTerritories = reading.territories, let parsedInitiatives = reading.initiatives,
              let parsedMemberships = reading.memberships else {
            throw DataLoadError(directory: directory, problems: problems)
        }
        return Catalog(territories: parsedTerritories.records, initiatives: parsedInitiatives.records,
                       memberships: parsedMemberships.records, origin: origin, warnings: problems, resolved: resolved,
                       names: reading.names)
    }
}
