import RegioModel

extension TerritoryDetail {
    /// The collaborations recorded for the NUTS regions around this territory (an imported NUTS-2 region
    /// around a bundled NUTS-3 one), saying at which level: they are the region's, not this territory's own.
    func appendEnclosingRegions(to builder: inout DetailBuilder) {
        let lang = builder.lang
        for region in store.enclosingNUTSRegions(ofTerritory: index) {
            let territory = store.territories[region]
            let code = territory.nuts ?? ""
            let groups = store.collaborations(ofTerritory: region)
            let count = groups.reduce(0) { $0 + $1.memberships.count }
            builder.heading(lang.t(.inNUTSRegion, Store.nutsLevel(code), code, count))
            var spans = [Span(" " + lang.name(of: territory)),
                         Span(" — " + lang.t(.nutsRegionContains, Store.nutsLevel(code),
                                             store.territories[index].nuts ?? ""), .muted)]
            if builder.networkMeasured, let measures = NetworkMeasures.shared(for: store),
               measures.rank(of: region, by: .strength) > 0 {
                spans.append(Span(" · " + lang.t(.networkRankByStrength, measures.rank(of: region, by: .strength),
                                                 measures.rankedCount), .muted))
            }
            builder.rows.append(.link(spans, to: .territory(region)))
            for group in groups {
                builder.rows.append(.text([Span(" " + lang.t(group.family.title), .title)]))
                for ref in group.memberships.prefix(Self.enclosingLimit) {
                    let membership = store.memberships[ref.membership]
                    builder.rows.append(.link([Span(" "), Span(lang.t(membership.role.label).padded(to: 12), .accent),
                                               Span(store.initiatives[ref.initiative].name),
                                               builder.cite(membership.sources)], to: .initiative(ref.initiative)))
                }
                if group.memberships.count > Self.enclosingLimit {
                    builder.rows.append(.text([Span("   " + lang.t(.moreInRegion,
                                                                   group.memberships.count - Self.enclosingLimit), .muted)]))
                }
            }
        }
    }

    static let enclosingLimit = 50
}
