import Foundation
import Testing

/// The table widget in a real terminal: cursors that stay on their row through a filter, a sort marked
/// in the header, Swedish order, and export headers that are `regio list`'s.
@Suite("Tables in a real terminal", .timeLimit(.minutes(2)))
struct TableTmuxTests {
    /// The issue's path: Tab Tab, down to Bioenergy, f, "spa", Enter — cursor and title stay on Bioenergy.
    @Test func aFilterKeepsTheCursorOnBioenergy() async throws {
        let session = try TmuxSession(regio: [], width: 120, height: 40)
        defer { session.close() }
        try await session.waitFor("Participants")
        try session.sendKeys("Tab", "Tab")
        for _ in 0..<12 {
            if try session.capture().contains("in Bioenergy") { break }
            try session.sendKeys("j")
            try await Task.sleep(for: .milliseconds(100))
        }
        try await session.waitFor("in Bioenergy")
        try session.sendKeys("f")
        try await session.waitFor("filter:")
        try session.type("spa")
        try session.sendKeys("Enter")
        let screen = try await session.waitFor("member states: ES")
        #expect(screen.contains("in Bioenergy"), "the participants title still describes Bioenergy:\n\(screen)")
        try session.sendKeys("Enter")
        try await session.waitFor("Bioenergy (thematic partnership)")
    }

    /// s s sorts the participants by member state: MS▲ in the header, the cursor still on Abruzzo (now
    /// among the Italian regions), and from the top Austria's regions first.
    @Test func sortingByMemberStateMarksTheHeader() async throws {
        let session = try TmuxSession(regio: [], width: 120, height: 40)
        defer { session.close() }
        try await session.waitFor("Name▲")
        try session.sendKeys("s", "s")
        let sorted = try await session.waitFor("MS▲")
        #expect(sorted.contains("Abruzzo"), "the cursor stayed on Abruzzo")
        try session.sendKeys("g")
        let screen = try await session.waitUntil("Austria at the top") { $0.contains("Lower Austria") }
        let rows = ScreenText.lines(screen).dropFirst(3).prefix(30).map { String($0.prefix(60)) }
        let codes = rows.compactMap { $0.firstMatch(of: /\s([A-Z]{2})\s[A-Z0-9 ]{5}\s+\d+║$/).map { String($0.1) } }
        #expect(codes.count >= 20, "\(rows.joined(separator: "\n"))")
        #expect(codes == codes.sorted(), "rows in member-state order: \(codes)")
        #expect(codes.first == "AT")
        try session.sendKeys("S")
        try await session.waitFor("MS▼")
    }

    /// `--lang sv --country FI`: Åbo (Turku) after every name from A to Z.
    @Test func swedishOrderPutsAboAfterZ() async throws {
        let session = try TmuxSession(regio: ["--lang", "sv", "--country", "FI"], width: 120, height: 40)
        defer { session.close() }
        let screen = try await session.waitFor("Åbo")
        let names = ScreenText.lines(screen).compactMap { line -> String? in
            guard line.hasPrefix("║  ") else { return nil }
            return line.dropFirst(3).prefix(30).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && !$0.hasPrefix("Namn") }
        let abo = try #require(names.firstIndex(of: "Åbo"), "\(names)")
        let latinInitials = names.enumerated().filter { $0.element.first.map { ("A"..."Z").contains(String($0)) } == true }
        #expect(!latinInitials.isEmpty)
        #expect(latinInitials.allSatisfy { $0.offset < abo }, "\(names)")
    }

    /// The dashboard's export of the Participants and Networks panes starts with the same header line as
    /// `regio list … --format csv`, byte for byte.
    @Test func exportHeadersAreListHeaders() async throws {
        let folder = try ScratchFolder("regio-table-export")
        defer { folder.remove() }
        let session = try TmuxSession(regio: [], width: 120, height: 40)
        defer { session.close() }
        try await session.waitFor("Participants")
        for (what, keys) in [("participants", [String]()), ("networks", ["Tab"])] {
            if !keys.isEmpty { try session.sendKeys(keys[0]) }
            try session.sendKeys("e")
            try await session.waitFor("export to:")
            try session.sendKeys("C-u")
            try session.type(folder.path + "/\(what).csv")
            try session.sendKeys("Enter")
            try await session.waitFor("exported")
            let exported = try String(contentsOfFile: folder.path + "/\(what).csv", encoding: .utf8)
            let listed = try ProcessRunner.regio(["list", what, "--format", "csv"]).stdout
            let header = { (text: String) in text.split(separator: "\n", maxSplits: 1).first.map(String.init) }
            #expect(header(exported) != nil)
            #expect(header(exported) == header(listed), "export: \(header(exported) ?? "") list: \(header(listed) ?? "")")
        }
    }
}
