extension NUTS {
    /// The region and its parents down to level 1, as the detail view and `regio show` print them:
    /// `SE331 Västerbottens län › SE33 Övre Norrland › SE3 Norra Sverige`. Nil for a code the table
    /// does not have.
    public static func path(code: String) -> String? {
        let chain = chain(code: code).filter { $0.level > 0 || $0.code == code }
        return chain.isEmpty ? nil : chain.map(\.label).joined(separator: " › ")
    }

    /// Which versions have the code, and what replaced it when only the older one does:
    /// `NUTS 2021 and NUTS 2024`, `only NUTS 2021; NUTS 2024: FI199, FI19A`, `not in NUTS 2021 or NUTS 2024`
    /// or, for a country the table does not cover, nil.
    public static func versionNote(code: String) -> String? {
        switch NUTSCheck.status(of: code) {
        case .notCovered: return nil
        case .unknown: return "not in " + versions.map(\.rawValue).joined(separator: " or ")
        case .current(let region), .outdated(let region):
            let names = region.versions.map(\.rawValue)
            if region.isCurrent { return names.joined(separator: " and ") }
            return "only \(names.joined(separator: " and ")); \(NUTSVersion.nuts2024.rawValue): "
                + region.successors.joined(separator: ", ")
        }
    }
}
