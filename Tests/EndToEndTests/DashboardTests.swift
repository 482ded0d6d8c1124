import Foundation
import Testing

/// The dashboard driven through a real terminal (tmux): start-up, filters, search, detail, resize.
@Suite("Dashboard in tmux", .timeLimit(.minutes(1)))
struct DashboardTests {
    /// The participants pane at 120 columns (participants beside the other two, stacked): the left half.
    static func participantsPane(_ screen: String) -> String {
        ScreenText.columns(0..<60, of: screen)
    }

    static func header(_ screen: String) -> String {
        ScreenText.lines(screen).first ?? ""
    }

    /// The last non-empty line: key hints, or the search prompt while typing.
    static func footer(_ screen: String) -> String {
        ScreenText.lines(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    @Test("starts at 180×40 with the three panes side by side and the PRI pilot count")
    func startsWithThreePanes() async throws {
        let session = try TmuxSession(regio: [], width: 180, height: 40)
        defer { session.close() }
        // The participants pane's counter, "1/130": the list has rows and the cursor is on the first.
        let screen = try await session.waitFor(regex: #"Participants\W+1/[0-9]+"#)
        let lines = ScreenText.lines(screen)
        #expect(Self.header(screen).contains("PRI pilot: 55 of 74 listed"))
        // The three pane titles sit side by side on the first row below the header.
        #expect(lines.count >= 2)
        let titles = lines.count > 1 ? lines[1] : ""
        let participants = titles.range(of: "Participants")
        let networks = titles.range(of: "Networks")
        let platforms = titles.range(of: "Thematic platforms")
        #expect(participants != nil && networks != nil && platforms != nil, "pane titles on row 2: \(titles)")
        if let participants, let networks, let platforms {
            #expect(participants.lowerBound < networks.lowerBound && networks.lowerBound < platforms.lowerBound)
        }
        // Unfiltered, the participants pane lists regions of several member states.
        let pane = ScreenText.columns(0..<61, of: screen)
        #expect(pane.contains("Andalusia"))
        #expect(pane.contains("Abruzzo"))
        #expect(!Self.header(screen).contains("member states:"))
        // The footer advertises the keys from the keymap.
        #expect(lines.contains { $0.contains("q quit") && $0.contains("f member states") })
        #expect(try session.alternateOn, "the dashboard should draw on the alternate screen")
        #expect(try !session.cursorVisible, "the dashboard hides the cursor")
    }

    @Test("f, typing “swe” and Enter filters to Sweden")
    func filterByMemberStateThroughPicker() async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Andalusia")
        try session.sendKeys("f")
        try await session.waitFor("filter:")
        try session.type("swe")
        let picker = try await session.waitFor("filter: swe")
        #expect(picker.contains("Sweden"))
        #expect(!picker.contains("Spain"), "the picker should be filtered to matches of “swe”")
        try session.sendKeys("Enter")
        let screen = try await session.waitUntil("the header to show “member states: SE”") {
            Self.header($0).contains("member states: SE")
        }
        let pane = Self.participantsPane(screen)
        #expect(pane.contains("Västerbotten"))
        #expect(pane.contains("Skåne"))
        #expect(!pane.contains("Andalusia"))
        #expect(!pane.contains("Abruzzo"))
        #expect(!screen.contains("filter: swe"), "the picker should have closed")
        // Every row of the participants table is Swedish.
        let rows = ScreenText.lines(pane).filter { $0.contains(" region ") || $0.contains(" city ") || $0.contains(" group ") }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.contains(" SE "), "a non-Swedish row in the SE filter: \(row)")
        }

        // c clears the filter again.
        try session.sendKeys("c")
        let cleared = try await session.waitUntil("the filter to be cleared") {
            !Self.header($0).contains("member states:")
        }
        // The whole list is back, the cursor still on the row it was on.
        #expect(Self.participantsPane(cleared).contains("/130"))
    }

    @Test("regio --country SE starts filtered")
    func countryOptionStartsFiltered() async throws {
        let session = try TmuxSession(regio: ["--country", "SE"])
        defer { session.close() }
        let screen = try await session.waitFor("Participants")
        #expect(Self.header(screen).contains("member states: SE"))
        let pane = Self.participantsPane(screen)
        #expect(pane.contains("Västerbotten"))
        #expect(pane.contains("Dalarna"))
        #expect(!pane.contains("Andalusia"))
        #expect(!pane.contains("Abruzzo"))
    }

    /// The plain text of the highlighted (selected) line of the detail view: its first screen row and
    /// the text of every row it wraps onto.
    static func selectedLine(_ session: TmuxSession) throws -> (index: Int, text: String)? {
        let highlighted = ScreenText.highlightedBodyLines(try session.capture(escapes: true))
        guard let first = highlighted.first,
              highlighted.enumerated().allSatisfy({ $0.element.index == first.index + $0.offset }) else { return nil }
        return (first.index, highlighted.map(\.text).joined(separator: " "))
    }

    @Test("detail of Västerbotten, a partner's detail, and back with Esc")
    func detailViewAndPartnerNavigation() async throws {
        let session = try TmuxSession(regio: ["--country", "SE"])
        defer { session.close() }
        try await session.waitFor("Västerbotten")
        try session.sendKeys("/")
        try session.type("vaster")
        let searched = try await session.waitUntil("the search “vaster” to leave only Västerbotten") {
            let pane = Self.participantsPane($0)
            return Self.footer($0).contains("vaster") && pane.contains("Västerbotten") && !pane.contains("Dalarna")
        }
        #expect(Self.participantsPane(searched).contains("1/1"))
        #expect(!Self.participantsPane(searched).contains("Värmland"))
        try session.sendKeys("Enter")   // keeps the search and leaves the prompt
        try await session.waitUntil("the search to be kept with the prompt closed") { screen in
            let footer = Self.footer(screen)
            return footer.contains("⏎ open") && !footer.contains("vaster")
                && Self.participantsPane(screen).contains("Västerbotten") && !Self.participantsPane(screen).contains("Dalarna")
        }
        try session.sendKeys("Enter")   // opens the detail
        let detail = try await session.waitUntil("Västerbotten's detail") { screen in
            ScreenText.lines(screen).dropFirst().first?.contains("Västerbotten (region)") == true
                && !screen.contains("Networks")
        }
        #expect(detail.contains("Bioenergy"))
        #expect(detail.contains("LARS"))
        #expect(detail.contains("PARTNERS"))

        // Move the cursor down to the first partner row (below "PARTNERS THROUGH …").
        var partnersHeading: Int?
        var selected = try Self.selectedLine(session)
        #expect(selected != nil, "the detail view should highlight one line")
        var presses = 0
        while presses < 80 {
            let screen = try session.capture()
            partnersHeading = ScreenText.lines(screen).firstIndex { $0.contains("PARTNERS THROUGH") }
            if let heading = partnersHeading, let current = selected, current.index > heading { break }
            let before = selected
            try session.sendKeys("j")
            presses += 1
            try await session.waitUntil("the selection to move after pressing j (\(presses)×)", escapes: true) { screen in
                // A selected line may wrap onto several rows: compare its first.
                let now = ScreenText.highlightedBodyLines(screen)
                return !now.isEmpty && (now[0].index != before?.index || !(before?.text.hasPrefix(now[0].text) ?? false))
            }
            selected = try Self.selectedLine(session)
        }
        let partnerRow = try #require(selected, "no highlighted line after \(presses) presses of j")
        try #require(partnersHeading != nil && partnerRow.index > partnersHeading!,
                     "never reached a partner row; last screen:\n\(session.lastScreen)")
        // "›  Värmland (SE) via …": the partner's name.
        let match = try #require(partnerRow.text.firstMatch(of: /›\s+(.+?) \([A-Z]{2}\) via/),
                                 "not a partner row: \(partnerRow.text)")
        let partner = String(match.1)
        #expect(partner != "Västerbotten")

        try session.sendKeys("Enter")
        // The title names the record and its kind: "Värmland (region)", "Umeå (city)".
        let partnerDetail = try await session.waitFor(regex: "\(partner) \\((region|city|group|state)\\)")
        #expect(!ScreenText.lines(partnerDetail)[1].contains("Västerbotten (region)"))

        try session.sendKeys("Escape")
        try await session.waitFor("Västerbotten (region)")
        // Back where we were: the partner row is still the selected one.
        let back = try Self.selectedLine(session)
        #expect(back?.text.contains("\(partner) (") == true,
                "after Esc the selection should be on \(partner) again, not \(back?.text ?? "nothing")")

        try session.sendKeys("Escape")
        let dashboard = try await session.waitUntil("the dashboard to return") { screen in
            screen.contains("Participants") && screen.contains("Networks") && !screen.contains("(region)")
        }
        #expect(Self.participantsPane(dashboard).contains("Västerbotten"))
    }

    @Test("search matches names in every language")
    func searchInEveryLanguage() async throws {
        let session = try TmuxSession(regio: [])
        defer { session.close() }
        try await session.waitFor("Andalusia")

        // The Swedish name of a Finnish region.
        try session.sendKeys("/")
        try session.type("Österbotten")
        let swedish = try await session.waitUntil("Ostrobothnia to be listed for “Österbotten”") {
            let pane = Self.participantsPane($0)
            return Self.footer($0).contains("Österbotten") && pane.contains("Ostrobothnia") && !pane.contains("Andalusia")
        }
        #expect(!Self.participantsPane(swedish).contains("Abruzzo"))

        // Esc cancels the search: the whole list is back (the cursor stays on Ostrobothnia).
        try session.sendKeys("Escape")
        try await session.waitUntil("Esc to cancel the search") { Self.participantsPane($0).contains("/130") }

        // “abo” finds Turku by its Swedish name Åbo, folding the diacritic.
        try session.sendKeys("/")
        try session.type("abo")
        let turku = try await session.waitUntil("Turku to be listed for “abo”") {
            let pane = Self.participantsPane($0)
            return Self.footer($0).contains("abo") && pane.contains("Turku") && !pane.contains("Andalusia")
        }
        #expect(!Self.participantsPane(turku).contains("Abruzzo"), "“abo” should not match Abruzzo")
    }

    @Test("resizing switches between panes, tabs and the too-small screen")
    func resize() async throws {
        let session = try TmuxSession(regio: [], width: 120, height: 40)
        defer { session.close() }
        let wide = try await session.waitFor("Thematic platforms")
        #expect(!wide.contains("[Participants"))

        try session.resize(width: 60, height: 20)
        let narrow = try await session.waitFor("[Participants")
        #expect(ScreenText.lines(narrow.trimmingCharacters(in: .newlines)).count == 20)
        #expect(!narrow.contains("┌─ Networks"), "only the focused pane is drawn in the tab layout")

        try session.resize(width: 30, height: 8)
        let tiny = try await session.waitUntil("the too-small message") {
            ScreenText.flattened($0).contains("terminal too small: need 44×12, have 30×8")
        }
        #expect(!tiny.contains("Participants"))

        try session.resize(width: 100, height: 30)
        let medium = try await session.waitUntil("panes again at 100×30") { screen in
            let lines = ScreenText.lines(screen)
            return lines.count > 1 && lines[1].contains("Participants") && lines[1].contains("Networks")
        }
        #expect(!medium.contains("[Participants"))
        #expect(!medium.contains("terminal too small"))
        #expect(Self.header(medium).contains("PRI pilot"))
        #expect(try !session.isPaneDead)
    }
}
