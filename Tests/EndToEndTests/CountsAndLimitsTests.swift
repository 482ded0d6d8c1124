import Foundation
import RegioModel
import RegioTestSupport
import Testing

/// `partners --limit 0` prints nothing and a negative limit is a usage error; counts of one are singular.
@Suite struct CountsAndLimitsTests {
    @Test func limitZeroPrintsNothing() throws {
        for format in ["table", "csv"] {
            let output = try ProcessRunner.regio(["partners", "dalarna", "--limit", "0", "--format", format])
            #expect(output.status == 0, "\(format): \(output.stderr)")
            #expect(output.stdout.isEmpty, "\(format): \(output.stdout)")
            #expect(output.stderr.isEmpty, "\(format): \(output.stderr)")
        }
        let json = try ProcessRunner.regio(["partners", "dalarna", "--limit", "0", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "valid JSON, no suggestions")
        // The id is still checked.
        let unknown = try ProcessRunner.regio(["partners", "nowhere-at-all", "--limit", "0"])
        #expect(unknown.status != 0)
        // And a positive limit still lists.
        let one = try ProcessRunner.regio(["partners", "dalarna", "--limit", "1", "--format", "csv"])
        #expect(one.stdout.split(whereSeparator: \.isNewline).count == 2, "a header and one row: \(one.stdout)")
    }

    @Test func aNegativeLimitIsAUsageError() throws {
        let output = try ProcessRunner.regio(["partners", "dalarna", "--limit=-2"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--limit must be 0 or more, not -2"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        // Written apart, -2 reads as an option: a usage error too.
        #expect(try ProcessRunner.regio(["partners", "dalarna", "--limit", "-2"]).status == 64)
    }

    @Test func exportingOneRowSaysRow() throws {
        let store = bundledStore
        let name = try #require(store.territories.first { store.membershipTable(search: $0.name).rows.count == 1 }?.name)
        let folder = try ScratchFolder("regio-one-row")
        defer { folder.remove() }
        let output = try ProcessRunner.regio(["export", "--search", name, "--out", folder.file("one.csv")])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("wrote 1 row to "), "\(output.stdout)")
        #expect(!output.stdout.contains("1 rows"))
    }

    @Test func anInitiativeWithOneMemberSaysTerritoryAndMembership() throws {
        let store = bundledStore
        let initiative = try #require(store.initiatives.indices.first { store.members(ofInitiative: $0).count == 1 },
                                      "the bundled data has an initiative with one member (pri-net-bsr)")
        let output = try ProcessRunner.regio(["show", store.initiatives[initiative].id])
        #expect(output.stdout.contains("Members (1 territory, 1 membership)"), "\(output.stdout)")
    }

    /// The command-line summaries count in the singular too: the small fixture has one initiative and one
    /// membership ("2 territories, 1 initiatives, 1 memberships" before).
    @Test func validateAndStatsSayOneInitiativeAndOneMembership() throws {
        let folder = try CommandLineTests.writeFixture(kind: "region")
        defer { folder.remove() }
        let validate = try ProcessRunner.regio(["validate", "--data", folder.path])
        #expect(validate.stdout.contains("valid — 2 territories, 1 initiative, 1 membership"), "\(validate.stdout)")
        let stats = try ProcessRunner.regio(["stats", "--data", folder.path])
        #expect(stats.stdout.contains("2 territories, 1 initiative, 1 membership ("), "\(stats.stdout)")
    }

    @Test func countedNouns() {
        #expect(counted(1, "territory", plural: "territories") == "1 territory")
        #expect(counted(0, "territory", plural: "territories") == "0 territories")
        #expect(counted(2, "organisation row") == "2 organisation rows")
        #expect(counted(1, "organisation row") == "1 organisation row")
    }
}

