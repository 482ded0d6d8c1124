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
            case .memberState: return by { territories[$0].country.rawValue }
            case .collaborations: return by { -Int(collaborationCounts[$0]) }
            case .id: return by { territories[$0].id }
            case .kind(let rank): return by { rank[territories[$0].kind] ?? Int.max }
            // Territories without a NUTS code after those with one.
            case .nuts: return by { territories[$0].nuts ?? "\u{10FFFF}" }
            case .localName(let language):
                return by { Collation.key(territories[$0].name(in: language) ?? territories[$0].name, language: language) }
            }
        }
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
