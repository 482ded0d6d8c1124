import Foundation
import RegioTestSupport
import Testing

/// `regio network`: numbers in JSON are numbers; a long computation shows a bar on a terminal's stderr
/// and nothing in a pipe.
@Suite struct NetworkOutputTests {
    @Test func betweennessIsAJSONNumberEqualToTheTables() throws {
        let json = try ProcessRunner.regio(["network", "--metric", "betweenness", "--top", "5", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        #expect(records.count == 5)
        let csv = try ProcessRunner.regio(["network", "--metric", "betweenness", "--top", "5", "--format", "csv"])
        let rows = csv.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",") }
        for (record, row) in zip(records, rows) {
            let number = try #require(record["betweenness"] as? NSNumber, "not a number: \(record["betweenness"] ?? "nil")")
            #expect(!(record["betweenness"] is String))
            #expect(abs(number.doubleValue - (Double(String(row.last!)) ?? -1)) < 1e-6, "\(record) vs \(row)")
        }
        #expect((records.first?["betweenness"] as? NSNumber)?.doubleValue ?? 0 > 0)
        #expect(!json.stdout.contains("\"betweenness\": \""), "no quoted numbers")
    }

    /// Data whose betweenness takes a while (about 2 s in a debug build): 800 territories, 2,400 memberships.
    static func slowNetwork(in scratch: ScratchFolder) throws -> String {
        let folder = scratch.file("net")
        let generated = try ProcessRunner.regio(["generate", "--territories", "800", "--initiatives", "400",
                                                 "--memberships", "2400", "--out", folder])
        guard generated.status == 0 else { throw EndToEndFailure("generate failed: \(generated.stderr)") }
        return folder
    }

    @Test func inAPipeNothingButTheResultIsWritten() throws {
        let scratch = try ScratchFolder("regio-network-pipe")
        defer { scratch.remove() }
        let output = try ProcessRunner.regio(["network", "--data", try Self.slowNetwork(in: scratch), "--top", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty, "stderr is not a terminal: \(output.stderr)")
        #expect(!output.stdout.contains("measuring"))
    }

    /// stderr a terminal: `script` gives regio a pseudo-terminal and logs every byte written to it, so
    /// the bar is seen even though regio clears it when done.
    @Test func onATerminalALongComputationShowsABar() throws {
        let scratch = try ScratchFolder("regio-network-tty")
        defer { scratch.remove() }
        let folder = try Self.slowNetwork(in: scratch)
        let command = ([try RegioBinary.path(), "network", "--data", folder, "--top", "3"].map(shellQuoted)).joined(separator: " ")
            + " > /dev/null"
        let log = scratch.file("typescript")
        let output = try ProcessRunner.run("/usr/bin/script", ["-q", "-e", "-c", command, log], timeout: 120)
        #expect(output.status == 0, "\(output.stderr)")
        let written = try String(contentsOfFile: log, encoding: .utf8)
        #expect(written.contains("\rmeasuring the network ["), "\(written.prefix(400))")
        #expect(written.contains("%"))
        #expect(written.contains("\r\u{1B}[K"), "the bar is cleared at the end")
    }
}
