import RegioModel

extension TerritoryDetail {
    /// The territory's place in the collaboration network (every kind of initiative): degree, strength,
    /// betweenness and rank, and its strongest ties as a small text ego-network with weighted bars. While
    /// the runtime measures the network (see `Effect.measureNetwork`), a line says so.
    func appendNetwork(to builder: inout DetailBuilder) {
        let lang = builder.lang
        guard NetworkMeasures.isAffordable(for: store) else {
            builder.heading(lang.t(.networkHeadingBare))
            builder.rows.append(.text([Span("  " + lang.t(.networkTooLarge,
                                                          store.territories.count), .muted)]))
            return
        }
        guard builder.networkMeasured, let measures = NetworkMeasures.shared(for: store) else {
            builder.heading(lang.t(.networkHeadingBare))
            builder.rows.append(.text([Span("  " + lang.t(.measuringNetwork), .muted)]))
            return
        }
        let links = measures.network.links[index]
        builder.heading(lang.t(links.count, one: .networkHeadingOne, many: .networkHeading))
        guard !links.isEmpty else {
            builder.rows.append(.text([Span("  " + lang.t(.noSharedInitiatives), .muted)]))
            return
        }
        let total = measures.rankedCount
        builder.rows.append(.text([
            Span("  " + lang.t(.degreeRank, measures.degree[index], measures.rank(of: index, by: .degree), total)),
            Span(" · " + lang.t(.strengthRank, measures.strength[index], measures.rank(of: index, by: .strength))),
            Span(" · " + lang.t(.betweennessRank, Self.fraction(measures.betweenness[index]),
                                measures.rank(of: index, by: .betweenness))),
        ]))
        let shown = links.prefix(Self.egoLimit)
        let heaviest = max(1, shown.first?.weight ?? 1)
        let barWidth = max(4, min(20, builder.width / 5))
        builder.rows.append(.text([Span("  " + lang.name(of: store.territories[index]), .accent),
                                   Span(" — " + lang.t(.strongestTies), .muted)]))
        for (position, link) in shown.enumerated() {
            let branch = position == shown.count - 1 ? "  └─ " : "  ├─ "
            let cells = max(1, link.weight * barWidth / heaviest)
            let bar = String(repeating: "█", count: cells) + String(repeating: " ", count: barWidth - cells)
            let other = store.territories[link.other]
            builder.rows.append(.link([Span(branch, .muted), Span(bar, .accent), Span(" \(link.weight)".padded(to: 6)),
                                       Span(lang.name(of: other)), Span(" (\(other.country))", .muted)],
                                      to: .territory(link.other)))
        }
        if links.count > shown.count {
            builder.rows.append(.text([Span("     " + lang.t(.andMore, links.count - shown.count), .muted)]))
        }
    }

    /// Few enough that the partners list below still starts on the first screen.
    static let egoLimit = 5

    /// A betweenness value short enough for one line: four significant digits.
    static func fraction(_ value: Double) -> String {
        guard value > 0 else { return "0" }
        var digits = 4, scaled = value
        while scaled < 0.1 && digits < 10 { scaled *= 10; digits += 1 }
        let factor = (0..<digits).reduce(1.0) { value, _ in value * 10 }
        let rounded = (value * factor).rounded() / factor
        return "\(rounded)"
    }
}
