import Foundation
import Testing
@testable import RegioModel

@Suite("DatasetGenerator")
struct GeneratorTests {
    @Test func generatedDataLoadsWithoutErrors() throws {
        let folder = try FixtureDirectory()
        try DatasetGenerator(territories: 60, initiatives: 25, memberships: 300, seed: 7).write(to: folder.path)
        let validation = load(directory: folder.path)
        let catalog = try #require(validation.catalog, "\(validation.errors.prefix(5).map(\.description))")
        #expect(catalog.territories.count == 60)
        #expect(catalog.initiatives.count == 25)
        #expect(catalog.memberships.count == 300)
        #expect(validation.warnings.filter { $0.kind == .unknownField }.isEmpty)
        // Every EU member state appears, as the generator promises.
        let store = Store(catalog: catalog)
        #expect(Set(Countries.euMembers.map(\.code)).isSubset(of: Set(store.countriesPresent)))
        #expect(Set(catalog.memberships.map(\.role)) == Set(Role.allCases))
    }

    @Test func sameSeedSameFilesOtherSeedOtherFiles() throws {
        func files(seed: UInt64) throws -> [Data] {
            let folder = try FixtureDirectory()
            try DatasetGenerator(territories: 20, initiatives: 8, memberships: 50, seed: seed).write(to: folder.path)
            return try [CatalogLoader.territoriesFile, CatalogLoader.initiativesFile, CatalogLoader.membershipsFile]
                .map { try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + $0)) }
        }
        #expect(try files(seed: 3) == files(seed: 3))
        #expect(try files(seed: 3) != files(seed: 4))
    }
}
