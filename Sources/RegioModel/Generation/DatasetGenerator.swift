import Foundation

/// Writes a synthetic dataset in the user format, for benchmarks and tests: realistic names with
/// diacritics in several languages, every member state, nested initiatives, every role. The same
/// sizes and seed always give the same files.
public struct DatasetGenerator {
    public var territories: Int
    public var initiatives: Int
    public var memberships: Int
    public var seed: UInt64

    public init(territories: Int, initiatives: Int, memberships: Int, seed: UInt64 = 1) {
        self.territories = max(1, territories)
        self.initiatives = max(1, initiatives)
        self.memberships = max(0, memberships)
        self.seed = seed
    }

    /// The largest sizes: beyond these a file would pass the loader's 1 GiB limit anyway.
    public static let maximumTerritories = 1_000_000
    public static let maximumInitiatives = 1_000_000
    public static let maximumMemberships = 5_000_000

    /// What is wrong with these sizes, checked before anything is written; nil when they can be generated.
    public static func sizeProblem(territories: Int, initiatives: Int, memberships: Int) -> String? {
        if !(1...maximumTerritories).contains(territories) {
            return "--territories must be between 1 and \(maximumTerritories), not \(territories)"
        }
        if !(1...maximumInitiatives).contains(initiatives) {
            return "--initiatives must be between 1 and \(maximumInitiatives), not \(initiatives)"
        }
        if !(0...maximumMemberships).contains(memberships) {
            return "--memberships must be between 0 and \(maximumMemberships), not \(memberships)"
        }
        return nil
    }

    /// Writes territories.json, initiatives.json and memberships.json into `directory` (created if needed).
    public func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        let territoryIDs = try writeTerritories(to: directory + "/territories.json", &random)
        let initiativeIDs = try writeInitiatives(to: directory + "/initiatives.json", &random)
        try writeMemberships(to: directory + "/memberships.json", territories: territoryIDs,
                             initiatives: initiativeIDs, &random)
    }

    // MARK: names

    private static let starts = ["Öster", "Väster", "Nord", "Süd", "Ålands", "Brá", "Łód", "Cluj", "Kraków", "Évo",
                                 "Tréga", "Żyw", "Ostro", "Saint-", "Valle ", "Bornh", "Thes", "Ærø", "Győr", "Plzeň"]
    private static let middles = ["bot", "lan", "mar", "ric", "ten", "vé", "ga", "ür", "ña", "lo", "ske", "ba", "ze", "ri"]
    private static let ends = ["ten", "land", "ia", "berg", "nia", "ås", "ëa", "ova", "ence", "holm", "ovo", "ija", "ègne"]
    private static let themes = ["Hydrogen", "Bioeconomy", "Textiles", "Smart Health", "Circular Economy",
                                 "Digital Tourism", "Marine Energy", "Agri-Food Traceability", "AI in Manufacturing",
                                 "Sustainable Buildings", "Batteries", "Space Applications"]
    private static let sourcePool: [String] = (0..<500).map { "https://example.eu/regio/source/\($0)" }

    private func name(_ random: inout SeededRandom) -> String {
        var text = random.pick(Self.starts) + random.pick(Self.middles)
        if random.chance(50) { text += random.pick(Self.middles) }
        return text + random.pick(Self.ends)
    }

    // MARK: files

    private func writeTerritories(to path: String, _ random: inout SeededRandom) throws -> [String] {
        let writer = try JSONLinesWriter(path: path)
        let countries = Countries.all
        var ids: [String] = []
        ids.reserveCapacity(territories)
        var memberStatesWritten: Set<CountryCode> = []
        for index in 0..<territories {
            let country = countries[index % countries.count]
            var kind: TerritoryKind = random.chance(10) ? .city : random.chance(5) ? .group : .region
            if !memberStatesWritten.contains(country.code) && country.isEUMember {
                kind = .memberState
                memberStatesWritten.insert(country.code)
            }
            let baseName = kind == .memberState ? country.english : name(&random)
            let id = "t\(index)"
            ids.append(id)
            var names: [(String, JSONOutput)] = [("en", .string(baseName))]
            if random.chance(30) { names.append(("sv", .string(baseName + "s län"))) }
            if random.chance(30) { names.append(("nl", .string("Provincie " + baseName))) }
            names.append(("native", .string(kind == .memberState ? country.name(in: .native) : name(&random))))
            let nuts: JSONOutput
            if kind == .city {
                nuts = .null
            } else if kind == .memberState {
                nuts = NUTS.covers(prefix: country.nutsPrefix) ? .string(country.nutsPrefix) : .null
            } else {
                nuts = Self.nutsRegion(of: country, pick: random.below(9) * 9 + random.below(9)).map(JSONOutput.string) ?? .null
            }
            try writer.append(.object([
                ("id", .string(id)), ("kind", .string(kind.rawValue)), ("name", .string(baseName)),
                ("names", .object(names)), ("country", .string(country.code.rawValue)), ("nuts", nuts),
                ("sources", .strings([random.pick(Self.sourcePool)])),
                ("confidence", .string(random.chance(95) ? "stated" : "inferred")),
            ]))
        }
        try writer.close()
        return ids
    }

    /// A current NUTS 2 region of the country, so that `regio validate` accepts what was generated; nil
    /// for a country the embedded table does not cover (an invented code would only be noted as unchecked).
    private static func nutsRegion(of country: Country, pick: Int) -> String? {
        guard let codes = nutsRegions[country.nutsPrefix], !codes.isEmpty else { return nil }
        return codes[pick % codes.count]
    }

    private static let nutsRegions: [String: [String]] = Dictionary(grouping: NUTS.allRegions.filter { $0.level == 2 && $0.isCurrent }.map(\.code)) {
        String($0.prefix(2))
    }

    private func writeInitiatives(to path: String, _ random: inout SeededRandom) throws -> [String] {
        let writer = try JSONLinesWriter(path: path)
        var ids: [String] = []
        var kinds: [InitiativeKind] = []
        for index in 0..<initiatives {
            // Every tenth initiative is a root; the others hang under an earlier one of a fitting kind,
            // so parents always come first and there is never a cycle.
            let kind: InitiativeKind
            var parent: Int? = nil
            if index % 10 == 0 || index < 5 {
                kind = [.pilotAction, .thematicPlatform, .initiative, .interregProject, .nationalProgramme][(index / 10) % 5]
            } else {
                let candidate = random.below(index)
                parent = candidate
                switch kinds[candidate] {
                case .pilotAction: kind = .network
                case .thematicPlatform: kind = .thematicPartnership
                case .initiative: kind = .initiativePilot
                case .interregProject, .nationalProgramme: kind = .interregProject
                default: kind = kinds[candidate]
                }
            }
            let id = "i\(index)"
            ids.append(id)
            kinds.append(kind)
            let theme = random.pick(Self.themes)
            var fields: [(String, JSONOutput)] = [
                ("id", .string(id)), ("kind", .string(kind.rawValue)),
                ("name", .string("\(theme) \(kind.label) \(index)")),
                ("description", .string("Synthetic \(kind.label) on \(theme.lowercased()) for benchmarks.")),
                ("parent", parent.map { .string(ids[$0]) } ?? .null),
                ("started", .string("\(2010 + random.below(14))-\(String(format: "%02d", 1 + random.below(12)))")),
                ("sources", .strings([random.pick(Self.sourcePool)])),
            ]
            if index % 10 == 0 { fields.append(("counts", .object([("regions", .int(50 + random.below(100)))]))) }
            try writer.append(.object(fields))
        }
        try writer.close()
        return ids
    }

    private func writeMemberships(to path: String, territories: [String], initiatives: [String],
                                  _ random: inout SeededRandom) throws {
        let writer = try JSONLinesWriter(path: path)
        let roles: [Role] = [.member, .member, .member, .partner, .participant, .participant, .lead, .coLead]
        var written = 0
        var territory = 0
        while written < memberships {
            // Each territory in turn takes a few distinct initiatives, so no membership repeats.
            let count = min(memberships - written, 1 + random.below(2 * max(1, memberships / territories.count)))
            var chosen: Set<Int> = []
            for _ in 0..<count {
                var initiative = random.below(initiatives.count)
                var tries = 0
                while chosen.contains(initiative) && tries < 8 { initiative = random.below(initiatives.count); tries += 1 }
                guard chosen.insert(initiative).inserted else { continue }
                var fields: [(String, JSONOutput)] = [
                    ("territory", .string(territories[territory])), ("initiative", .string(initiatives[initiative])),
                    ("role", .string(random.pick(roles).rawValue)), ("sources", .strings([random.pick(Self.sourcePool)])),
                    ("confidence", .string(random.chance(90) ? "stated" : "inferred")),
                ]
                if random.chance(5) { fields.append(("note", .string("Inferred from a project partner list."))) }
                try writer.append(.object(fields))
                written += 1
            }
            territory = (territory + 1) % territories.count
        }
        try writer.close()
    }
}

/// Writes a JSON array one compact record per line, buffered, so that a million records never sit in
/// memory as one string; the line of a record is its index plus two.
final class JSONLinesWriter {
    private let handle: FileHandle
    private var buffer = ""
    private var first = true

    init(path: String) throws {
        // Opened directly: FileManager.createFile writes through a `.dat.nosync…` temporary that a
        // killed regio would leave behind. A symbolic link in the way (only with --force) is replaced,
        // as before, not written through.
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        var descriptor = open(path, flags, 0o666)
        if descriptor < 0 && errno == ELOOP && unlink(path) == 0 { descriptor = open(path, flags, 0o666) }
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        buffer = "["
    }

    func append(_ record: JSONOutput) throws {
        buffer += first ? "\n" : ",\n"
        first = false
        buffer += record.compact()
        if buffer.utf8.count > 1 << 20 { try flush() }
    }

    func close() throws {
        buffer += "\n]\n"
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}
