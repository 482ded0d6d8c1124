/// Narrowing lists to a NUTS region (`--nuts SE33`), the way a member-state filter narrows them to a
/// country: a territory is within a region when its NUTS code starts with the region's code, or when
/// its NUTS 2021 code was replaced by NUTS 2024 codes that do (data with FI195 is within FI19A).
extension Store {
    public func isTerritory(_ index: Int, withinNUTS regions: [String]) -> Bool {
        guard !regions.isEmpty else { return true }
        guard let code = territories[index].nuts else { return false }
        let codes = [code] + (NUTS.region(code: code)?.successors ?? [])
        return codes.contains { code in regions.contains { code.hasPrefix($0) } }
    }

    /// `participants` (territory indices, in their order) that lie within one of `regions`; all when empty.
    public func participants(_ participants: [Int], withinNUTS regions: [String]) -> [Int] {
        regions.isEmpty ? participants : participants.filter { isTerritory($0, withinNUTS: regions) }
    }

    /// The initiatives with a member within one of `regions`, directly or through an initiative below
    /// them (as the member-state filter counts them); nil when `regions` is empty, meaning all.
    public func initiativesWithMember(withinNUTS regions: [String]) -> Set<Int>? {
        guard !regions.isEmpty else { return nil }
        var within = [Bool?](repeating: nil, count: territories.count)
        var result: Set<Int> = []
        for membership in memberships.indices {
            let territory = territory(ofMembership: membership)
            if within[territory] == nil { within[territory] = isTerritory(territory, withinNUTS: regions) }
            guard within[territory] == true else { continue }
            let initiative = initiative(ofMembership: membership)
            guard result.insert(initiative).inserted else { continue }
            result.formUnion(ancestors(ofInitiative: initiative))
        }
        return result
    }
}

extension NUTS {
    /// Why `code` cannot be used as a `--nuts` filter, or nil when it can: a code of a country the table
    /// covers must be in one of its versions; codes of other countries are taken as they are.
    public static func filterProblem(_ code: String) -> String? {
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else {
            return "'\(code)' is not a NUTS code; expected upper-case letters and digits, like SE33"
        }
        if case .unknown = NUTSCheck.status(of: code) {
            return "'\(code)' is not a NUTS code in " + versions.map(\.rawValue).joined(separator: " or ")
        }
        return nil
    }
}
