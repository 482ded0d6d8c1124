import Testing
@testable import RegioModel

@Suite("TextFolding.fold")
struct FoldTests {
    @Test func lowerCaseWithoutDiacritics() {
        #expect(TextFolding.fold("Österbotten") == "osterbotten")
        #expect(TextFolding.fold("VÄSTERBOTTEN") == "vasterbotten")
        #expect(TextFolding.fold("Île-de-France") == "ile de france")
        #expect(TextFolding.fold("Castilla y León") == "castilla y leon")
        #expect(TextFolding.fold("Région Grand Est") == "region grand est")
        #expect(TextFolding.fold("İzmir") == "izmir")
    }

    @Test func decomposedInputFoldsLikeComposed() {
        let decomposed = "O\u{308}sterbotten"
        #expect(decomposed.unicodeScalars.count == 12)
        #expect(TextFolding.fold(decomposed) == "osterbotten")
        #expect(TextFolding.fold("Va\u{308}stra Go\u{308}taland") == TextFolding.fold("Västra Götaland"))
    }

    @Test func lettersWithoutADecomposition() {
        #expect(TextFolding.fold("Łódź") == "lodz")
        #expect(TextFolding.fold("Sør-Trøndelag") == "sor trondelag")
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("GROẞ") == "gross")
        #expect(TextFolding.fold("Ærø") == "aero")
        #expect(TextFolding.fold("Þingvellir") == "thingvellir")
        #expect(TextFolding.fold("Đakovo") == "dakovo")
        #expect(TextFolding.fold("Œuvre") == "oeuvre")
    }

    @Test func otherScriptsAreLowerCased() {
        #expect(TextFolding.fold("ΚΡΉΤΗ") == "κρητη")
        #expect(TextFolding.fold("Ёлка") == "елка")
        #expect(TextFolding.fold("БЪЛГАРИЯ") == "българия")
    }

    @Test func punctuationAndSpacesBecomeOneSpace() {
        #expect(TextFolding.fold("Baden-Württemberg") == "baden wurttemberg")
        #expect(TextFolding.fold("  Provence-Alpes-Côte d'Azur  ") == "provence alpes cote d azur")
        #expect(TextFolding.fold("a,  b -- c") == "a b c")
        #expect(TextFolding.fold("Col·legi") == "col legi")
        #expect(TextFolding.fold("NUTS-2 (SE33)") == "nuts 2 se33")
        #expect(TextFolding.fold("a\u{2014}b\u{00A0}c") == "a b c")
        #expect(TextFolding.fold("") == "")
        #expect(TextFolding.fold(" - ") == "")
    }

    @Test func separatorLettersNextToSpacesCollapseToo() {
        // "·" and "×" are folded to a space by a table, outside the logic that collapses runs of spaces.
        #expect(TextFolding.fold("a · b") == "a b")
        #expect(TextFolding.fold("a ×") == "a")
        // What a user sees: a name written with a spaced middle dot cannot be found by its words.
        let store = Store(territories: [Territory(id: "t", kind: .city, name: "Sant Martí · Barcelona", country: "ES")],
                          initiatives: [], memberships: [])
        #expect(!store.searchTerritories("marti barcelona").isEmpty)
    }

    @Test func foldingIsIdempotent() {
        for text in ["Österbotten", "Baden-Württemberg", "Łódź", "Sør-Trøndelag", "Straße", "Κρήτη", "Col·legi"] {
            let once = TextFolding.fold(text)
            #expect(TextFolding.fold(once) == once, "\(text)")
        }
    }
}

@Suite("TextFolding.matchRanges")
struct MatchRangeTests {
    @Test func rangesAreCharacterOffsetsInTheOriginal() {
        let text = "Västerbotten Österbotten"
        #expect(TextFolding.matchRanges(of: "ö", in: text) == [7..<8, 13..<14, 19..<20])
        #expect(TextFolding.matchRanges(of: "sterbotten", in: text) == [2..<12, 14..<24])
        #expect(TextFolding.matchRanges(of: "ÄSTER", in: text) == [1..<6])
        #expect(TextFolding.matchRanges(of: "osterbotten", in: "Österbotten (Pohjanmaa)") == [0..<11])
    }

    @Test func acrossPunctuation() {
        #expect(TextFolding.matchRanges(of: "baden wurttemberg", in: "Baden-Württemberg") == [0..<17])
        #expect(TextFolding.matchRanges(of: "n w", in: "Baden-Württemberg") == [4..<7])
    }

    @Test func oneCharacterFoldingToSeveral() {
        // "ß" folds to "ss": a match of either half highlights the whole "ß".
        #expect(TextFolding.matchRanges(of: "ss", in: "Großraum") == [3..<4])
        #expect(TextFolding.matchRanges(of: "s", in: "Straße") == [0..<1, 4..<5])
        #expect(TextFolding.matchRanges(of: "asse", in: "Straße") == [3..<6])
    }

    @Test func offsetsCountCharactersNotScalars() {
        // "é" written as e + combining acute is one character.
        #expect(TextFolding.matchRanges(of: "noir", in: "Cafe\u{301} Noir") == [5..<9])
        #expect(TextFolding.matchRanges(of: "cafe", in: "Cafe\u{301} Noir") == [0..<4])
        #expect(TextFolding.matchRanges(of: "berg", in: "👍🏽 Berg") == [2..<6])
    }

    @Test func noMatchOrEmptyQuery() {
        #expect(TextFolding.matchRanges(of: "", in: "Berg").isEmpty)
        #expect(TextFolding.matchRanges(of: " - ", in: "Berg").isEmpty)
        #expect(TextFolding.matchRanges(of: "x", in: "Berg").isEmpty)
        #expect(TextFolding.matchRanges(of: "bergs", in: "Berg").isEmpty)
        #expect(TextFolding.matchRanges(of: "berg", in: "").isEmpty)
    }

    @Test func repeatedMatchesDoNotOverlap() {
        #expect(TextFolding.matchRanges(of: "aa", in: "aaaa") == [0..<4])
        #expect(TextFolding.matchRanges(of: "aa", in: "aaa") == [0..<2])
        #expect(TextFolding.matchRanges(of: "an", in: "Ångermanland") == [0..<2, 6..<8, 9..<11])
    }
}

@Suite("String.displaySafe")
struct DisplaySafeTests {
    @Test func plainTextIsUnchanged() {
        for text in ["Västerbotten", "plain ascii 123 ~!", "Ελλάδα", "Україна", "e\u{301}", "a\u{301}\u{302}", "日本", "👍🏽", ""] {
            #expect(text.displaySafe == text)
            #expect(Array(text.displaySafe.unicodeScalars) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func escapeBecomesVisible() {
        #expect("a\u{1B}[31mred".displaySafe == "a␛[31mred")
        #expect("\u{1B}]0;title\u{7}".displaySafe == "␛]0;title\u{FFFD}")
    }

    @Test func otherControlsBecomeReplacementCharacters() {
        #expect("a\u{0}b".displaySafe == "a\u{FFFD}b")
        #expect("a\u{7}b\u{8}c".displaySafe == "a\u{FFFD}b\u{FFFD}c")
        #expect("del\u{7F}".displaySafe == "del\u{FFFD}")
        // C1 controls, among them CSI (U+009B), which some terminals obey.
        #expect("x\u{9B}31m".displaySafe == "x\u{FFFD}31m")
        #expect("x\u{85}y\u{80}".displaySafe == "x\u{FFFD}y\u{FFFD}")
    }

    @Test func lineBreaksAndTabsBecomeSpaces() {
        #expect("line one\nline two".displaySafe == "line one line two")
        #expect("a\tb\r\nc".displaySafe.unicodeScalars.map(\.value) == [0x61, 0x20, 0x62, 0x20, 0x20, 0x63])
    }

    @Test func bidiOverridesAndInvisiblesAreRemoved() {
        #expect("abc\u{202E}fed".displaySafe == "abcfed")
        #expect("a\u{202A}b\u{202D}c".displaySafe == "abc")
        #expect("a\u{2066}b\u{2069}c".displaySafe == "abc")
        #expect("a\u{200B}b\u{200F}c\u{FEFF}".displaySafe == "abc")
    }

    @Test func combiningMarkFloodIsCapped() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 30) + "b" + String(repeating: "\u{316}", count: 3)
        let safe = zalgo.displaySafe
        #expect(Array(safe.unicodeScalars) == Array("a\u{301}\u{301}b\u{316}\u{316}".unicodeScalars))
        // Exactly three is one too many.
        #expect(("e" + String(repeating: "\u{308}", count: 3)).displaySafe.unicodeScalars.count == 3)
    }

    @Test func enclosingMarkFloodIsCapped() {
        let flood = "a" + String(repeating: "\u{20DD}", count: 10)
        #expect(flood.displaySafe.unicodeScalars.count == 3)
    }

    @Test func mixedAttackIsFullySanitised() {
        let hostile = "Region\u{1B}[2J\u{202E}\nX" + String(repeating: "\u{300}", count: 5) + "\u{9B}"
        let safe = hostile.displaySafe
        #expect(safe == "Region␛[2J X\u{300}\u{300}\u{FFFD}")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }
}

@Suite("Suggest.closest")
struct SuggestTests {
    @Test func closestTypo() {
        #expect(Suggest.closest(to: "vasterboten", among: ["ostergotland", "vasterbotten", "vastmanland"]) == "vasterbotten")
        #expect(Suggest.closest(to: "contry", among: ["id", "country", "confidence"]) == "country")
        #expect(Suggest.closest(to: "COUNTRY", among: ["id", "country"]) == "country")
        #expect(Suggest.closest(to: "Country", among: ["id", "COUNTRY"]) == "COUNTRY")
    }

    @Test func implausibleCandidatesAreLeftOut() {
        #expect(Suggest.closest(to: "xyz", among: ["country", "name"]) == nil)
        #expect(Suggest.closest(to: "anything", among: [String]()) == nil)
        // Up to a third of the input's length may differ (at least two): 12 letters allow 4 edits, not 5.
        #expect(Suggest.closest(to: "abcdefghijkl", among: ["abcdefghwxyz"]) == "abcdefghwxyz")
        #expect(Suggest.closest(to: "abcdefghijkl", among: ["abcdefgvwxyz"]) == nil)
        #expect(Suggest.closest(to: "ab", among: ["xy"]) == "xy")
        #expect(Suggest.closest(to: "ab", among: ["xyz"]) == nil)
    }

    @Test func candidatesContainingTheInputComeFirstThenByDistanceThenAlphabetically() {
        #expect(Suggest.closest(to: "bot", among: ["bat", "vasterbotten", "bottom"], limit: 3) == ["bottom", "vasterbotten", "bat"])
        #expect(Suggest.closest(to: "cat", among: ["cut", "cot", "cart", "dog"], limit: 5) == ["cart", "cot", "cut"])
        #expect(Suggest.closest(to: "note", among: ["notes", "nite", "nose"], limit: 2) == ["notes", "nite"])
    }

    @Test func aHugeInputIsNotComparedAgainstEveryCandidate() {
        // 100,000 letters against 20,000 ids: the edit distances alone would be 2·10¹⁰ steps (a hang).
        let huge = String(repeating: "a", count: 100_000)
        let candidates = (0..<20_000).map { "territory\($0)" }
        #expect(Suggest.closest(to: huge, among: candidates) == nil)
        // Near the limit, a plausible typo is still found, and length alone rules the rest out.
        let long = String(repeating: "b", count: 199)
        #expect(Suggest.closest(to: long + "x", among: candidates + [long + "y"]) == long + "y")
    }

    @Test func limitIsRespected() {
        let candidates = (0..<10).map { "item\($0)" }
        #expect(Suggest.closest(to: "item", among: candidates, limit: 3) == ["item0", "item1", "item2"])
        #expect(Suggest.closest(to: "item", among: candidates, limit: 0).isEmpty)
    }

    @Test func editDistance() {
        func distance(_ a: String, _ b: String) -> Int {
            Suggest.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("same", "same") == 0)
        #expect(distance("ab", "ba") == 2)
        #expect(distance("Åbo", "Abo") == 1)
    }
}

/// `matchRanges` folds plain ASCII a byte at a time instead of a character at a time: the two must agree.
@Suite("TextFolding.matchRanges on ASCII")
struct MatchRangeASCIITests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func asciiFoldsAsCharacterByCharacter(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // Letters of both cases, digits, spaces and punctuation (which fold to one space between words).
        let bytes = Array("aAbBzZ09 -.,'()/\t".utf8) + [0x01, 0x7F]
        for _ in 0..<50 {
            let text = String(decoding: (0..<random.below(30)).map { _ in random.pick(bytes) }, as: UTF8.self)
            let byBytes = TextFolding.foldedASCII(text), byCharacters = TextFolding.foldedByCharacter(text)
            #expect(byBytes.folded == byCharacters.folded && byBytes.owner == byCharacters.owner, "'\(text)'")
        }
    }

    @Test func aCarriageReturnBeforeANewlineIsOneCharacter() {
        // "\r\n" is one character: offsets after it count it once, so it cannot take the ASCII path.
        #expect(TextFolding.matchRanges(of: "b", in: "a\r\nb") == [2..<3])
        #expect(TextFolding.matchRanges(of: "b", in: "a\nb") == [2..<3])
        #expect(TextFolding.matchRanges(of: "b", in: "a\r\n\r\nb") == [3..<4])
    }
}
