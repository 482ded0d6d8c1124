/// The kinds of collaboration a territory's detail groups its memberships into, in display order.
public enum CollaborationFamily: Int, CaseIterable, Comparable, Sendable {
    /// The PRI pilot, the industrial-transition pilot and the networks formed inside them.
    case pilotActions
    /// S3 thematic platforms and their partnerships.
    case thematic
    /// Initiatives such as the Vanguard Initiative, and their pilots.
    case initiatives
    case interreg
    case national
    /// EU research projects imported from CORDIS (Horizon Europe, Horizon 2020 …).
    case research

    public init(_ kind: InitiativeKind) {
        switch kind {
        case .pilotAction, .network: self = .pilotActions
        case .thematicPlatform, .thematicPartnership: self = .thematic
        case .initiative, .initiativePilot: self = .initiatives
        case .interregProject: self = .interreg
        case .nationalProgramme: self = .national
        case .researchProgramme, .fundingScheme, .researchProject: self = .research
        }
    }

    public var title: String {
        switch self {
        case .pilotActions: "Pilot actions and their networks"
        case .thematic: "Thematic platforms and partnerships"
        case .initiatives: "Initiatives and their pilots"
        case .interreg: "Interreg projects"
        case .national: "National programmes"
        case .research: "EU research projects (CORDIS)"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

extension Store {
    /// A territory's memberships grouped by family, each group sorted by the initiative's root and name.
    public func collaborations(ofTerritory territory: Int) -> [(family: CollaborationFamily, memberships: [MembershipRef])] {
        let grouped = Dictionary(grouping: memberships(ofTerritory: territory)) {
            CollaborationFamily(initiatives[$0.initiative].kind)
        }
        return grouped.keys.sorted().map { family in
            let sorted = grouped[family]!.sorted { a, b in
                let rootA = initiatives[root(ofInitiative: a.initiative)].name
                let rootB = initiatives[root(ofInitiative: b.initiative)].name
                if rootA != rootB { return rootA < rootB }
                let depthA = ancestors(ofInitiative: a.initiative).count
                let depthB = ancestors(ofInitiative: b.initiative).count
                if depthA != depthB { return depthA < depthB }
                return initiatives[a.initiative].name < initiatives[b.initiative].name
            }
            return (family, sorted)
        }
    }
}
