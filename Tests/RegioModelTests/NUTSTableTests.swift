import Testing
@testable import RegioModel

@Suite("The embedded NUTS table")
struct NUTSTableTests {
    /// Eurostat's published totals for the EU-27 at levels 0–3: NUTS 2021 has 92/242/1,166 regions at
    /// levels 1–3, NUTS 2024 92/244/1,165. A table built wrong (a lost country, a change applied the
    /// wrong way round) misses these.
    @Test func levelCountsMatchEurostatsTotalsForTheEU27() {
        func counts(_ version: NUTSVersion) -> [Int] {
            let eu = NUTS.allRegions.filter { $0.versions.contains(version) && !["CH", "NO"].contains(String($0.code.prefix(2))) }
            return (0...3).map { level in eu.filter { $0.level == level }.count }
        }
        #expect(counts(.nuts2021) == [27, 92, 242, 1166])
        #expect(counts(.nuts2024) == [27, 92, 244, 1165])
    }

    @Test func everyRegionsParentsResolveInTheSameVersion() {
        for region in NUTS.allRegions {
            guard let parentCode = region.parentCode else {
                #expect(region.level == 0 && region.code.count == 2, "\(region.code)")
                continue
            }
            let parent = NUTS.region(code: parentCode)
            #expect(parent != nil, "\(region.code): no parent \(parentCode)")
            for version in region.versions {
                #expect(parent?.versions.contains(version) == true, "\(region.code) in \(version) but not \(parentCode)")
            }
        }
    }

    @Test func everyBundledCodeResolvesExceptTheUKs() {
        let coded = bundledStore.territories.filter { $0.nuts != nil }
        #expect(coded.count > 100)
        for territory in coded {
            let code = territory.nuts!
            if territory.country == "GB" {
                #expect(NUTSCheck.status(of: code) == .notCovered, "\(territory.id) \(code)")
                continue
            }
            let region = NUTS.region(code: code)
            #expect(region != nil, "\(territory.id): \(code) is not in the table")
            #expect(NUTS.chain(code: code).count == (region?.level ?? -1) + 1, "\(territory.id): parents of \(code)")
        }
    }

    @Test func swedenHasNamesAndTheExamplePathReadsAsInTheIssue() throws {
        let region = try #require(NUTS.region(code: "SE331"))
        #expect(region.level == 3 && region.versions == [.nuts2021, .nuts2024] && region.name == "Västerbottens län")
        #expect(NUTS.chain(code: "SE331").map(\.code) == ["SE331", "SE33", "SE3", "SE"])
        #expect(NUTS.path(code: "SE331") == "SE331 Västerbottens län › SE33 Övre Norrland › SE3 Norra Sverige")
        #expect(NUTS.path(code: "FI19A") == "FI19A Ostrobothnia › FI19 West Finland › FI1 Mainland Finland")
        // Where no name was read, the code stands alone.
        #expect(NUTS.path(code: "FI1D9") == "FI1D9 › FI1D North & East Finland › FI1 Mainland Finland")
        #expect(NUTS.path(code: "DEG0S") == "DEG0S › DEG0 › DEG")
    }

    @Test func aCodeOnlyIn2021NamesItsSuccessors() throws {
        let ostrobothnia = try #require(NUTS.region(code: "FI195"))
        #expect(ostrobothnia.versions == [.nuts2021])
        #expect(ostrobothnia.successors.contains("FI19A"))
        #expect(NUTS.region(code: "FI19A")?.versions == [.nuts2024])
        // Level 2 follows level 3: Zuid-Holland's NL33 became NL36.
        #expect(NUTS.region(code: "NL33")?.successors == ["NL36"])
        // A code that lost only part of its area stays in both (DEG09 gave a piece to DEG06).
        #expect(NUTS.region(code: "DEG09")?.versions == [.nuts2021, .nuts2024])
    }

    @Test func statusSeparatesCurrentOutdatedUnknownAndUncovered() {
        guard case .current = NUTSCheck.status(of: "SE331") else { Issue.record("SE331"); return }
        guard case .outdated(let region) = NUTSCheck.status(of: "FI195") else { Issue.record("FI195"); return }
        #expect(region.code == "FI195")
        #expect(NUTSCheck.status(of: "SE999") == .unknown)
        #expect(NUTSCheck.status(of: "UKM") == .notCovered)
    }

    @Test func checkReportsAnErrorForAnUnknownCodeAndANoteForAnOldOne() {
        let territories = [
            Territory(id: "north", kind: .region, name: "North", country: "SE", nuts: "SE999"),
            Territory(id: "osterbotten", kind: .region, name: "Österbotten", country: "FI", nuts: "FI195"),
            Territory(id: "fine", kind: .region, name: "Fine", country: "SE", nuts: "SE331"),
        ]
        let problems = NUTSCheck.problems(territories: territories)
        #expect(problems.count == 2)
        #expect(problems[0].severity == .error && problems[0].kind == .nutsUnknown && problems[0].recordIndex == 0)
        #expect(problems[0].message.contains("SE999") && problems[0].message.contains("NUTS 2021")
                && problems[0].message.contains("NUTS 2024"))
        #expect(problems[1].severity == .note && problems[1].kind == .nutsOutdated && problems[1].field == "nuts")
        #expect(problems[1].message.contains("FI19A") && problems[1].message.contains("NUTS 2024"))
    }
}

@Suite("Narrowing to a NUTS region")
struct NUTSFilterTests {
    let store = bundledStore

    @Test func upperNorrlandHoldsVasterbottenOnly() {
        let ids = store.participants(store.participants(), withinNUTS: ["SE33"]).map { store.territories[$0].id }
        #expect(ids == ["vasterbotten"])
    }

    @Test func aNUTS2024RegionFindsTerritoriesStillCodedIn2021() {
        // Ostrobothnia is FI195 in the data; NUTS 2024 calls it FI19A.
        let ids = store.participants(store.participants(), withinNUTS: ["FI19A"]).map { store.territories[$0].id }
        #expect(ids == ["ostrobothnia"])
    }

    @Test func initiativesAreThoseWithAMemberInTheRegionAndTheirAncestors() throws {
        let within = try #require(store.initiativesWithMember(withinNUTS: ["SE33"]))
        let ids = Set(within.map { store.initiatives[$0].id })
        #expect(ids.contains("tp-bioenergy") && ids.contains("s3p-energy"))  // Västerbotten in Bioenergy, and its platform
        #expect(!ids.contains("tp-high-tech-farming"))
        #expect(store.initiativesWithMember(withinNUTS: []) == nil)
    }

    @Test func searchFindsATerritoryByNUTSCodeAndPrefix() {
        #expect(store.territoriesMatching("SE331").first.map { store.territories[$0].id } == "vasterbotten")
        let prefixed = Set(store.territoriesMatching("SE12").map { store.territories[$0].id })
        #expect(prefixed.isSuperset(of: ["uppsala", "sodermanland", "ostergotland", "orebro", "vastmanland"]))
    }

    @Test func filterArgumentsAreChecked() {
        #expect(NUTS.filterProblem("SE33") == nil)
        #expect(NUTS.filterProblem("SE999")?.contains("NUTS 2024") == true)
        #expect(NUTS.filterProblem("se33") != nil)  // the command line upper-cases first
    }
}

@Suite("Conflict notes")
struct ConflictFieldTests {
    @Test func conflictsAreReadOnAllThreeKindsOfRecord() throws {
        let validation = validate(
            territories: jsonLines([Records.territory("alpha", nuts: "\"SE331\"", extra: #", "conflict": "A says x, B says y""#)]),
            initiatives: jsonLines([Records.initiative("net", extra: #", "conflict": "ends 2020 or 2021""#)]),
            memberships: jsonLines([Records.membership("alpha", "net", extra: #", "conflict": "lead or co-lead""#)]))
        let catalog = try #require(validation.catalog, "\(validation.problems.map(\.description))")
        #expect(validation.problems.isEmpty)
        #expect(catalog.territories[0].conflict == "A says x, B says y")
        #expect(catalog.initiatives[0].conflict == "ends 2020 or 2021")
        #expect(catalog.memberships[0].conflict == "lead or co-lead")
    }

    @Test func anEmptyConflictIsAnErrorNamingTheField() throws {
        let validation = validate(
            territories: jsonLines([Records.territory("alpha")]),
            initiatives: jsonLines([Records.initiative("net")]),
            memberships: jsonLines([Records.membership("alpha", "net", extra: #", "conflict": "  ""#)]))
        #expect(validation.catalog == nil)
        let problem = try #require(validation.errors.first)
        #expect(problem.kind == .emptyValue && problem.field == "conflict" && problem.file == "memberships.json")
    }

    @Test func theBundledDataKeepsTheSpotChecksConflictsVisible() throws {
        let store = bundledStore
        func membership(_ territory: String, _ initiative: String) -> Membership? {
            store.memberships.first { $0.territory == territory && $0.initiative == initiative }
        }
        let andalusia = try #require(membership("andalusia", "tp-traceability-big-data"))
        #expect(andalusia.role == .lead && andalusia.conflict?.contains("viaemilianet") == true)
        #expect(membership("norte", "tp-textile-innovation")?.role == .member)
        #expect(membership("norte", "tp-textile-innovation")?.conflict != nil)
        #expect(membership("north-east-romania", "iip21-circular-health-regiotex") == nil)
        #expect(membership("north-west-romania", "iip21-circular-health-regiotex")?.conflict?.contains("North-East") == true)
        #expect(membership("noord-nederland", "beyond-edp")?.confidence == .stated)
        #expect(store.initiatives.first { $0.id == "lars" }?.conflict?.contains("2021") == true)
    }
}
