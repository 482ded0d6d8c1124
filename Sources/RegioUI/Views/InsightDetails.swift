import RegioModel

/// Suggested partners for a territory, each with its score and reasons.
struct PartnersDetail {
    let store: Store
    let territory: Int
    var builder: DetailBuilder

    var document: DetailDocument {
        var builder = self.builder
        let lang = builder.lang
        let name = lang.name(of: store.territories[territory])
        builder.paragraph(lang.t(.partnerExplanation, name), role: .muted)
        let suggestions = store.suggestedPartners(for: territory, limit: 25)
        builder.heading(lang.t(.suggestedPartners, suggestions.count))
        if suggestions.isEmpty { builder.rows.append(.text([Span("  " + lang.t(.noSuggestions), .muted)])) }
        for suggestion in suggestions {
            let other = store.territories[suggestion.territory]
            builder.rows.append(.link([Span(" \(lang.name(of: other))"), Span(" (\(other.country))", .muted),
                                       Span("  " + lang.t(.score, suggestion.score), .accent)], to: .territory(suggestion.territory)))
            builder.paragraph(suggestion.reasons.map { describe($0, lang) }.joined(separator: "; "), role: .muted, indent: 6)
        }
        return DetailDocument(title: lang.t(.partnersForTitle, name), rows: builder.rows)
    }

    /// A reason in the interface's language (the model's `describe` is English, for the command line).
    private func describe(_ reason: PartnerReason, _ lang: UILanguage) -> String {
        switch reason {
        case .samePlatform(let index), .sameNetwork(let index): lang.t(.bothIn, store.initiatives[index].name)
        case .sameKind(let kind): lang.t(.bothIn, lang.t(kind.label + "s"))
        case .sharedPartners(let count): count == 1 ? lang.t(.partnerInCommonReason) : lang.t(.partnersInCommonReason, count)
        case .researchTies(let projects, let partners, nil): lang.t(projects, one: .researchTiesOne, many: .researchTiesReason, partners)
        case .researchTies(let projects, let partners, let region?):
            lang.t(projects, one: .researchTiesRegionOne, many: .researchTiesRegion, partners,
                   lang.name(of: store.territories[region]) + " (" + (store.territories[region].nuts ?? "") + ")")
        }
    }
}

/// Two territories compared: how they are linked, what they share, what only one has.
struct ComparisonDetail {
    let store: Store
    let first: Int
    let second: Int
    var builder: DetailBuilder

    var document: DetailDocument {
        var builder = self.builder
        let lang = builder.lang
        let comparison = store.compare(first, second)
        let nameA = lang.name(of: store.territories[first]), nameB = lang.name(of: store.territories[second])
        builder.rows.append(.heading(lang.t(.linkedBy)))
        if let path = comparison.path {
            builder.rows.append(.link([Span(" \(nameA)")], to: .territory(first)))
            for step in path {
                builder.rows.append(.link([Span("   —\(store.initiatives[step.initiative].name)→", .accent)],
                                          to: .initiative(step.initiative)))
                builder.rows.append(.link([Span(" \(lang.name(of: store.territories[step.territory]))")], to: .territory(step.territory)))
            }
        } else {
            builder.rows.append(.text([Span("  " + lang.t(.notLinked), .warning)]))
        }
        section(&builder, lang.t(.bothTakePartIn, comparison.shared.count), comparison.shared)
        section(&builder, lang.t(.only, nameA.uppercased(), comparison.onlyFirst.count), comparison.onlyFirst)
        section(&builder, lang.t(.only, nameB.uppercased(), comparison.onlySecond.count), comparison.onlySecond)
        builder.heading(lang.t(.partnersInCommon, comparison.partnersInCommon.count))
        for partner in comparison.partnersInCommon {
            builder.rows.append(.link([Span(" \(lang.name(of: store.territories[partner]))"),
                                       Span(" (\(store.territories[partner].country))", .muted)], to: .territory(partner)))
        }
        return DetailDocument(title: lang.t(.andTitle, nameA, nameB), rows: builder.rows)
    }

    private func section(_ builder: inout DetailBuilder, _ title: String, _ initiatives: [Int]) {
        builder.heading(title)
        for initiative in initiatives {
            builder.rows.append(.link([Span(" \(store.initiatives[initiative].name)"),
                                       Span(" · \(builder.lang.t(store.initiatives[initiative].kind.label))", .muted)],
                                      to: .initiative(initiative)))
        }
    }
}
