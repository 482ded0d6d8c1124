extension Store {
    /// What the licences of imported open data ask users to be told, once per source: CORDIS data
    /// (CC BY 4.0) when the store holds projects imported from it.
    public var attributions: [String] {
        let imported = initiatives.contains { $0.sources.contains(CordisFolderWriter.attribution) }
        return imported ? [CordisFolderWriter.attribution] : []
    }
}
