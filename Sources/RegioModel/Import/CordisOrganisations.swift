/// Reads organization.csv and folds its rows into one tie per region and project: the strongest role
/// any of the region's organisations has in it, how many of them take part, and the first row's line.
struct CordisOrganisationReader {
    static let requiredColumns = ["projectID", "nutsCode", "role"]

    struct Tie {
        var role: Role
        var organisations: Int32
        var firstLine: Int32
    }

    let file: String
    let level: Int
    private let projectIndex: [String: Int]
    private var header: CSVHeader?
    private var columns: (project: Int, nuts: Int, role: Int, country: Int?) = (0, 0, 0, nil)
    /// Region codes in the order first seen, and their numbers.
    private(set) var regions: [String] = []
    private(set) var regionFirstLine: [Int] = []
    private var regionIndex: [String: Int] = [:]
    /// Keyed by project number << 24 | region number.
    private(set) var ties: [Int: Tie] = [:]
    private(set) var rows = 0
    private(set) var unplaced: [UnplacedReason: Int] = [:]
    /// Rows without a NUTS code, by the `country` column: most are organisations outside Europe.
    private(set) var noNUTSByCountry: [String: Int] = [:]
    private var placements: [String: NUTSPlacement] = [:]

    init(file: String, level: Int, projectIndex: [String: Int]) {
        self.file = file; self.level = level; self.projectIndex = projectIndex
    }

    mutating func read(_ record: CSVStream.Record) throws(CordisImportError) {
        guard let header else {
            let header = try CSVHeader(record, file: file, required: Self.requiredColumns)
            columns = (header.required("projectID"), header.required("nutsCode"), header.required("role"),
                       header.index("country"))
            self.header = header
            return
        }
        if record.count == 1 && record.isEmpty(0) { return }
        try header.check(record)
        rows += 1
        let projectID = try header.text(record, columns.project)
        guard let project = projectIndex[projectID] else { unplaced[.unknownProject, default: 0] += 1; return }
        let code = try header.text(record, columns.nuts)
        let placement: NUTSPlacement
        if let known = placements[code] { placement = known } else {
            placement = CordisRegions.place(code, level: level)
            placements[code] = placement
        }
        guard case .region(let region) = placement else {
            if case .unplaced(let reason) = placement {
                unplaced[reason, default: 0] += 1
                if reason == .noNUTS {
                    let country = try header.text(record, columns.country)
                    noNUTSByCountry[country.isEmpty ? "(none)" : country, default: 0] += 1
                }
            }
            return
        }
        let regionNumber: Int
        if let known = regionIndex[region] { regionNumber = known } else {
            regionNumber = regions.count
            regionIndex[region] = regionNumber
            regions.append(region)
            regionFirstLine.append(record.line)
        }
        let role = Self.role(try header.text(record, columns.role))
        let key = project << 24 | regionNumber
        if var tie = ties[key] {
            tie.organisations += 1
            if role < tie.role { tie.role = role }
            ties[key] = tie
        } else {
            ties[key] = Tie(role: role, organisations: 1, firstLine: Int32(clamping: record.line))
        }
    }

    func finish() throws(CordisImportError) {
        if header == nil { throw CordisImportError(file: file, line: 1, message: "the file is empty; expected a header line") }
    }

    /// coordinator → lead, participant → partner, every other role (thirdParty, associatedPartner,
    /// partnerOrganisation …) → participant.
    static func role(_ text: String) -> Role {
        switch text.lowercased() {
        case "coordinator": .lead
        case "participant": .partner
        default: .participant
        }
    }
}
