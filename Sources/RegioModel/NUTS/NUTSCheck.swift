/// Checks territories' NUTS codes against the embedded classification (`NUTS`), separately from the
/// loader's format checks: a code in neither version is an error, one that only the older version has
/// gets a note naming the codes that replaced it, and a country the table does not cover (the UK
/// left NUTS before 2021) gets a note that its codes were not checked.
public enum NUTSCheck {
    public enum Status: Equatable, Sendable {
        /// In NUTS 2024 (and maybe 2021 too).
        case current(NUTSRegion)
        /// Only in NUTS 2021; `successors` are the NUTS 2024 codes that took over its area.
        case outdated(NUTSRegion)
        /// In neither version, though the table covers the country.
        case unknown
        /// The table does not cover this country's codes.
        case notCovered
    }

    public static func status(of code: String) -> Status {
        guard NUTS.covers(prefix: code) else { return .notCovered }
        guard let region = NUTS.region(code: code) else { return .unknown }
        return region.isCurrent ? .current(region) : .outdated(region)
    }

    /// One problem per territory whose code is not current, in the order of `territories`.
    public static func problems(territories: [Territory]) -> [DataProblem] {
        var problems: [DataProblem] = []
        let versions = NUTS.versions.map(\.rawValue).joined(separator: " or ")
        for (index, territory) in territories.enumerated() {
            guard let code = territory.nuts else { continue }
            func problem(_ severity: DataProblem.Severity, _ kind: DataProblem.Kind, _ message: String) {
                problems.append(DataProblem(severity, kind, file: CatalogLoader.territoriesFile, recordIndex: index,
                                            recordID: "id \"\(territory.id)\"", field: "nuts", message: message))
            }
            switch status(of: code) {
            case .current: continue
            case .unknown:
                problem(.error, .nutsUnknown, "\"\(code)\" is not a NUTS code in \(versions)")
            case .outdated(let region):
                let newer = region.successors.joined(separator: ", ")
                problem(.note, .nutsOutdated, "\"\(code)\" is a \(NUTSVersion.nuts2021.rawValue) code that "
                        + "\(NUTSVersion.nuts2024.rawValue) replaced with \(newer)")
            case .notCovered:
                problem(.note, .nutsNotCovered, "\"\(code)\" not checked: the embedded NUTS table (\(versions)) "
                        + "does not cover country \(territory.country)")
            }
        }
        return problems
    }
}
