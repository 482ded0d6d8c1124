@testable import RegioModel

/// A small hand-made store whose every answer can be worked out on paper.
///
/// Territories (index: id, name, kind, country):
///   0 a Alpha region SE · 1 b Östra region SE · 2 c Gamma city DE · 3 d Deutschland member-state DE
///   4 e Epsilon region FI · 5 z Zulu group SE · 6 f Beta region FI · 7 h Lonely region SE (no memberships)
/// Initiatives (index: id, kind, parent):
///   0 plat thematic-platform · 1 part1 thematic-partnership ← plat · 2 part2 thematic-partnership ← plat
///   3 pilot pilot-action (with announced counts) · 4 net network ← pilot · 5 cons initiative ← pilot
///   6 proj interreg-project · 7 sub initiative-pilot ← part1
enum StoreFixture {
    static let territories: [Territory] = [
        Territory(id: "a", kind: .region, name: "Alpha", names: [LocalizedName(.sv, "Alfa")], country: "SE", nuts: "SE1", sources: ["s"]),
        Territory(id: "b", kind: .region, name: "Östra", country: "SE", sources: ["s"]),
        Territory(id: "c", kind: .city, name: "Gamma", country: "DE", sources: ["s"]),
        Territory(id: "d", kind: .memberState, name: "Deutschland", country: "DE", sources: ["s"]),
        Territory(id: "e", kind: .region, name: "Epsilon", country: "FI", sources: ["s"]),
        Territory(id: "z", kind: .group, name: "Zulu", country: "SE", sources: ["s"]),
        Territory(id: "f", kind: .region, name: "Beta", country: "FI", sources: ["s"]),
        Territory(id: "h", kind: .region, name: "Lonely", country: "SE", sources: ["s"]),
    ]

    static let initiatives: [Initiative] = [
        Initiative(id: "plat", kind: .thematicPlatform, name: "Platform", sources: ["s"]),
        Initiative(id: "part1", kind: .thematicPartnership, name: "Partnership One", parent: "plat", sources: ["s"]),
        Initiative(id: "part2", kind: .thematicPartnership, name: "Partnership Two", parent: "plat", sources: ["s"]),
        Initiative(id: "pilot", kind: .pilotAction, name: "Pilot", sources: ["s"], counts: [
            AnnouncedCount(key: "regions", value: 10), AnnouncedCount(key: "cities", value: 3),
            AnnouncedCount(key: "member_states", value: 2), AnnouncedCount(key: "member_states_represented", value: 5),
            AnnouncedCount(key: "networks", value: 2), AnnouncedCount(key: "territories_total", value: 20),
            AnnouncedCount(key: "applicant_consortia", value: 7),
        ]),
        Initiative(id: "net", kind: .network, name: "Network", parent: "pilot", sources: ["s"]),
        Initiative(id: "cons", kind: .initiative, name: "Consortium", parent: "pilot", sources: ["s"]),
        Initiative(id: "proj", kind: .interregProject, name: "Project", sources: ["s"]),
        Initiative(id: "sub", kind: .initiativePilot, name: "Sub", parent: "part1", sources: ["s"]),
    ]

    static let memberships: [Membership] = [
        Membership(territory: "a", initiative: "part1", role: .lead),          // 0
        Membership(territory: "a", initiative: "net", role: .member),          // 1
        Membership(territory: "a", initiative: "net", role: .partner),         // 2
        Membership(territory: "a", initiative: "proj", role: .partner),        // 3
        Membership(territory: "a", initiative: "pilot", role: .participant),   // 4
        Membership(territory: "b", initiative: "part1", role: .member),        // 5
        Membership(territory: "b", initiative: "net", role: .member),          // 6
        Membership(territory: "b", initiative: "proj", role: .coLead),         // 7
        Membership(territory: "c", initiative: "part1", role: .member),        // 8
        Membership(territory: "d", initiative: "part2", role: .member),        // 9
        Membership(territory: "e", initiative: "pilot", role: .participant),   // 10
        Membership(territory: "e", initiative: "proj", role: .lead),           // 11
        Membership(territory: "e", initiative: "plat", role: .member),         // 12
        Membership(territory: "z", initiative: "pilot", role: .participant),   // 13
        Membership(territory: "f", initiative: "pilot", role: .participant),   // 14
        Membership(territory: "d", initiative: "pilot", role: .participant),   // 15
        Membership(territory: "z", initiative: "sub", role: .member),          // 16
        Membership(territory: "b", initiative: "cons", role: .member, confidence: .inferred), // 17
    ]

    static let store = Store(territories: territories, initiatives: initiatives, memberships: memberships)

    static func t(_ id: String) -> Int { store.territoryIndex(id)! }
    static func i(_ id: String) -> Int { store.initiativeIndex(id)! }
}
