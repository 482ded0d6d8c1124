/// Which initiatives a list shows: the dashboard's Networks and Thematic platforms panes, or all.
public enum InitiativeSection: String, CaseIterable, Sendable {
    /// Pilot actions, networks, initiatives and their pilots, Interreg projects, national programmes.
    case networks
    /// S3 thematic platforms and thematic partnerships.
    case platforms
    case all

    public func contains(_ kind: InitiativeKind) -> Bool {
        switch self {
        case .all: true
        case .platforms: kind == .thematicPlatform || kind == .thematicPartnership
        case .networks: !(kind == .thematicPlatform || kind == .thematicPartnership)
        }
    }
}

extension Store {
    /// Territories in any of `countries` (all when empty) and of any of `kinds` (all when empty) whose
    /// names match `search`: best matches first when searching, else by name.
    public func participants(countries: Set<CountryCode> = [], kinds: Set<TerritoryKind> = [],
                             search: String = "") -> [Int] {
        let candidates: [Int]
        let mask = Countries.mask(countries)
        if search.isEmpty {
            // Already in name order: filtering keeps it, so no sort per call.
            candidates = countries.isEmpty ? territoriesByName.map { Int($0) }
                : territoriesByName.lazy.filter { self.territoryCountryBit[Int($0)] & mask != 0 }.map { Int($0) }
        } else {
            candidates = searchTerritories(search).compactMap {
                if case .territory(let index) = $0.entity { index } else { nil }
            }.filter { countries.isEmpty || territoryCountryBit[$0] & mask != 0 }
        }
        return kinds.isEmpty ? candidates : candidates.filter { kinds.contains(territories[$0].kind) }
    }

    /// Initiatives of `section` (and of `kinds`, when given) that have a member in one of `countries`
    /// (any, when empty) and whose name matches `search`. In tree order: each parent before its children,
    /// siblings by name, when not searching; best matches first when searching.
    public func initiatives(in section: InitiativeSection, kinds: Set<InitiativeKind> = [],
                            countries: Set<CountryCode> = [], search: String = "") -> [Int] {
        var result: [Int]
        if search.isEmpty {
            result = treeOrder(section)
        } else {
            result = searchInitiatives(search).compactMap {
                if case .initiative(let index) = $0.entity { index } else { nil }
            }.filter { isListed($0, in: section) }
        }
        if !kinds.isEmpty { result = result.filter { kinds.contains(initiatives[$0].kind) } }
        if !countries.isEmpty {
            let mask = Countries.mask(countries)
            result = result.filter { initiativeCountryMasks[$0] & mask != 0 }
        }
        return result
    }

    /// Whether a section lists an initiative. The platforms section also lists the pilot actions that
    /// formed thematic partnerships, so that those partnerships sit under their parent, not loose.
    public func isListed(_ index: Int, in section: InitiativeSection) -> Bool {
        if section.contains(initiatives[index].kind) { return true }
        return section == .platforms
            && children(ofInitiative: index).contains { initiatives[$0].kind == .thematicPartnership }
    }

    /// Depth of an initiative within its section's tree (0 for one whose parent is outside the section).
    public func depth(ofInitiative index: Int, in section: InitiativeSection) -> Int {
        ancestors(ofInitiative: index).prefix { isListed($0, in: section) }.count
    }

    private func treeOrder(_ section: InitiativeSection) -> [Int] {
        let inSection = initiatives.indices.filter { isListed($0, in: section) }
        let byName = initiativeNameOrder
        let roots = inSection.filter { index in
            guard let parent = initiatives[index].parent.flatMap({ initiativeIndex($0) }) else { return true }
            return !isListed(parent, in: section)
        }.sorted { a, b in
            // The S3 thematic platforms first, then the pilot actions that formed partnerships.
            let platformA = initiatives[a].kind == .thematicPlatform, platformB = initiatives[b].kind == .thematicPlatform
            return platformA != platformB ? platformA : byName(a, b)
        }
        var result: [Int] = []
        var visited: Set<Int> = []
        func visit(_ index: Int) {
            guard visited.insert(index).inserted else { return }
            result.append(index)
            for child in children(ofInitiative: index).filter({ isListed($0, in: section) }).sorted(by: byName) {
                visit(child)
            }
        }
        roots.forEach(visit)
        return result
    }
}

extension Store {
    /// Orders territory indices by name, ignoring case and diacritics ("Örebro" among the O's).
    public func territoryNameOrder(_ a: Int, _ b: Int) -> Bool { territoryNameRank[a] < territoryNameRank[b] }

    public func initiativeNameOrder(_ a: Int, _ b: Int) -> Bool { initiativeNameRank[a] < initiativeNameRank[b] }
}
