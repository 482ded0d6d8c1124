import Foundation
import RegioTestSupport
import Testing
@testable import RegioModel

/// The hand-written CORDIS fixtures in Tests/Fixtures/cordis (see its README for what each one holds).
enum CordisFixture {
    static let folder = repositoryRoot + "/Tests/Fixtures/cordis"
    static let projects = folder + "/project.csv"
    static let organizations = folder + "/organization.csv"
    static let zip = folder + "/cordis-fixture.zip"
    static var files: CordisCSVFiles { CordisCSVFiles(projects: projects, organizations: organizations) }

    /// Imports `source` into a new folder inside `directory` and loads it back.
    static func importAndLoad(_ source: CordisSource, level: Int = 2, into directory: FixtureDirectory) throws -> Catalog {
        let result = try CordisImporter(level: level).run(source)
        try CordisFolderWriter.write(result, to: directory.path + "/out")
        return try CatalogLoader.load(directory: directory.path + "/out")
    }
}

@Suite struct CordisImportTests {
    @Test func theFixtureBecomesRegionsProjectsAndTiesThatValidate() throws {
        let directory = try FixtureDirectory()
        let catalog = try CordisFixture.importAndLoad(CordisFixture.files, into: directory)
        #expect(catalog.warnings.isEmpty)
        #expect(catalog.territories.map(\.id) == ["nuts-DE30", "nuts-EL30", "nuts-FI19", "nuts-FI1D", "nuts-NL33",
                                                   "nuts-SE11", "nuts-SE33", "nuts-UKM7"])
        // EL stays EL (Greece in EU usage); the UK's NUTS codes belong to GB.
        #expect(catalog.territories.first { $0.id == "nuts-EL30" }?.country == "EL")
        #expect(catalog.territories.first { $0.id == "nuts-UKM7" }?.country == "GB")
        // Umeå (SE331, coordinator) and Luleå (SE332, participant) are one SE33 tie, led.
        let arctic = try #require(catalog.memberships.first { $0.territory == "nuts-SE33" && $0.initiative == "cordis-101000001" })
        #expect(arctic.role == .lead)
        #expect(arctic.note == "2 organisations of this region take part")
        #expect(arctic.sources == ["https://cordis.europa.eu/project/id/101000001", "organization.csv:2"])
        // thirdParty and associatedPartner are participants; participant is partner.
        #expect(catalog.memberships.first { $0.territory == "nuts-UKM7" }?.role == .participant)
        #expect(catalog.memberships.first { $0.territory == "nuts-DE30" }?.role == .participant)
        #expect(catalog.memberships.first { $0.territory == "nuts-SE11" }?.role == .partner)
        #expect(catalog.memberships.count == 9)
    }

    @Test func projectsSitUnderSchemeAndProgrammeWithTheirLines() throws {
        let directory = try FixtureDirectory()
        let catalog = try CordisFixture.importAndLoad(CordisFixture.files, into: directory)
        let byID = Dictionary(uniqueKeysWithValues: catalog.initiatives.map { ($0.id, $0) })
        let forest = try #require(byID["cordis-101000002"])
        // The quotes inside the title are unescaped; line 5 because project 1's objective spans three lines.
        #expect(forest.name == #"BIOFOREST: Forest "bioeconomy" pilots"#)
        #expect(forest.sources.last == "project.csv:5")
        #expect(forest.kind == .researchProject && forest.parent == "cordis-HORIZON/HORIZON-CSA" && forest.started == "2022-09")
        #expect(byID["cordis-HORIZON/HORIZON-CSA"]?.parent == "cordis-HORIZON")
        #expect(byID["cordis-HORIZON"]?.kind == .researchProgramme)
        #expect(byID["cordis-101000001"]?.name == "ARCTIC-H2: Hydrogen valleys; the Arctic case")
        // The project without organisations is kept, with no members.
        #expect(byID["cordis-101000003"] != nil)
        #expect(!catalog.memberships.contains { $0.initiative == "cordis-101000003" })
    }

    @Test func unplacedRowsAreCountedByReason() throws {
        let result = try CordisImporter().run(CordisFixture.files)
        #expect(result.unplaced.map { "\($0.reason.rawValue)=\($0.rows)" } == [
            "no NUTS code=2", "NUTS code coarser than the chosen level=1", "extra-regio NUTS code (…Z)=1",
            "not a NUTS 2021 or 2024 code=1", "project not in project.csv=1"])
        #expect(result.summary.contains("  2 no NUTS code (country CH 1, US 1)"))
        #expect(result.summary.contains("1 project has no organisation placed in a region (kept, without members)"))
        #expect(result.organisationRows == 16)
    }

    @Test func levelThreeKeepsTheNUTS3Regions() throws {
        let directory = try FixtureDirectory()
        let catalog = try CordisFixture.importAndLoad(CordisFixture.files, level: 3, into: directory)
        #expect(catalog.territories.contains { $0.id == "nuts-SE331" })
        #expect(catalog.territories.contains { $0.id == "nuts-SE332" })
        #expect(!catalog.territories.contains { $0.id == "nuts-SE33" })
    }

    @Test func theZipGivesTheSameDataAsTheTwoFiles() throws {
        let fromFiles = try FixtureDirectory(), fromZip = try FixtureDirectory()
        let files = try CordisFixture.importAndLoad(CordisFixture.files, into: fromFiles)
        let zip = try CordisFixture.importAndLoad(try CordisZip(path: CordisFixture.zip), into: fromZip)
        #expect(zip.territories.map(\.id) == files.territories.map(\.id))
        #expect(zip.memberships.map(\.role) == files.memberships.map(\.role))
        #expect(zip.memberships.first?.sources.last == "cordis-fixture.zip/organization.csv:5")
    }

    @Test func generatedCORDISShapedFilesImportFromTheirZip() throws {
        let directory = try FixtureDirectory()
        try CordisGenerator(projects: 50, organisationRows: 400, seed: 7).write(to: directory.path + "/in")
        let result = try CordisImporter().run(try CordisZip(path: directory.path + "/in/cordis-projects-csv.zip"))
        #expect(result.projectCount == 50 && result.organisationRows == 400)
        // About 4 % of rows have no NUTS code and 2 % a country-level one; all others are placed.
        let unplaced = result.unplaced.reduce(0) { $0 + $1.rows }
        #expect(unplaced > 0 && unplaced < 60)
        try CordisFolderWriter.write(result, to: directory.path + "/out")
        let catalog = try CatalogLoader.load(directory: directory.path + "/out")
        #expect(catalog.initiatives.filter { $0.kind == .researchProject }.count == 50)
        #expect(catalog.memberships.count == result.tieCount)
    }

    @Test func codesArePlacedAndNamedWithTheNUTSTable() {
        #expect(CordisRegions.place("SE331", level: 2) == .region("SE33"))
        #expect(CordisRegions.place("SE331", level: 3) == .region("SE331"))
        #expect(CordisRegions.place("SE3", level: 2) == .unplaced(.coarser))
        #expect(CordisRegions.place("FRZZZ", level: 2) == .unplaced(.extraRegio))
        // Well formed, in a country the table covers, but in neither NUTS 2021 nor 2024: regio validate
        // would reject it, so it is counted instead.
        #expect(CordisRegions.place("SE999", level: 2) == .unplaced(.unknownCode))
        // The UK's codes are not in the table; kept, as validate keeps them (with a note).
        #expect(CordisRegions.place("UKM75", level: 2) == .region("UKM7"))
        #expect(CordisRegions.name(of: "SE33") == "Övre Norrland")
        #expect(CordisRegions.name(of: "UKM7") == "UKM7")
    }
}
