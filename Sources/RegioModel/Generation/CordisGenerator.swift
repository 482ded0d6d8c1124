import Foundation
import ZIPFoundation

/// Writes CORDIS-shaped project.csv and organization.csv (and the zip that holds them) for the import
/// benchmark: every column of the published header, every field quoted, long objectives with line
/// breaks, semicolons and quotes, about 6 organisation rows a project, a few rows without a NUTS code or
/// with a country-level one. The same sizes and seed always give the same files.
public struct CordisGenerator {
    public var projects: Int
    public var organisationRows: Int
    public var seed: UInt64

    static let projectColumns = ["id", "acronym", "status", "title", "startDate", "endDate", "totalCost",
                                 "ecMaxContribution", "legalBasis", "topics", "ecSignatureDate", "frameworkProgramme",
                                 "masterCall", "subCall", "fundingScheme", "nature", "objective", "contentUpdateDate",
                                 "rcn", "grantDoi"]
    static let organisationColumns = ["projectID", "projectAcronym", "organisationID", "vatNumber", "name", "shortName",
                                      "SME", "activityType", "street", "postCode", "city", "country", "nutsCode",
                                      "geolocation", "organizationURL", "contactForm", "contentUpdateDate", "rcn",
                                      "order", "role", "ecContribution", "netEcContribution", "totalCost",
                                      "endOfParticipation", "active"]

    public init(projects: Int, organisationRows: Int, seed: UInt64 = 1) {
        self.projects = max(1, projects); self.organisationRows = max(0, organisationRows); self.seed = seed
    }

    /// Writes project.csv, organization.csv and cordis-projects-csv.zip into `directory`.
    public func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        try writeProjects(to: directory + "/project.csv", &random)
        try writeOrganisations(to: directory + "/organization.csv", &random)
        let zip = URL(fileURLWithPath: directory + "/cordis-projects-csv.zip")
        try? FileManager.default.removeItem(at: zip)
        let archive = try Archive(url: zip, accessMode: .create)
        for name in ["project.csv", "organization.csv"] {
            try archive.addEntry(with: name, relativeTo: URL(fileURLWithPath: directory), compressionMethod: .deflate,
                                 bufferSize: 1 << 20)
        }
    }

    private static let words = ["hydrogen", "bioeconomy", "quantum", "battery", "circular", "forest", "marine", "health",
                                "climate", "mobility", "textile", "digital", "soil", "urban", "energy", "photonic",
                                "ageing", "food", "space", "materials", "Ålesund", "Łódź", "Γλώσσα", "straße"]
    private static let schemes = ["HORIZON-RIA", "HORIZON-IA", "HORIZON-CSA", "HORIZON-ERC", "HORIZON-TMA-MSCA-PF-EF",
                                  "HORIZON-EIC", "HORIZON-COFUND"]
    private static let roles = ["participant", "participant", "participant", "participant", "thirdParty",
                                "associatedPartner", "partnerOrganisation"]

    private func sentence(_ random: inout SeededRandom, words count: Int) -> String {
        (0..<count).map { _ in random.pick(Self.words) }.joined(separator: " ")
    }

    private func writeProjects(to path: String, _ random: inout SeededRandom) throws {
        let writer = try CSVLineWriter(path: path, bom: true)
        try writer.row(Self.projectColumns)
        for index in 0..<projects {
            let acronym = "P\(index)-" + random.pick(Self.words).uppercased()
            let objective = (0..<8).map { _ in sentence(&random, words: 24) }.joined(separator: ".\n")
                + "; \"quoted\" end."
            let year = 2021 + random.below(4)
            try writer.row([String(101_000_000 + index), acronym, random.chance(80) ? "SIGNED" : "CLOSED",
                            "A \"\(sentence(&random, words: 3))\" project; \(sentence(&random, words: 6))",
                            "\(year)-0\(1 + random.below(9))-01", "\(year + 3)-12-31", "1234567,5", "1000000",
                            "HORIZON.2.5", "HORIZON-CL5-2022-D2-01-0\(random.below(9))", "2022-11-30", "HORIZON",
                            "HORIZON-CL5-2022-D2-01", "HORIZON-CL5-2022-D2-01-0\(random.below(9))",
                            random.pick(Self.schemes), "", objective, "2024-05-01 12:00:00", String(240_000 + index),
                            "10.3030/\(101_000_000 + index)"])
        }
        try writer.close()
    }

    private func writeOrganisations(to path: String, _ random: inout SeededRandom) throws {
        let writer = try CSVLineWriter(path: path, bom: true)
        try writer.row(Self.organisationColumns)
        // Real NUTS-3 codes from the embedded table, and a few of the UK's (which the table does not cover).
        let codes = NUTS.allRegions.filter { $0.level == 3 }.map(\.code) + ["UKC11", "UKI31", "UKM75", "UKN06"]
        for row in 0..<organisationRows {
            // Rows come in project order, as CORDIS lists them; the first of a project coordinates.
            let project = row * projects / max(1, organisationRows)
            let first = row == 0 || (row - 1) * projects / max(1, organisationRows) != project
            let code = random.pick(codes)
            let prefix = String(code.prefix(2))
            let nuts: String = random.chance(4) ? "" : random.chance(2) ? prefix : code
            let name = sentence(&random, words: 3).capitalized + (random.chance(10) ? "; Ltd" : "")
            try writer.row([String(101_000_000 + project), "P\(project)", String(900_000_000 + random.below(100_000)),
                            "VAT\(random.below(1_000_000))", name, "", random.chance(30) ? "true" : "false",
                            random.pick(["HES", "PRC", "REC", "PUB", "OTH"]), "Street \(random.below(200))",
                            String(10_000 + random.below(89_999)), random.pick(Self.words).capitalized,
                            prefix == "UK" ? "UK" : prefix, nuts, "POINT (18.1 59.3)", "https://example.eu/org",
                            "", "2024-05-01 12:00:00", String(row), String(row % 9 + 1),
                            first ? "coordinator" : random.pick(Self.roles), "250000", "250000", "300000", "", "true"])
        }
        try writer.close()
    }
}

/// Writes CSV in CORDIS's manner: `;` between fields, every field quoted, `"` doubled.
final class CSVLineWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String, bom: Bool) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        if bom { buffer = [0xEF, 0xBB, 0xBF] }
    }

    func row(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ";")) }
            buffer.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                buffer.append(byte)
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            }
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
