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

    /// `regio validate` also checks NUTS codes against the embedded table: generated data must pass it,
    /// with codes wherever the table covers the country (they invented codes like NO63 before).
    @Test func generatedNUTSCodesAreRealOnes() throws {
        let folder = try FixtureDirectory()
        try DatasetGenerator(territories: 400, initiatives: 20, memberships: 500, seed: 8).write(to: folder.path)
        let catalog = try #require(load(directory: folder.path).catalog)
        #expect(NUTSCheck.problems(territories: catalog.territories).filter { $0.severity == .error }.isEmpty)
        let coded = catalog.territories.filter { $0.nuts != nil }
        #expect(coded.count > 250)
        #expect(coded.allSatisfy { NUTS.covers(prefix: $0.nuts!) && $0.nuts!.hasPrefix(Countries.named($0.country)!.nutsPrefix) })
        #expect(Set(coded.compactMap(\.nuts)).count > 100)
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
