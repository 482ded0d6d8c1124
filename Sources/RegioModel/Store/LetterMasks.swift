extension SearchIndex {
    /// Per territory, over all its names, the letters (`byteClass` bits) that a name is, begins with,
    /// has at the start of a later word, or holds: a one-letter query ranks a territory from these four
    /// numbers, where reading every name's bytes cost a few milliseconds per letter.
    struct LetterMasks: Sendable {
        var whole: [UInt32], begins: [UInt32], beginsWord: [UInt32], holds: [UInt32]
        private static let exact = UInt8(MatchRank.exact.rawValue), prefix = UInt8(MatchRank.prefix.rawValue)
        private static let wordPrefix = UInt8(MatchRank.wordPrefix.rawValue), substring = UInt8(MatchRank.substring.rawValue)

        /// Each territory's best rank for the letter of `bit`, as the names would give it: a name that is
        /// the letter is exact, one that begins with it a prefix, then a word begun by it, then anywhere.
        func ranks(_ bit: UInt32) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: holds.count) { ranks, initialized in
                for territory in holds.indices {
                    ranks[territory] = whole[territory] & bit != 0 ? Self.exact : begins[territory] & bit != 0 ? Self.prefix
                        : beginsWord[territory] & bit != 0 ? Self.wordPrefix : holds[territory] & bit != 0 ? Self.substring : .max
                }
                initialized = holds.count
            }
        }
    }
}
