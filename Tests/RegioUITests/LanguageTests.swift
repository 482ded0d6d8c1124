import Foundation
import RegioModel
import Testing
@testable import RegioUI

@Suite struct LanguageTests {
    /// Every English text the interface shows: phrases, command summaries and hints, key contexts,
    /// pane titles, sort orders and the data's vocabulary.
    static var englishTexts: [String] {
        var texts = Phrase.allCases.map(\.rawValue)
        texts += Command.allCases.flatMap { [$0.summary, $0.hint] }
        texts += KeyContext.allCases.flatMap { context in Command.allCases.map { $0.summary(in: context) } }
        texts += KeyContext.allCases.map(\.title)
        texts += Pane.allCases.map(\.title)
        texts += ParticipantColumns.all.map(\.title).filter { !$0.isEmpty && $0 != "NUTS" && $0 != "ID" }
        texts += InitiativeColumns.all(filtered: true).filter(\.onScreen).map(\.title)
        texts += CountryColumns.all(chosen: []).map(\.title).filter { !$0.isEmpty }
        texts += TerritoryKind.allCases.map(\.label)
        texts += InitiativeKind.allCases.map(\.label)
        texts += [InitiativeKind.interregProject, .initiativePilot, .nationalProgramme, .researchProject].map { $0.label + "s" }
        texts += Role.allCases.map(\.label)
        texts += NameLanguage.allCases.map(\.label)
        texts += CollaborationFamily.allCases.map(\.title)
        return Array(Set(texts)).sorted()
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set((0..<6).map { "{\($0)}" }.filter(text.contains))
    }

    @Test(arguments: [("sv", Translations.swedish), ("nl", Translations.dutch)])
    func everyTextIsTranslated(language: String, table: [String: String]) {
        let missing = Self.englishTexts.filter { table[$0] == nil }
        #expect(missing.isEmpty, "\(language) lacks: \(missing)")
        for (english, translated) in table {
            #expect(!translated.isEmpty, "\(language): empty translation of \(english)")
            #expect(Self.placeholders(english) == Self.placeholders(translated), "\(language): placeholders of \(english)")
        }
        let unused = Set(table.keys).subtracting(Self.englishTexts)
        #expect(unused.isEmpty, "\(language) translates texts the interface no longer shows: \(unused.sorted())")
    }

    @Test func languageComesFromTheEnvironment() {
        #expect(UILanguage.from(environment: ["LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(UILanguage.from(environment: ["LC_ALL": "nl_BE.UTF-8", "LANG": "sv_SE.UTF-8"]) == .nl)
        #expect(UILanguage.from(environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(UILanguage.from(environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(UILanguage.from(environment: [:]) == .en)
    }

    @Test func namesAreShownInTheChosenLanguageAndStillSearchableInAll() {
        var harness = Harness(width: 120, height: 40)
        harness.state.language = .sv
        harness.replay(["search", "type:ostrobothnia", "accept-search"])
        // The Swedish name is shown; the English one matched and is shown beside it.
        let first = harness.text.contains("Österbotten · Ostrob")
        #expect(first, "\(harness.screen.lines.prefix(6).joined(separator: "|"))")
        harness.replay(["back", "search", "type:abo", "accept-search", "open"])
        let second = harness.text.contains("Åbo (stad)")
        #expect(second, "\(harness.screen.lines.prefix(3).joined(separator: "|"))")
    }

    @Test func swedishAndDutchScreens() {
        var swedish = Harness(width: 100, height: 30)
        swedish.state.language = .sv
        swedish.replay(["search", "type:vasterbotten", "accept-search", "open"])
        Snapshot.assertMatches(swedish.screen, named: "detail-vasterbotten-sv-100x30")
        var dutch = Harness(width: 100, height: 30)
        dutch.state.language = .nl
        dutch.replay(["pick-member-states", "type:ned"])
        Snapshot.assertMatches(dutch.screen, named: "picker-nl-100x30")
    }
}
