extension Store {
    /// The territories and initiatives that have `name` as one of their names, in any language, ignoring
    /// case, accents and punctuation between words (see `TextFolding`): what `regio show` opens when it is
    /// given a name instead of an id. Each entity once, with the name that matched, in name order.
    public func entities(named name: String) -> [SearchHit] {
        (searchTerritories(name) + searchInitiatives(name)).filter { $0.rank == .exact }
    }
}
