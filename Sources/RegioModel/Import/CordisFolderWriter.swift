import Foundation

/// Writes an import as a regio data folder. The files go into a hidden folder beside the target, which is
/// renamed into place only when all three are written: an interrupted or failed import leaves no
/// half-written data folder, and an existing data folder is never written into.
public enum CordisFolderWriter {
    public static let projectURL = "https://cordis.europa.eu/project/id/"
    /// The source of the data as a whole, and what the CC BY 4.0 licence asks to be named.
    public static let attribution = "Source: CORDIS, European Commission (https://cordis.europa.eu), CC BY 4.0"

    public static func write(_ result: CordisImport, to out: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) {
            let empty = isFolder.boolValue && ((try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty ?? false)
            guard empty else {
                throw CordisImportError(file: out, line: nil, message: "exists; expected a new folder (an import "
                                        + "never writes into an existing folder)", unreadable: true)
            }
        }
        let temporary = temporaryPath(for: out)
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            let territoryIDs = try writeTerritories(result, to: temporary + "/" + CatalogLoader.territoriesFile)
            try writeInitiatives(result, to: temporary + "/" + CatalogLoader.initiativesFile)
            try writeMemberships(result, territoryIDs: territoryIDs, to: temporary + "/" + CatalogLoader.membershipsFile)
            if rename(temporary, out) != 0 {
                throw CordisImportError(file: out, line: nil, message: "cannot be created: " + String(cString: strerror(errno)),
                                        unreadable: true)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if error is CordisImportError { throw error }
            throw CordisImportError(file: out, line: nil, message: "cannot be written: \(error.localizedDescription)",
                                    unreadable: true)
        }
    }

    /// The hidden folder beside `out` that the files are written into before it is renamed to `out`.
    public static func temporaryPath(for out: String) -> String {
        let url = URL(fileURLWithPath: out)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).importing-\(getpid())").path
    }

    private static func writeTerritories(_ result: CordisImport, to path: String) throws -> [String] {
        let regions = result.organisations.regions
        let writer = try JSONRecordWriter(path: path)
        for number in regions.indices.sorted(by: { regions[$0] < regions[$1] }) {
            let code = regions[number]
            let country = CordisRegions.country(ofCode: code)!
            writer.beginRecord()
            writer.string("id", "nuts-" + code)
            writer.string("kind", TerritoryKind.region.rawValue)
            writer.string("name", CordisRegions.name(of: code))
            writer.string("country", country.code.rawValue)
            writer.string("nuts", code)
            writer.string("nuts_note", "NUTS level-\(result.level) region (from the NUTS codes CORDIS gives) of organisations in CORDIS")
            writer.strings("sources", ["\(sourceName(result.organizationsFile)):\(result.organisations.regionFirstLine[number])"])
            writer.string("confidence", Confidence.stated.rawValue)
            try writer.endRecord()
        }
        try writer.close()
        return regions.map { "nuts-" + $0 }
    }

    static func programmeID(_ programme: String) -> String { "cordis-" + (programme.isEmpty ? "unknown" : programme) }
    static func schemeID(_ project: CordisProject) -> String {
        project.scheme.isEmpty ? programmeID(project.programme) : programmeID(project.programme) + "/" + project.scheme
    }

    static func programmeName(_ code: String) -> String {
        switch code {
        case "HORIZON": "Horizon Europe (HORIZON)"
        case "H2020": "Horizon 2020 (H2020)"
        case "FP7": "Seventh Framework Programme (FP7)"
        case "": "Programme not given"
        default: code
        }
    }

    private static func writeInitiatives(_ result: CordisImport, to path: String) throws {
        let writer = try JSONRecordWriter(path: path)
        var written = Set<String>()
        for project in result.projects where written.insert(programmeID(project.programme)).inserted {
            writer.beginRecord()
            writer.string("id", programmeID(project.programme))
            writer.string("kind", InitiativeKind.researchProgramme.rawValue)
            writer.string("name", programmeName(project.programme))
            writer.string("description", "EU research and innovation framework programme, as CORDIS lists its projects.")
            writer.null("parent")
            writer.strings("sources", [attribution])
            try writer.endRecord()
        }
        for project in result.projects where !project.scheme.isEmpty && written.insert(schemeID(project)).inserted {
            writer.beginRecord()
            writer.string("id", schemeID(project))
            writer.string("kind", InitiativeKind.fundingScheme.rawValue)
            writer.string("name", project.scheme)
            writer.string("description", "Funding scheme of \(programmeName(project.programme)) in CORDIS.")
            writer.string("parent", programmeID(project.programme))
            writer.strings("sources", [attribution])
            try writer.endRecord()
        }
        for project in result.projects {
            var description = "\(programmeName(project.programme)) project \(project.id)"
            if !project.scheme.isEmpty { description += ", \(project.scheme)" }
            if !project.startDate.isEmpty || !project.endDate.isEmpty {
                description += ", \(project.startDate.isEmpty ? "?" : project.startDate) to \(project.endDate.isEmpty ? "?" : project.endDate)"
            }
            if !project.status.isEmpty { description += ", status \(project.status)" }
            let month = String(project.startDate.prefix(7))
            let name = project.acronym.isEmpty ? project.title : project.title.isEmpty ? project.acronym
                : project.acronym + ": " + project.title
            writer.beginRecord()
            writer.string("id", "cordis-" + project.id)
            writer.string("kind", InitiativeKind.researchProject.rawValue)
            writer.string("name", name.isEmpty ? "Project \(project.id)" : name)
            writer.string("description", description + ".")
            writer.string("parent", schemeID(project))
            if CatalogValidator.isYearOrMonth(month) { writer.string("started", month) } else { writer.null("started") }
            writer.strings("sources", [projectURL + project.id, "\(sourceName(result.projectsFile)):\(project.line)"])
            try writer.endRecord()
        }
        try writer.close()
    }

    /// The busiest file (one record per region and project): each record is put together from byte pieces
    /// made once per region and once per project.
    private static func writeMemberships(_ result: CordisImport, territoryIDs: [String], to path: String) throws {
        let writer = try JSONRecordWriter(path: path)
        let regions = result.organisations.regions
        var rank = [Int](repeating: 0, count: regions.count)
        for (position, number) in regions.indices.sorted(by: { regions[$0] < regions[$1] }).enumerated() { rank[number] = position }
        let ties = result.organisations.ties
        let keys = ties.keys.sorted { a, b in
            a >> 24 != b >> 24 ? a >> 24 < b >> 24 : rank[a & 0xFF_FFFF] < rank[b & 0xFF_FFFF]
        }
        let territoryPieces = territoryIDs.map { Array(#"{"territory":"#.utf8) + JSONRecordWriter.encoded($0) }
        // The file and line source: the quoted file name with its closing quote left off, for the line to follow.
        var fileSource = JSONRecordWriter.encoded(sourceName(result.organizationsFile) + ":")
        fileSource.removeLast()
        let rolePiece = Array(#""],"role":""#.utf8)
        let notePiece = Array(#"","confidence":"stated","note":""#.utf8)
        let oneOrganisation = Array("1 organisation of this region takes part\"}".utf8)
        let organisations = Array(" organisations of this region take part\"}".utf8)
        let roles = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, Array($0.rawValue.utf8)) })
        var projectNumber = -1
        var projectPiece: [UInt8] = []
        for key in keys {
            let tie = ties[key]!
            if key >> 24 != projectNumber {
                projectNumber = key >> 24
                let id = result.projects[projectNumber].id
                projectPiece = Array(#","initiative":"#.utf8) + JSONRecordWriter.encoded("cordis-" + id)
                    + Array(#","sources":["#.utf8) + JSONRecordWriter.encoded(projectURL + id) + [UInt8(ascii: ",")] + fileSource
            }
            writer.beginRaw()
            writer.raw(territoryPieces[key & 0xFF_FFFF])
            writer.raw(projectPiece)
            writer.raw(Array(String(tie.firstLine).utf8))
            writer.raw(rolePiece)
            writer.raw(roles[tie.role]!)
            writer.raw(notePiece)
            if tie.organisations == 1 { writer.raw(oneOrganisation) } else {
                writer.raw(Array(String(tie.organisations).utf8))
                writer.raw(organisations)
            }
            try writer.endRaw()
        }
        try writer.close()
    }

    /// How sources name an input file: its name (and the zip's), not the folders it was read from, which
    /// say nothing about the data and would repeat in every record.
    static func sourceName(_ label: String) -> String {
        let parts = label.split(separator: "/")
        guard let last = parts.last else { return label }
        if parts.count >= 2, let zip = parts.dropLast().last(where: { $0.lowercased().hasSuffix(".zip") }) {
            return zip + "/" + last
        }
        return String(last)
    }
}
