/// A version of the NUTS classification that the embedded table holds.
public enum NUTSVersion: String, CaseIterable, Sendable, Comparable {
    case nuts2021 = "NUTS 2021"
    case nuts2024 = "NUTS 2024"

    public static func < (lhs: NUTSVersion, rhs: NUTSVersion) -> Bool { lhs.year < rhs.year }
    var year: Int { self == .nuts2021 ? 2021 : 2024 }
}

/// One region of the NUTS classification (levels 0 to 3) as the embedded table has it.
public struct NUTSRegion: Equatable, Sendable {
    public let code: String
    /// 0 (country) to 3; a code's length less two.
    public let level: Int
    /// The versions that have this code, oldest first.
    public let versions: [NUTSVersion]
    /// For a code that only NUTS 2021 has: the NUTS 2024 codes that took over its area.
    public let successors: [String]
    /// The name a source gave for it (see `Sources/RegioModel/NUTS/README.md`); nil where none was read.
    public let name: String?

    /// The code of the region one level up; nil for a country.
    public var parentCode: String? { level > 0 ? String(code.dropLast()) : nil }
    public var isCurrent: Bool { versions.contains(.nuts2024) }
    /// "SE331 Västerbottens län", or the code alone when no name was read.
    public var label: String { name.map { "\(code) \($0)" } ?? code }
}

/// The NUTS table embedded in RegioModel: NUTS 2021 and NUTS 2024, levels 0–3, for the EU-27, Norway
/// and Switzerland. Built by `scripts/build-nuts-table.py` from the sources its README names.
public enum NUTS {
    /// The versions the table holds, oldest first.
    public static let versions = NUTSVersion.allCases
    /// The country prefixes the table covers (`EL` for Greece).
    public static var countries: Set<String> { table.countries }

    /// The region with this code in either version, or nil.
    public static func region(code: String) -> NUTSRegion? { table.regions[code] }

    /// The region and the regions above it, most specific first: SE331, SE33, SE3, SE.
    public static func chain(code: String) -> [NUTSRegion] {
        var chain: [NUTSRegion] = []
        var next: String? = code
        while let current = next, let region = region(code: current) {
            chain.append(region)
            next = region.parentCode
        }
        return chain
    }

    /// Every region in the table, in code order.
    public static var allRegions: [NUTSRegion] { table.ordered }

    /// Whether the table covers the country whose codes start with `prefix`.
    public static func covers(prefix: String) -> Bool { table.countries.contains(String(prefix.prefix(2))) }

    private static let table = NUTSTable(text: String(decoding: PackageResources.nuts_table_tsv, as: UTF8.self))
}

/// The parsed table file: one line a code, tab-separated code, level, versions, successors, name.
/// Read byte by byte, making a string only of what a region keeps: the first detail page opened parses
/// it, and splitting each line into strings cost milliseconds on that key.
struct NUTSTable: Sendable {
    var regions: [String: NUTSRegion] = [:]
    var ordered: [NUTSRegion] = []
    var countries: Set<String> = []

    init(text: String) {
        var text = text
        text.withUTF8 { bytes in
            regions.reserveCapacity(bytes.count / 16)
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                let line = bytes[lineStart..<lineEnd]
                guard line.first != UInt8(ascii: "#") else { continue }
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                guard fields.count == 5, let level = Int(String(decoding: fields[1], as: UTF8.self)) else { continue }
                let versions = fields[2].split(separator: UInt8(ascii: " ")).compactMap { year in
                    NUTSVersion.allCases.first { year.elementsEqual(String($0.year).utf8) }
                }
                let region = NUTSRegion(code: String(decoding: fields[0], as: UTF8.self), level: level, versions: versions,
                                        successors: fields[3].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) },
                                        name: fields[4].isEmpty ? nil : String(decoding: fields[4], as: UTF8.self))
                regions[region.code] = region
                ordered.append(region)
                if level == 0 { countries.insert(region.code) }
            }
        }
    }
}
