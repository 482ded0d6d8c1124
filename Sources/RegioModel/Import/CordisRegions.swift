/// Places a CORDIS `nutsCode` in a NUTS region of the chosen level, or says why it cannot.
enum NUTSPlacement: Equatable {
    case region(String)
    case unplaced(UnplacedReason)
}

/// Why an organisation row has no region; the import counts each kind and reports them.
public enum UnplacedReason: String, CaseIterable, Sendable, Comparable {
    case noNUTS = "no NUTS code"
    case coarser = "NUTS code coarser than the chosen level"
    case extraRegio = "extra-regio NUTS code (…Z)"
    case unknownCode = "not a NUTS 2021 or 2024 code"
    case unknownProject = "project not in project.csv"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where an organisation's NUTS code puts it: the region of the chosen level that contains it, checked
/// against the embedded NUTS table (`NUTS`), and named from it.
enum CordisRegions {
    /// NUTS prefixes of the countries regio knows (UK for the United Kingdom, EL for Greece).
    private static let countries: [String: Country] = Dictionary(
        Countries.all.map { ($0.nutsPrefix, $0) }, uniquingKeysWith: { first, _ in first })

    static func country(ofCode code: String) -> Country? { countries[String(code.prefix(2))] }

    /// The level-`level` region containing `code` (a NUTS code of any level).
    static func place(_ code: String, level: Int) -> NUTSPlacement {
        let scalars = code.unicodeScalars
        guard !scalars.isEmpty else { return .unplaced(.noNUTS) }
        guard (2...5).contains(scalars.count),
              scalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }),
              country(ofCode: code) != nil else { return .unplaced(.unknownCode) }
        if scalars.count > 2 && code.unicodeScalars.dropFirst(2).first == "Z" { return .unplaced(.extraRegio) }
        guard scalars.count >= level + 2 else { return .unplaced(.coarser) }
        let region = String(code.prefix(level + 2))
        // A code the table does not know in a country it covers would fail `regio validate`; the UK's
        // codes (NUTS 2016, not in the table) are kept and noted as unchecked, as validate does.
        if NUTSCheck.status(of: region) == .unknown { return .unplaced(.unknownCode) }
        return .region(region)
    }

    /// The region's name from the NUTS table, or its code where the table has none (the UK).
    static func name(of code: String) -> String { NUTS.region(code: code)?.name ?? code }
}
