import Foundation
import Testing

@Suite("stats --quality", .timeLimit(.minutes(1)))
struct QualityCommandTests {
    @Test("the text report has each part with the bundled data's numbers")
    func textReport() throws {
        let result = try ProcessRunner.regio(["stats", "--quality"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for text in ["332 stated, 31 inferred of 363", "72 citations of 3 seeds", "Conflicts between sources (12)",
                     "pri-pilot regions", "63 announced", "45 listed"] {
            #expect(result.stdout.contains(text), "missing “\(text)” in:\n\(result.stdout)")
        }
    }

    @Test("the JSON report parses and carries the same totals")
    func jsonReport() throws {
        let result = try ProcessRunner.regio(["stats", "--quality", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["memberships_inferred"] as? Int == 31)
        #expect((object["conflicts"] as? [Any])?.count == 12)
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.compactMap { $0["seed_citations"] as? Int }.reduce(0, +) == 72)
    }
}
