/// What the store keeps about names: name orders and ranks, and the search index. It
/// depends on nothing but the names, so the store builds it on another core while it links the records.
struct NameIndexes: Sendable {
    let search: SearchIndex
    /// Territory indices in name order (folded: case and diacritics ignored), and each one's place in it.
    let territoriesByName: [Int32]
    let territoryNameRank: [Int32]
    let initiativeNameRank: [Int32]

    init(search: SearchIndex, territoriesByName: [Int32], territoryNameRank: [Int32], initiativeNameRank: [Int32]) {
        self.search = search
        self.territoriesByName = territoriesByName
        self.territoryNameRank = territoryNameRank
        self.initiativeNameRank = initiativeNameRank
    }

    init(territories: [Territory], initiatives: [Initiative]) {
        let territoryKeys = territories.map { TextFolding.fold($0.name) }
        let initiativeKeys = initiatives.map { TextFolding.fold($0.name) }
        search = SearchIndex(territories: territories, initiatives: initiatives, foldedNames: territoryKeys,
                             foldedInitiativeNames: initiativeKeys)
        let byName = territories.indices.sorted { a, b in
            territoryKeys[a] != territoryKeys[b] ? territoryKeys[a] < territoryKeys[b] : territories[a].name < territories[b].name
        }
        territoriesByName = byName.map { Int32($0) }
        var nameRank = [Int32](repeating: 0, count: territories.count)
        for (rank, index) in byName.enumerated() { nameRank[index] = Int32(rank) }
        territoryNameRank = nameRank
        var initiativeRank = [Int32](repeating: 0, count: initiatives.count)
        for (rank, index) in initiatives.indices.sorted(by: { a, b in
            initiativeKeys[a] != initiativeKeys[b] ? initiativeKeys[a] < initiativeKeys[b] : initiatives[a].name < initiatives[b].name
        }).enumerated() { initiativeRank[index] = Int32(rank) }
        initiativeNameRank = initiativeRank
    }
}
