import Foundation
import Testing
@testable import RegioUI

/// Counts of one take the singular in every UI language ("exported 1 row", not "1 rows").
@Suite struct PluralTests {
    /// Each count phrase and its singular form.
    static let pairs: [(one: Phrase, many: Phrase)] = [
        (.exportedOne, .exported), (.copiedOne, .copied), (.participantsOne, .participantsCount),
        (.initiativesOne, .initiativesCount), (.territoriesOne, .territoriesCount), (.membershipsOne, .membershipsCount),
        (.networkHeadingOne, .networkHeading), (.researchTiesOne, .researchTiesReason), (.researchTiesRegionOne, .researchTiesRegion),
        (.oneMember, .membersCount), (.partnerInCommonReason, .partnersInCommonReason),
    ]
    /// Counts that are never one where they are shown.
    static let alwaysMany: Set<Phrase> = [.networkTooLarge]

    /// The guard: any phrase that puts a count before a plural noun must have a singular form.
    @Test func everyCountBeforeAPluralNounHasASingular() throws {
        let pattern = try NSRegularExpression(pattern: #"\{0\} (?!exists|vs|takes|does|has)(research )?[a-z]+s\b"#)
        let covered = Set(Self.pairs.map(\.many)).union(Self.alwaysMany)
        for phrase in Phrase.allCases {
            let text = phrase.rawValue
            guard pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { continue }
            #expect(covered.contains(phrase), "“\(text)” needs a form for one")
        }
    }

    @Test(arguments: [UILanguage.en, .sv, .nl])
    func theSingularIsChosenForOne(language: UILanguage) {
        for (one, many) in Self.pairs where one.rawValue.contains("{0}") {
            #expect(language.t(1, one: one, many: many, "x") == language.t(one, 1, "x"))
            #expect(language.t(2, one: one, many: many, "x") == language.t(many, 2, "x"))
        }
        #expect(UILanguage.en.t(1, one: .exportedOne, many: .exported, "a.csv") == "exported 1 row to a.csv")
        #expect(UILanguage.sv.t(1, one: .exportedOne, many: .exported, "a.csv") == "exporterade 1 rad till a.csv")
        #expect(UILanguage.nl.t(1, one: .exportedOne, many: .exported, "a.csv") == "1 rij geëxporteerd naar a.csv")
        #expect(UILanguage.nl.t(1, one: .copiedOne, many: .copied) == "1 teken naar het klembord gekopieerd")
    }

    @Test func theStatusBarSaysOneRow() {
        var harness = Harness()
        harness.send(.effectFinished(.exported(path: "/tmp/a.csv", rows: 1)))
        #expect(harness.state.message?.text == "exported 1 row to /tmp/a.csv")
        harness.send(.effectFinished(.copied(characters: 1)))
        #expect(harness.state.message?.text == "copied 1 character to the clipboard")
        harness.send(.effectFinished(.exported(path: "/tmp/a.csv", rows: 3)))
        #expect(harness.state.message?.text == "exported 3 rows to /tmp/a.csv")
    }

    /// English singulars have no plural noun after the 1.
    @Test func englishSingularsReadAsSingular() throws {
        let plural = try NSRegularExpression(pattern: #"\b1 (research )?[a-z]+s\b"#)
        for (one, many) in Self.pairs {
            let text = UILanguage.en.t(1, one: one, many: many, "x", "y")
            #expect(plural.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
        }
    }
}
