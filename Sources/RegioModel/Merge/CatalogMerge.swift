/// Several data folders as one catalog (`--data bundled --data ~/cordis-he`): territories with the same
/// NUTS code are one territory (the first folder's record, with every folder's sources); initiatives keep
/// their own kinds. Any other id that two folders both use is kept apart by a suffix naming the later
/// folder's position (`id@2`), so nothing is lost or joined by accident; records are not compared, so the
/// same folder given twice counts its initiatives and memberships twice.
public enum CatalogMerge {
    public static func merge(_ catalogs: [Catalog]) -> Catalog {
        guard catalogs.count > 1 else { return catalogs.first ?? Catalog(territories: [], initiatives: [], memberships: []) }
        var territories: [Territory] = []
        var territoryByID: [String: Int] = [:]
        var territoryByNUTS: [String: Int] = [:]
        var initiatives: [Initiative] = []
        var initiativeIDs: Set<String> = []
        var memberships = MembershipTable()
        var warnings: [DataProblem] = []

        for (position, catalog) in catalogs.enumerated() {
            let suffix = "@\(position + 1)"
            // This folder's territory ids → the merged ids.
            var territoryID: [String: String] = [:]
            for territory in catalog.territories {
                if let nuts = territory.nuts, let existing = territoryByNUTS[nuts] {
                    territoryID[territory.id] = territories[existing].id
                    for source in territory.sources where !territories[existing].sources.contains(source) {
                        territories[existing].sources.append(source)
                    }
                    continue
                }
                var merged = territory
                if territoryByID[merged.id] != nil { merged.id += suffix }
                territoryID[territory.id] = merged.id
                territoryByID[merged.id] = territories.count
                if let nuts = merged.nuts { territoryByNUTS[nuts] = territories.count }
                territories.append(merged)
            }
            // Ids an earlier folder used get the suffix; when none is used already (an import after the
            // bundled data), nothing is renamed and the records are taken as they are.
            let clashes = catalog.initiatives.contains { initiativeIDs.contains($0.id) }
            var initiativeID: [String: String] = [:]
            if clashes {
                for initiative in catalog.initiatives {
                    initiativeID[initiative.id] = initiativeIDs.contains(initiative.id) ? initiative.id + suffix : initiative.id
                }
                for initiative in catalog.initiatives {
                    var merged = initiative
                    merged.id = initiativeID[initiative.id]!
                    merged.parent = initiative.parent.map { initiativeID[$0] ?? $0 }
                    merged.sameAs = initiative.sameAs.map { initiativeID[$0] ?? $0 }
                    merged.related = initiative.related.map { initiativeID[$0] ?? $0 }
                    initiatives.append(merged)
                }
            } else {
                initiatives += catalog.initiatives
            }
            // Only a later folder's ids can clash with these.
            if position < catalogs.count - 1 { initiativeIDs.formUnion(initiatives.lazy.map(\.id)) }
            // Each distinct id is renamed once, not once per membership.
            memberships.append(contentsOf: catalog.memberships.renamingIDs(
                territory: { territoryID[$0] ?? $0 }, initiative: clashes ? { initiativeID[$0] ?? $0 } : nil))
            warnings += catalog.warnings
        }
        let label = catalogs.map(\.origin.label).joined(separator: " + ")
        return Catalog(territories: territories, initiatives: initiatives, memberships: memberships,
                       origin: .directory(label), warnings: warnings)
    }
}
