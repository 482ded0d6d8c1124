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
                             search: String = "", order: TerritoryOrder = .name, descending: Bool = false) -> [Int] {
        // Not kept here: the dashboard keeps the lists of its states (RegioUI's ViewCache).
        let candidates: [Int]
        let mask = Countries.mask(countries)
        if search.isEmpty {
            // Each order is sorted once per store; filtering keeps it, so no sort per call.
            let ordered = descending ? territoryOrder(order).reversed() : territoryOrder(order)
            candidates = countries.isEmpty ? ordered.map { Int($0) }
                : ordered.lazy.filter { self.territoryCountryBit[Int($0)] & mask != 0 }.map { Int($0) }
        } else {
            let matching = territoriesMatching(search)
            candidates = countries.isEmpty ? matching : matching.filter { territoryCountryBit[$0] & mask != 0 }
        }
        return kinds.isEmpty ? candidates : candidates.filter { kinds.contains(territories[$0].kind) }
    }

    /// Initiatives of `section` (and of `kinds`, when given) that have a member in one of `countries`
    /// (any, when empty) and whose name matches `search`. In tree order: each parent before its children,
    /// siblings by name, when not searching; best matches first when searching.
    public func initiatives(in section: InitiativeSection, kinds: Set<InitiativeKind> = [],
                            countries: Set<CountryCode> = [], search: String = "", order: InitiativeOrder = .name,
                            descending: Bool = false) -> [Int] {
        var result: [Int]
        if search.isEmpty {
            result = tree(section, order: order, descending: descending).map(\.initiative)
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
    public func tree(_ section: InitiativeSection, countries: Set<CountryCode>, order: InitiativeOrder = .name,
                     descending: Bool = false) -> [TreeEntry] {
        let all = tree(section, order: order, descending: descending)
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

}

extension Store {
    /// Orders territory indices by name, ignoring case and diacritics ("Örebro" among the O's).
    public func territoryNameOrder(_ a: Int, _ b: Int) -> Bool { names.territoryNameRank[a] < names.territoryNameRank[b] }

    /// A territory's place in name order, for sorting many by one integer.
    public func territoryNameRank(_ territory: Int) -> Int { Int(names.territoryNameRank[territory]) }

    public func initiativeNameOrder(_ a: Int, _ b: Int) -> Bool { names.initiativeNameRank[a] < names.initiativeNameRank[b] }
}
