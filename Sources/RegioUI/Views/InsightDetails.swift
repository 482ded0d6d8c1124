import RegioModel

/// Suggested partners for a territory, each with its score and reasons.
struct PartnersDetail {
    let store: Store
    let territory: Int
    let width: Int

    var document: DetailDocument {
        var builder = DetailBuilder(width: width)
        let weights = Store.partnerWeights
        builder.paragraph("Territories \(store.territories[territory].name) does not yet share a partnership, project or pilot "
                          + "with, scored: \(weights.platform) per thematic platform both are in, \(weights.network) per "
                          + "umbrella initiative or network, \(weights.kind) per kind of project both take part in, "
                          + "\(weights.sharedPartner) per partner in common (at most \(weights.sharedPartnerCap)).", role: .muted)
        let suggestions = store.suggestedPartners(for: territory, limit: 25)
        builder.heading("SUGGESTED PARTNERS (\(suggestions.count))")
        if suggestions.isEmpty { builder.rows.append(.text([Span("  no suggestions: nothing in common with anyone new", .muted)])) }
        for suggestion in suggestions {
            let other = store.territories[suggestion.territory]
            builder.rows.append(.link([Span(" \(other.name)"), Span(" (\(other.country))", .muted),
                                       Span("  score \(suggestion.score)", .accent)], to: .territory(suggestion.territory)))
            builder.paragraph(suggestion.reasons.map(store.describe).joined(separator: "; "), role: .muted, indent: 6)
        }
        return DetailDocument(title: "Partners for \(store.territories[territory].name)", rows: builder.rows)
    }
}

/// Two territories compared: how they are linked, what they share, what only one has.
struct ComparisonDetail {
    let store: Store
    let first: Int
    let second: Int
    let width: Int

    var document: DetailDocument {
        var builder = DetailBuilder(width: width)
        let comparison = store.compare(first, second)
        let nameA = store.territories[first].name, nameB = store.territories[second].name
        builder.rows.append(.heading("LINKED BY"))
        if let path = comparison.path {
            builder.rows.append(.link([Span(" \(nameA)")], to: .territory(first)))
            for step in path {
                builder.rows.append(.link([Span("   —\(store.initiatives[step.initiative].name)→", .accent)],
                                          to: .initiative(step.initiative)))
                builder.rows.append(.link([Span(" \(store.territories[step.territory].name)")], to: .territory(step.territory)))
            }
        } else {
            builder.rows.append(.text([Span("  not linked by any chain of collaborations", .warning)]))
        }
        section(&builder, "BOTH TAKE PART IN", comparison.shared)
        section(&builder, "ONLY \(nameA.uppercased())", comparison.onlyFirst)
        section(&builder, "ONLY \(nameB.uppercased())", comparison.onlySecond)
        builder.heading("PARTNERS IN COMMON (\(comparison.partnersInCommon.count))")
        for partner in comparison.partnersInCommon {
            builder.rows.append(.link([Span(" \(store.territories[partner].name)"),
                                       Span(" (\(store.territories[partner].country))", .muted)], to: .territory(partner)))
        }
        return DetailDocument(title: "\(nameA) and \(nameB)", rows: builder.rows)
    }

    private func section(_ builder: inout DetailBuilder, _ title: String, _ initiatives: [Int]) {
        builder.heading("\(title) (\(initiatives.count))")
        for initiative in initiatives {
            builder.rows.append(.link([Span(" \(store.initiatives[initiative].name)"),
                                       Span(" · \(store.initiatives[initiative].kind.label)", .muted)],
                                      to: .initiative(initiative)))
        }
    }
}
