extension Store {
    /// The NUTS level of a code: SE is 0, SE3 is 1, SE33 is 2, SE331 is 3.
    public static func nutsLevel(_ code: String) -> Int { max(0, code.count - 2) }

    /// Regions (NUTS level 2 or finer) whose NUTS code contains this territory's, coarsest first: for a
    /// bundled NUTS-3 region, the NUTS-2 region an import placed its organisations in. Member states and
    /// NUTS-1 areas are left out, as their collaborations say nothing about the region.
    public func enclosingNUTSRegions(ofTerritory index: Int) -> [Int] {
        guard let code = territories[index].nuts, code.count > 4 else { return [] }
        let prefixes = Set((4..<code.count).map { String(code.prefix($0)) })
        return territories.indices
            .filter { territories[$0].nuts.map(prefixes.contains) ?? false && territories[$0].kind != .memberState }
            .sorted { (territories[$0].nuts?.count ?? 0) < (territories[$1].nuts?.count ?? 0) }
    }
}
