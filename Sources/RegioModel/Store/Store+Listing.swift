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
    /// names match `search`: best matches first when searching, else in `order`.
    public func participants(countries: Set<CountryCode> = [], kinds: Set<TerritoryKind> = [],
                             search: String = "", order: TerritoryOrder = .name) -> [Int] {
        let candidates: [Int]
        let mask = Countries.mask(countries)
        if search.isEmpty {
            // Each order is sorted once per store; filtering keeps it, so no sort per call.
            let ordered = territoryOrder(order)
            candidates = countries.isEmpty ? ordered.map { Int($0) }
                : ordered.lazy.filter { self.territoryCountryBit[Int($0)] & mask != 0 }.map { Int($0) }
        } else {
            candidates = territoriesMatching(search).filter { countries.isEmpty || territoryCountryBit[$0] & mask != 0 }
        }
        return kinds.isEmpty ? candidates : candidates.filter { kinds.contains(territories[$0].kind) }
    }

    private func territoryOrder(_ order: TerritoryOrder) -> [Int32] {
        switch order {
        case .name: return names.territoriesByName
        case .memberState:
            return cache.territoryOrder(order) {
                names.territoriesByName.sorted { a, b in
                    let ca = territories[Int(a)].country, cb = territories[Int(b)].country
                    return ca != cb ? ca < cb : names.territoryNameRank[Int(a)] < names.territoryNameRank[Int(b)]
                }
            }
        case .collaborations:
            return cache.territoryOrder(order) {
                names.territoriesByName.sorted { a, b in
                    let ca = collaborationCounts[Int(a)], cb = collaborationCounts[Int(b)]
                    return ca != cb ? ca > cb : names.territoryNameRank[Int(a)] < names.territoryNameRank[Int(b)]
                }
            }
        }
    }

    /// Initiatives of `section` (and of `kinds`, when given) that have a member in one of `countries`
    /// (any, when empty) and whose name matches `search`. In tree order: each parent before its children,
    /// siblings by name, when not searching; best matches first when searching.
    public func initiatives(in section: InitiativeSection, kinds: Set<InitiativeKind> = [],
                            countries: Set<CountryCode> = [], search: String = "") -> [Int] {
        var result: [Int]
        if search.isEmpty {
            result = tree(section).map(\.initiative)
        } else {
            result = initiativesMatching(search).filter { isListed($0, in: section) }
        }
        if !kinds.isEmpty { result = result.filter { kinds.contains(initiatives[$0].kind) } }
        if !countries.isEmpty {
            let mask = Countries.mask(countries)
            result = result.filter { initiativeCountryMasks[$0] & mask != 0 }
        }
        return result
    }

    /// A section's initiatives in tree order with their depths, narrowed to those with a member in one of
    /// `countries` (all when empty). An initiative with a member in a country has its ancestors listed
    /// too, so each row's children follow it at the next depth.
    public func tree(_ section: InitiativeSection, countries: Set<CountryCode>) -> [TreeEntry] {
        let all = tree(section)
        guard !countries.isEmpty else { return all }
        let mask = Countries.mask(countries)
        return all.filter { initiativeCountryMasks[$0.initiative] & mask != 0 }
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

    /// Each parent before its children, siblings by name; worked out once per section.
    func tree(_ section: InitiativeSection) -> [TreeEntry] {
        cache.tree(section) {
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
            // Depth first with a stack of its own: a hostile file may nest initiatives thousands deep.
            var result: [TreeEntry] = []
            var visited = [Bool](repeating: false, count: initiatives.count)
            var stack = roots.reversed().map { TreeEntry(initiative: $0, depth: 0) }
            while let entry = stack.popLast() {
                guard !visited[entry.initiative] else { continue }
                visited[entry.initiative] = true
                result.append(entry)
                let children = children(ofInitiative: entry.initiative).filter { isListed($0, in: section) }.sorted(by: byName)
                stack += children.reversed().map { TreeEntry(initiative: $0, depth: entry.depth + 1) }
            }
            return result
        }
    }
}

extension Store {
    /// Orders territory indices by name, ignoring case and diacritics ("Örebro" among the O's).
    public func territoryNameOrder(_ a: Int, _ b: Int) -> Bool { names.territoryNameRank[a] < names.territoryNameRank[b] }

    /// A territory's place in name order, for sorting many by one integer.
    public func territoryNameRank(_ territory: Int) -> Int { Int(names.territoryNameRank[territory]) }

    public func initiativeNameOrder(_ a: Int, _ b: Int) -> Bool { names.initiativeNameRank[a] < names.initiativeNameRank[b] }
}
