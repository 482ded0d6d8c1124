/// The orders the lists can be sorted in, by any column. Each is sorted once per store and kept (see
/// `ListingCache`): the store never changes, so a keystroke at a million rows never sorts.
extension Store {
    /// Territory indices in `order`, ties by English name.
    public func territoryOrder(_ order: TerritoryOrder) -> [Int32] {
        if order == .name { return names.territoriesByName }
        return cache.territoryOrder(order) {
            let rank = names.territoryNameRank
            func by<Key: Comparable>(_ key: (Int) -> Key) -> [Int32] {
                let keys = territories.indices.map(key)
                return names.territoriesByName.sorted { a, b in
                    let ka = keys[Int(a)], kb = keys[Int(b)]
                    return ka != kb ? ka < kb : rank[Int(a)] < rank[Int(b)]
                }
            }
            switch order {
            case .name: return names.territoriesByName
            case .memberState:
                let codes = Array(Set(territories.map(\.country.rawValue))).sorted()
                let place = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
                return grouped(territories.map { place[$0.country.rawValue]! })
            case .collaborations: return grouped(collaborationCounts.map { -Int($0) })
            case .id: return by { territories[$0].id }
            case .kind(let rank): return grouped(territories.map { rank[$0.kind] ?? rank.count })
            // Territories without a NUTS code after those with one.
            case .nuts: return by { territories[$0].nuts ?? "\u{10FFFF}" }
            case .localName(let language):
                return by { Collation.key(territories[$0].name(in: language) ?? territories[$0].name, language: language) }
            }
        }
    }

    /// Territory indices by an integer key per territory, ties in name order. The first sort by a column
    /// happens on a keystroke: a key of few values (kind, member state, a count) is one pass that deals
    /// the territories, already in name order, into a bucket per value, instead of a sort of a hundred
    /// thousand by comparing keys and then names.
    private func grouped(_ keys: [Int]) -> [Int32] {
        guard let low = keys.min(), let high = keys.max() else { return [] }
        let byName = names.territoriesByName
        guard high - low < 1 << 20 else {
            let rank = names.territoryNameRank
            return byName.sorted { a, b in keys[Int(a)] != keys[Int(b)] ? keys[Int(a)] < keys[Int(b)] : rank[Int(a)] < rank[Int(b)] }
        }
        // Where each key's bucket starts.
        var next = [Int](repeating: 0, count: high - low + 2)
        for key in keys { next[key - low + 1] += 1 }
        for index in 1..<next.count { next[index] += next[index - 1] }
        var result = [Int32](repeating: 0, count: keys.count)
        for territory in byName {
            let bucket = keys[Int(territory)] - low
            result[next[bucket]] = territory
            next[bucket] += 1
        }
        return result
    }

    /// A section's initiatives in tree order: each parent before its children, siblings in `order`
    /// (reversed when `descending`); S3 thematic platforms first among the roots either way.
    func tree(_ section: InitiativeSection, order: InitiativeOrder = .name, descending: Bool = false) -> [TreeEntry] {
        cache.tree(.init(section: section, order: order, descending: descending)) {
            let precedes = siblingOrder(order, descending: descending)
            let inSection = initiatives.indices.filter { isListed($0, in: section) }
            let roots = inSection.filter { index in
                guard let parent = initiatives[index].parent.flatMap({ initiativeIndex($0) }) else { return true }
                return !isListed(parent, in: section)
            }.sorted { a, b in
                // The S3 thematic platforms first, then the pilot actions that formed partnerships.
                let platformA = initiatives[a].kind == .thematicPlatform, platformB = initiatives[b].kind == .thematicPlatform
                return platformA != platformB ? platformA : precedes(a, b)
            }
            // Depth first with a stack of its own: a hostile file may nest initiatives thousands deep.
            var result: [TreeEntry] = []
            var visited = [Bool](repeating: false, count: initiatives.count)
            var stack = roots.reversed().map { TreeEntry(initiative: $0, depth: 0) }
            while let entry = stack.popLast() {
                guard !visited[entry.initiative] else { continue }
                visited[entry.initiative] = true
                result.append(entry)
                let children = children(ofInitiative: entry.initiative).filter { isListed($0, in: section) }.sorted(by: precedes)
                stack += children.reversed().map { TreeEntry(initiative: $0, depth: entry.depth + 1) }
            }
            return result
        }
    }

    /// Whether initiative `a` comes before `b` among siblings, ties by name.
    private func siblingOrder(_ order: InitiativeOrder, descending: Bool) -> (Int, Int) -> Bool {
        let rank = names.initiativeNameRank
        func by<Key: Comparable>(_ key: @escaping (Int) -> Key) -> (Int, Int) -> Bool {
            { a, b in
                let ka = key(a), kb = key(b)
                if ka != kb { return descending ? ka > kb : ka < kb }
                return descending ? rank[a] > rank[b] : rank[a] < rank[b]
            }
        }
        switch order {
        case .name: return by { _ in 0 }
        case .id: return by { self.initiatives[$0].id }
        case .kind(let rank): return by { rank[self.initiatives[$0].kind] ?? Int.max }
        case .members: return by { -Int(self.initiativeMemberCounts[$0]) }
        // Undated ones after the dated ones.
        case .started: return by { self.initiatives[$0].started ?? "9999" }
        case .leads: return by { self.leads(ofInitiative: $0).map { Int(self.names.territoryNameRank[$0]) }.min() ?? Int.max }
        }
    }
}
