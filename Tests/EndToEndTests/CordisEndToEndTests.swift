import Foundation
import RegioTestSupport
import Testing

/// `regio import cordis` as a real process, its output opened next to the bundled data in tmux, and
/// `regio network` read by Python's XML parser.
@Suite("CORDIS import and network, end to end", .timeLimit(.minutes(2)))
struct CordisEndToEndTests {
    static let fixtures = repositoryRoot + "/Tests/Fixtures/cordis"

    /// Imports the fixture zip into a new folder inside `scratch`.
    static func importFixture(into scratch: ScratchFolder) throws -> (folder: String, output: ProcessOutput) {
        let folder = scratch.file("cordis")
        let output = try ProcessRunner.regio(["import", "cordis", "--zip", fixtures + "/cordis-fixture.zip", "--out", folder])
        return (folder, output)
    }

    @Test("import reports unplaced rows with counts, quietly in a pipe, and the folder validates")
    func importSummarisesAndValidates() throws {
        let scratch = try ScratchFolder("regio-cordis")
        defer { scratch.remove() }
        let (folder, output) = try Self.importFixture(into: scratch)
        #expect(output.status == 0, "stderr: \(output.stderr)")
        // No progress bar in a pipe: stderr stays empty.
        #expect(output.stderr.isEmpty, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("4 projects, 16 organisation rows → 8 NUTS-2 regions, 9 region–project memberships"))
        #expect(output.stdout.contains("not placed in a region: 6 organisation rows"))
        #expect(output.stdout.contains("  2 no NUTS code (country CH 1, US 1)"))
        #expect(output.stdout.contains("  1 project not in project.csv"))
        let validate = try ProcessRunner.regio(["validate", "--data", "bundled", "--data", folder])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
        // 130 bundled + 8 imported, of which NL33 and FI1D are bundled NUTS codes already: one territory each.
        #expect(validate.stdout.contains("valid — 136 territories"), "\(validate.stdout)")
        let show = try ProcessRunner.regio(["show", "vasterbotten", "--data", "bundled", "--data", folder])
        #expect(show.stdout.contains("In its NUTS-2 region SE33: Övre Norrland [nuts-SE33], 2 collaborations (regio show nuts-SE33)"),
                "\(show.stdout)")
        #expect(show.stdout.contains(" of 136), strength "), "\(show.stdout)")
        let stats = try ProcessRunner.regio(["stats", "--data", "bundled", "--data", folder])
        #expect(stats.stdout.contains("Source: CORDIS, European Commission (https://cordis.europa.eu), CC BY 4.0"))
        let bundledStats = try ProcessRunner.regio(["stats"])
        #expect(!bundledStats.stdout.contains("CORDIS"))
    }

    @Test("a malformed row gets file:line, status 65, and no folder")
    func malformedFileNamesTheLine() throws {
        let scratch = try ScratchFolder("regio-cordis-bad")
        defer { scratch.remove() }
        let projects = scratch.file("project.csv")
        try Data("\"id\";\"acronym\";\"title\";\"frameworkProgramme\"\n\"1\";\"A\";\"T\"\n".utf8).write(to: URL(fileURLWithPath: projects))
        let output = try ProcessRunner.regio(["import", "cordis", "--projects", projects,
                                              "--organizations", Self.fixtures + "/organization.csv", "--out", scratch.file("out")])
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("regio: \(projects):2: expected 4 fields separated by ;"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["project.csv"])
    }

    @Test("Ctrl-C while the folder is being written leaves no folder, hidden or not")
    func interruptedImportLeavesNothing() throws {
        let scratch = try ScratchFolder("regio-cordis-interrupt")
        defer { scratch.remove() }
        let generated = try ProcessRunner.regio(["generate", "--cordis-projects", "6000", "--cordis-organisation-rows",
                                                 "42000", "--out", scratch.file("in")])
        #expect(generated.status == 0, "stderr: \(generated.stderr)")
        let pid = try ProcessRunner.spawn(try RegioBinary.path(), ["import", "cordis", "--zip",
                                                                   scratch.file("in/cordis-projects-csv.zip"), "--out", scratch.file("out")],
                                          environment: ProcessRunner.cleanEnvironment,
                                          stdout: scratch.file("stdout"), stderr: scratch.file("stderr"))
        let temporary = scratch.file(".out.importing-\(pid)")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: temporary) && Date() < deadline { usleep(2_000) }
        #expect(FileManager.default.fileExists(atPath: temporary), "the import never started writing")
        kill(pid, SIGINT)
        let (status, _) = try ProcessRunner.wait(for: pid, timeout: 30, what: "regio import cordis")
        #expect(status == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["in", "stderr", "stdout"])
    }

    @Test("network --format graphml parses as GraphML with Python's XML parser")
    func graphMLParses() throws {
        let scratch = try ScratchFolder("regio-cordis-graphml")
        defer { scratch.remove() }
        let (folder, _) = try Self.importFixture(into: scratch)
        let graph = scratch.file("net.graphml")
        let output = try ProcessRunner.shell(
            "\(shellQuoted(try RegioBinary.path())) network --format graphml --data bundled --data \(shellQuoted(folder)) > \(shellQuoted(graph))")
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let script = """
            import sys, xml.etree.ElementTree as ET
            ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
            root = ET.parse(sys.argv[1]).getroot()
            assert root.tag == '{http://graphml.graphdrawing.org/xmlns}graphml', root.tag
            graph = root.find('g:graph', ns)
            assert graph.get('edgedefault') == 'undirected'
            nodes = {n.get('id') for n in graph.findall('g:node', ns)}
            edges = graph.findall('g:edge', ns)
            assert all(e.get('source') in nodes and e.get('target') in nodes for e in edges)
            keys = {k.get('id'): k.get('attr.type') for k in root.findall('g:key', ns)}
            assert keys['weight'] == 'int' and keys['betweenness'] == 'double', keys
            weight = {(e.get('source'), e.get('target')): int(e.find('g:data', ns).text) for e in edges}
            print(len(nodes), len(edges), weight.get(('nuts-SE33', 'nuts-FI19')) or weight.get(('nuts-FI19', 'nuts-SE33')))
            """
        let parsed = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, graph])
        #expect(parsed.status == 0, "python: \(parsed.stderr)")
        let fields = parsed.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        // Over a hundred territories and the PRI pilot's thousands of links; SE33 and FI19 share BIOFOREST only.
        #expect(fields.count == 3 && (Int(fields[0]) ?? 0) > 100 && (Int(fields[1]) ?? 0) > 1000, "\(parsed.stdout)")
        #expect(fields.last == "1", "\(parsed.stdout)")
    }

    @Test("Västerbotten's detail in the merged view: PRI/S3 collaborations, SE33's Horizon projects, network rank")
    func vasterbottenInTheMergedDashboard() async throws {
        let scratch = try ScratchFolder("regio-cordis-tmux")
        defer { scratch.remove() }
        let (folder, imported) = try Self.importFixture(into: scratch)
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        let session = try TmuxSession(regio: ["--data", "bundled", "--data", folder], width: 120, height: 60)
        defer { session.close() }
        try await session.waitFor(regex: #"Participants\W+1/136"#)
        try session.sendKeys("/")
        try session.type("Västerbotten")
        try await session.waitFor("Västerbotten")
        try session.sendKeys("Enter")
        try session.sendKeys("Enter")
        // The detail opens at once; its network figures follow when the measuring (on another thread) ends.
        try await session.waitFor("NETWORK OF SHARED INITIATIVES")
        let detail = try await session.waitFor(regex: #"degree [0-9]+ \(rank [0-9]+ of 136\)"#)
        // Its own collaborations from the bundled data…
        #expect(detail.contains("Partnerships for Regional Innovation (PRI) Pilot Action"))
        #expect(detail.contains("Bioenergy — in S3 Thematic Platform on Energy"))
        // …the Horizon projects of SE33, the NUTS-2 region it lies in, saying so…
        #expect(detail.contains("IN ITS NUTS-2 REGION SE33 (2)"))
        #expect(detail.contains("the NUTS-2 region that contains SE331"))
        #expect(detail.contains("lead        ARCTIC-H2: Hydrogen valleys; the Arctic case"))
        #expect(detail.contains("BIOFOREST: Forest \"bioeconomy\" pilots"))
        // …and its place in the network.
        #expect(detail.contains(try #require(detail.firstMatch(of: /degree [0-9]+ \(rank [0-9]+ of 136\)/)).output))
        #expect(detail.contains("betweenness"))
    }
}
