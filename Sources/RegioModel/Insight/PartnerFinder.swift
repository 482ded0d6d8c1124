/// Why a territory is suggested as a partner: each reason is a fact from the data, in words.
public enum PartnerReason: Equatable, Sendable {
    /// Both take part in the same thematic platform (directly or through one of its partnerships).
    case samePlatform(Int)
    /// Both belong to the same umbrella initiative or network (one with sub-initiatives, e.g. Vanguard).
    case sameNetwork(Int)
    /// Both take part in initiatives of this kind (e.g. Interreg projects), though not the same ones.
    case sameKind(InitiativeKind)
    /// This many partners in common.
    case sharedPartners(Int)
    /// The candidate takes part in this many research projects (imported from CORDIS) together with this
    /// many of the territory's close partners. With `region`, the projects are those of the NUTS-2 region
    /// around a NUTS-3 candidate (imports place organisations at level 2): the region's ties, not its own.
    case researchTies(projects: Int, partners: Int, region: Int? = nil)
}

public struct PartnerSuggestion: Equatable, Sendable {
    public var territory: Int
    public var score: Int
    public var reasons: [PartnerReason]
}

extension Store {
    /// Scores of the partner finder, documented in the README:
    /// 3 per thematic platform both are in, 2 per umbrella initiative or network both are in,
    /// 1 per kind of project (Interreg project, initiative pilot, national programme) both take part in,
    /// 1 per close partner in common (at most 5; see `closePartners`),
    /// 1 per research project shared with one of my close partners (at most 5; see `researchTies`).
    public static let partnerWeights = (platform: 3, network: 2, kind: 1, sharedPartner: 1, sharedPartnerCap: 5,
                                        researchTie: 1, researchTieCap: 5)

    /// Territories that `territory` does not yet work with directly, ranked by what they have in common.
    /// "Directly" means a shared initiative without sub-initiatives (a partnership, a project, a pilot);
    /// sharing only an umbrella (the PRI pilot, the S3 Platform, Vanguard) still leaves room to partner.
    /// Ties go to the territory first in name order, so the list is deterministic.
    public func suggestedPartners(for territory: Int, limit: Int = 10, countries: Set<CountryCode> = []) -> [PartnerSuggestion] {
        let mine = memberships(ofTerritory: territory).map(\.initiative)
        let myLeaves = Set(mine.filter { childrenByInitiative.count(of: $0) == 0 })
        let myUmbrellas = Set(mine.filter { childrenByInitiative.count(of: $0) > 0 })
        let myPlatforms = Set(mine.compactMap(platform(of:)))
        let myKinds = Set(mine.map { initiatives[$0].kind })
        let myPartners = closePartners(of: territory)
        let regions = NUTS2Regions(self)
        let mask = Countries.mask(countries)

        // Candidates: everyone reached through an umbrella or platform I am in, or a partner of a partner.
        var candidates: Set<Int> = []
        for umbrella in myUmbrellas.union(myPlatforms) { candidates.formUnion(memberTerritories(ofInitiative: umbrella)) }
        for partner in myPartners { candidates.formUnion(closePartners(of: partner)) }
        candidates.remove(territory)

        var suggestions: [PartnerSuggestion] = []
        for candidate in candidates {
            if !countries.isEmpty && territoryCountryBit[candidate] & mask == 0 { continue }
            let theirs = memberships(ofTerritory: candidate).map(\.initiative)
            if theirs.contains(where: myLeaves.contains) { continue }
            var reasons: [PartnerReason] = []
            var score = 0
            let platforms = Set(theirs.compactMap(platform(of:))).intersection(myPlatforms)
            for platform in platforms.sorted(by: initiativeNameOrder) {
                reasons.append(.samePlatform(platform)); score += Self.partnerWeights.platform
            }
            let umbrellas = Set(theirs).intersection(myUmbrellas).subtracting(platforms)
            for umbrella in umbrellas.sorted(by: initiativeNameOrder) {
                reasons.append(.sameNetwork(umbrella)); score += Self.partnerWeights.network
            }
            let kinds = Set(theirs.map { initiatives[$0].kind }).intersection(myKinds)
                .subtracting([.thematicPlatform, .thematicPartnership, .pilotAction, .network, .initiative])
            for kind in kinds.sorted() { reasons.append(.sameKind(kind)); score += Self.partnerWeights.kind }
            let shared = closePartners(of: candidate).intersection(myPartners).count
            if shared > 0 {
                reasons.append(.sharedPartners(shared))
                score += min(shared, Self.partnerWeights.sharedPartnerCap) * Self.partnerWeights.sharedPartner
            }
            let research = researchTies(of: candidate, with: myPartners, regions: regions)
            if research.projects > 0 {
                reasons.append(.researchTies(projects: research.projects, partners: research.partners, region: research.region))
                score += min(research.projects, Self.partnerWeights.researchTieCap) * Self.partnerWeights.researchTie
            }
            guard score > 0 else { continue }
            suggestions.append(PartnerSuggestion(territory: candidate, score: score, reasons: reasons))
        }
        suggestions.sort { $0.score != $1.score ? $0.score > $1.score : territoryNameOrder($0.territory, $1.territory) }
        return Array(suggestions.prefix(limit))
    }

    /// Territories sharing a partnership, project or pilot (an initiative without sub-initiatives) with
    /// `territory`. Umbrellas such as the PRI pilot would make almost everyone a partner of everyone.
    public func closePartners(of territory: Int) -> Set<Int> {
        var result: Set<Int> = []
        for membership in membershipsByTerritory[territory] {
            let initiative = Int(membershipInitiative[Int(membership)])
            guard childrenByInitiative.count(of: initiative) == 0 else { continue }
            for other in membershipsByInitiative[initiative] { result.insert(Int(membershipTerritory[Int(other)])) }
        }
        result.remove(territory)
        return result
    }

    /// Research projects (CORDIS) in which `candidate` works with at least one of `partners`, and how many
    /// of those partners take part in them. A NUTS-3 candidate without projects of its own borrows those of
    /// its NUTS-2 region (`region` says so); a partner counts as taking part when it or its NUTS-2 region does.
    func researchTies(of candidate: Int, with partners: Set<Int>, regions: NUTS2Regions? = nil)
        -> (projects: Int, partners: Int, region: Int?) {
        guard !partners.isEmpty else { return (0, 0, nil) }
        let regions = regions ?? NUTS2Regions(self)
        // Who stands for each partner in a project: the partner itself, and its NUTS-2 region.
        var standsFor: [Int: [Int]] = [:]
        for partner in partners {
            standsFor[partner, default: []].append(partner)
            if let region = regions.region(around: partner) { standsFor[region, default: []].append(partner) }
        }
        var source = candidate
        var borrowed: Int?
        if !hasResearchProjects(candidate), let region = regions.region(around: candidate), hasResearchProjects(region) {
            source = region
            borrowed = region
        }
        var projects = 0
        var reached: Set<Int> = []
        for membership in membershipsByTerritory[source] {
            let initiative = Int(membershipInitiative[Int(membership)])
            guard initiatives[initiative].kind == .researchProject else { continue }
            var shared = false
            for other in membershipsByInitiative[initiative] {
                let territory = Int(membershipTerritory[Int(other)])
                guard territory != source, territory != candidate, let stood = standsFor[territory] else { continue }
                reached.formUnion(stood.filter { $0 != candidate })
                shared = shared || stood.contains { $0 != candidate }
            }
            if shared { projects += 1 }
        }
        return (projects, reached.count, projects > 0 ? borrowed : nil)
    }

    private func hasResearchProjects(_ territory: Int) -> Bool {
        membershipsByTerritory[territory].contains { initiatives[Int(membershipInitiative[Int($0)])].kind == .researchProject }
    }

    /// The thematic platform an initiative is or belongs to, if any.
    public func platform(of initiative: Int) -> Int? {
        if initiatives[initiative].kind == .thematicPlatform { return initiative }
        return ancestors(ofInitiative: initiative).first { initiatives[$0].kind == .thematicPlatform }
    }

    /// A reason in words: "both in S3 Thematic Platform on Energy", "3 partners in common".
    public func describe(_ reason: PartnerReason) -> String {
        switch reason {
        case .samePlatform(let index): "both in \(initiatives[index].name)"
        case .sameNetwork(let index): "both in \(initiatives[index].name)"
        case .sameKind(let kind): "both in \(kind.label)s"
        case .sharedPartners(let count): "\(count) partner\(count == 1 ? "" : "s") in common"
        case .researchTies(let projects, let partners, let region):
            "\(projects) research project\(projects == 1 ? "" : "s") with \(partners) of your partners"
                + (region.map { ", through its NUTS-2 region \(territories[$0].name) (\(territories[$0].nuts ?? ""))" } ?? "")
        }
    }
}

/// The NUTS-2 region territory around each NUTS-3 territory, found once per search by code.
struct NUTS2Regions {
    private let store: Store
    private let byCode: [String: Int]

    init(_ store: Store) {
        self.store = store
        var byCode: [String: Int] = [:]
        for index in store.territories.indices {
            if let code = store.territories[index].nuts, code.count == 4, byCode[code] == nil { byCode[code] = index }
        }
        self.byCode = byCode
    }

    /// The territory whose NUTS code is the level-2 region containing `territory`'s level-3 code.
    func region(around territory: Int) -> Int? {
        guard let code = store.territories[territory].nuts, code.count == 5 else { return nil }
        return byCode[String(code.prefix(4))]
    }
}
