/// Turns CORDIS project and organisation files into regions, projects and their ties (see issue 16):
/// one territory per NUTS region at `level`, one membership per region and project.
public struct CordisImporter {
    public var level: Int
    /// Called now and then with the bytes read so far and the bytes to read in all.
    public var progress: ((Int, Int) -> Void)?

    public init(level: Int = 2, progress: ((Int, Int) -> Void)? = nil) {
        self.level = level
        self.progress = progress
    }

    public func run(_ source: CordisSource) throws -> CordisImport {
        let total = CordisFile.allCases.reduce(0) { $0 + source.size(of: $1) }
        var done = 0
        var projects = CordisProjectReader(file: source.label(of: .projects))
        try read(.projects, of: source, done: &done, total: total) { try projects.read($0) }
        try projects.finish()
        var organisations = CordisOrganisationReader(file: source.label(of: .organizations), level: level,
                                                     projectIndex: projects.index)
        try read(.organizations, of: source, done: &done, total: total) { try organisations.read($0) }
        try organisations.finish()
        progress?(total, total)
        return CordisImport(level: level, projectsFile: source.label(of: .projects),
                            organizationsFile: source.label(of: .organizations),
                            projects: projects.projects, organisations: organisations)
    }

    private func read(_ file: CordisFile, of source: CordisSource, done: inout Int, total: Int,
                      _ body: (CSVStream.Record) throws -> Void) throws {
        var stream = CSVStream()
        var reported = done
        let start = done
        do {
            try source.stream(file) { chunk in
                try stream.feed(chunk, body)
                done = start + stream.consumedBytes
                if done - reported > 1 << 22 { progress?(done, total); reported = done }
            }
            try stream.finish(body)
        } catch let failure as CSVStream.Failure {
            throw CordisImportError(file: source.label(of: file), line: failure.line, message: failure.message)
        }
        done = start + source.size(of: file)
    }
}

/// What an import found: the projects, the region ties, and the rows it could not place.
public struct CordisImport {
    public let level: Int
    public let projectsFile: String
    public let organizationsFile: String
    let projects: [CordisProject]
    let organisations: CordisOrganisationReader

    public var projectCount: Int { projects.count }
    public var regionCount: Int { organisations.regions.count }
    public var tieCount: Int { organisations.ties.count }
    public var organisationRows: Int { organisations.rows }
    public var unplaced: [(reason: UnplacedReason, rows: Int)] {
        organisations.unplaced.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
    /// Projects none of whose organisations could be placed in a region (or that list none).
    public var projectsWithoutRegion: Int {
        var placed = Set<Int>()
        for key in organisations.ties.keys { placed.insert(key >> 24) }
        return projects.count - placed.count
    }

    /// The summary printed after an import: counts, and every kind of unplaced row with its count.
    public var summary: [String] {
        var lines = ["\(counted(projectCount, "project")), \(counted(organisationRows, "organisation row")) → "
                     + "\(counted(regionCount, "NUTS-\(level) region")), \(counted(tieCount, "region–project membership"))"]
        let unplacedRows = unplaced.reduce(0) { $0 + $1.rows }
        if unplacedRows > 0 {
            lines.append("not placed in a region: \(counted(unplacedRows, "organisation row"))")
            for (reason, rows) in unplaced {
                var line = "  \(rows) \(reason.rawValue)"
                if reason == .noNUTS {
                    let top = organisations.noNUTSByCountry.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    line += " (country " + top.prefix(5).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                        + (top.count > 5 ? ", …" : "") + ")"
                }
                if reason == .coarser { line += " (level \(level))" }
                lines.append(line)
            }
        }
        if projectsWithoutRegion > 0 {
            lines.append("\(projectsWithoutRegion) project\(projectsWithoutRegion == 1 ? " has" : "s have") no organisation placed in a region (kept, without members)")
        }
        return lines
    }
}
