import Testing
@testable import RegioModel

@Suite("Countries")
struct CountriesTests {
    static let euCodes: Set<String> = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
                                       "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]

    @Test func allTwentySevenMemberStatesWithUniqueCodes() {
        #expect(Countries.euMembers.count == 27)
        #expect(Set(Countries.euMembers.map(\.code.rawValue)) == Self.euCodes)
        #expect(Set(Countries.all.map(\.code)).count == Countries.all.count)
        #expect(Countries.all.filter { !$0.isEUMember }.allSatisfy { !Self.euCodes.contains($0.code.rawValue) })
    }

    @Test func greeceIsEL() throws {
        let greece = try #require(Countries.named("EL"))
        #expect(greece.english == "Greece" && greece.isEUMember && greece.nutsPrefix == "EL")
        #expect(Countries.named("GR") == nil)
    }

    @Test func unitedKingdomUsesUKForNUTS() throws {
        let uk = try #require(Countries.named("GB"))
        #expect(uk.nutsPrefix == "UK")
        #expect(!uk.isEUMember)
        #expect(Countries.named("UK") == nil)
        #expect(Countries.named("NO")?.nutsPrefix == "NO" && Countries.named("CH")?.isEUMember == false)
    }

    @Test func memberStatesNUTSPrefixIsTheirCode() {
        for country in Countries.euMembers { #expect(country.nutsPrefix == country.code.rawValue) }
    }

    @Test func everyCountryHasEnglishSwedishAndDutchNames() {
        for country in Countries.all {
            #expect(!country.english.isEmpty && !country.swedish.isEmpty && !country.dutch.isEmpty, "\(country.code)")
            #expect(!country.native.isEmpty, "\(country.code)")
            #expect(country.name(in: .en) == country.english)
            #expect(country.name(in: .sv) == country.swedish)
            #expect(country.name(in: .nl) == country.dutch)
            #expect(country.name(in: .native) == country.native.first)
        }
        #expect(Countries.named("SE")?.name(in: .nl) == "Zweden")
        #expect(Countries.named("DE")?.name(in: .sv) == "Tyskland")
    }

    @Test func allNamesEnglishFirstWithoutRepeats() throws {
        let sweden = try #require(Countries.named("SE"))
        #expect(sweden.allNames == ["Sweden", "Sverige", "Zweden"])
        for country in Countries.all {
            #expect(country.allNames.first == country.english)
            #expect(Set(country.allNames).count == country.allNames.count, "\(country.code)")
        }
    }

    @Test func masksGiveEachCountryItsOwnBit() {
        let bits = Countries.all.map { Countries.mask([$0.code]) }
        #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
        #expect(Set(bits).count == Countries.all.count)
        #expect(Countries.mask(["SE", "FI"]) == Countries.mask(["SE"]) | Countries.mask(["FI"]))
        #expect(Countries.mask(["XX"]) == 0 && Countries.mask([CountryCode]()) == 0)
    }

    @Test func everyBundledTerritoryHasAKnownCountry() {
        for territory in bundledStore.territories { #expect(Countries.named(territory.country) != nil, "\(territory.id)") }
    }
}

extension CountriesTests {
    /// The loader finds a territory's country by its two bytes; it must find exactly the countries that
    /// looking the code up as text finds, for every pair of bytes.
    @Test func theTwoByteLookupFindsWhatTheCodeLookupFinds() {
        for first in UInt8.min...UInt8.max {
            for second in UInt8.min...UInt8.max {
                let text = String(decoding: [first, second], as: UTF8.self)
                let byText = Countries.named(CountryCode(text))
                let byBytes = Countries.index(ofCode: first, second).map { Countries.all[$0] }
                #expect(byBytes == byText, "\(first) \(second)")
            }
        }
        #expect(Countries.all.allSatisfy { Countries.index(ofCode: Array($0.code.rawValue.utf8)[0], Array($0.code.rawValue.utf8)[1]) != nil })
    }
}

@Suite("Vocabularies")
struct KindsTests {
    @Test func rawValuesAreTheDataFormatsWords() {
        #expect(TerritoryKind.allCases.map(\.rawValue) == ["region", "city", "member-state", "group"])
        #expect(Role.allCases.map(\.rawValue) == ["lead", "co-lead", "member", "partner", "participant"])
        #expect(Confidence.allCases.map(\.rawValue) == ["stated", "inferred"])
        #expect(NameLanguage.allCases.map(\.rawValue) == ["en", "sv", "nl", "native"])
        #expect(InitiativeKind(rawValue: "interreg-project") == .interregProject)
    }

    @Test func expectedLists() {
        #expect(TerritoryKind.expectedList == "region, city, member-state or group")
        #expect(Confidence.expectedList == "stated or inferred")
    }

    @Test func orderIsDeclarationOrder() {
        #expect(Role.allCases.sorted() == Role.allCases)
        #expect(Role.lead < .coLead && Role.coLead < .member && Role.partner < .participant)
        #expect([TerritoryKind.group, .region, .memberState, .city].sorted() == [.region, .city, .memberState, .group])
        #expect(InitiativeKind.allCases.sorted() == InitiativeKind.allCases)
        #expect(NameLanguage.native > .en)
    }

    @Test func labels() {
        #expect(TerritoryKind.memberState.label == "member state")
        #expect(InitiativeKind.interregProject.label == "Interreg project")
        #expect(Role.coLead.label == "co-lead")
        #expect(NameLanguage.sv.label == "Swedish")
    }
}
