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
    public var territories: [Territory]
    public var initiatives: [Initiative]
    public var memberships: [Membership]
    public var origin: DataOrigin
    /// Problems that do not stop loading (unknown fields, records without sources …).
    public var warnings: [DataProblem]

    public init(territories: [Territory], initiatives: [Initiative], memberships: [Membership],
                origin: DataOrigin = .bundled, warnings: [DataProblem] = []) {
        self.territories = territories; self.initiatives = initiatives; self.memberships = memberships
        self.origin = origin; self.warnings = warnings
    }
}

public enum CatalogLoader {
    public static let territoriesFile = "territories.json"
    public static let initiativesFile = "initiatives.json"
    public static let membershipsFile = "memberships.json"

    /// The dataset compiled into the binary. It is checked by the test suite, so a failure here is a bug.
    public static func loadBundled() -> Catalog {
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
    public static func load(directory: String) throws(DataLoadError) -> Catalog {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var unreadable: [DataProblem] = []
        func read(_ name: String) -> [UInt8]? {
            switch DataFiles.read(base + name) {
            case .success(let bytes): return bytes
            case .failure(let failure):
                unreadable.append(DataProblem(.unreadableFile, file: name, message: "\(base + name) \(failure.message)"))
                return nil
            }
        }
        let territories = read(territoriesFile)
        let initiatives = read(initiativesFile)
        let memberships = read(membershipsFile)
        return try load(territories: territories, initiatives: initiatives, memberships: memberships,
                        origin: .directory(directory), directory: directory, earlierProblems: unreadable)
    }

    /// Validates three files' bytes; a nil file was unreadable and has been reported already.
    public static func load(territories: [UInt8]?, initiatives: [UInt8]?, memberships: [UInt8]?,
                            origin: DataOrigin, directory: String,
                            earlierProblems: [DataProblem] = []) throws(DataLoadError) -> Catalog {
        var validator = CatalogValidator()
        validator.problems = earlierProblems
        let parsedTerritories = territories.map { validator.readTerritories($0) } ?? nil
        let parsedInitiatives = initiatives.map { validator.readInitiatives($0) } ?? nil
        let parsedMemberships = memberships.map { validator.readMemberships($0) } ?? nil
        validator.checkReferences(territories: parsedTerritories, initiatives: parsedInitiatives,
                                  memberships: parsedMemberships)
        let problems = validator.problems
        guard !problems.contains(where: { $0.severity == .error }),
              let parsedTerritories, let parsedInitiatives, let parsedMemberships else {
            throw DataLoadError(directory: directory, problems: problems)
        }
        return Catalog(territories: parsedTerritories.records, initiatives: parsedInitiatives.records,
                       memberships: parsedMemberships.records, origin: origin, warnings: problems)
    }
}
