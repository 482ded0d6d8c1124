/// "Did you mean …?" for ids, field names and commands.
public enum Suggest {
    /// The candidates closest to `input` by edit distance (case-insensitive), best first, at most `limit`,
    /// keeping only those close enough to be a plausible typo; candidates containing the input come first.
    public static func closest(to input: String, among candidates: some Sequence<String>, limit: Int) -> [String] {
        let lowered = input.lowercased()
        let needle = Array(lowered.unicodeScalars)
        // Nobody mistypes a name this long by a letter or two; and the edit distance would cost its length
        // times every candidate's (a hostile file's 100,000-letter id against 100,000 ids).
        guard needle.count <= maximumInput else { return [] }
        let allowed = max(2, needle.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let lower = candidate.lowercased()
            let distance: Int
            if lower.contains(lowered) && !lowered.isEmpty {
                distance = 0
            } else {
                let scalars = Array(lower.unicodeScalars)
                // The distance is at least the difference in length: no need to work it out.
                guard abs(scalars.count - needle.count) <= allowed else { continue }
                distance = editDistance(needle, scalars)
                guard distance <= allowed else { continue }
            }
            scored.append((distance, candidate))
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Inputs longer than this (in scalars) get no suggestion.
    static let maximumInput = 200

    public static func closest(to input: String, among candidates: some Sequence<String>) -> String? {
        closest(to: input, among: candidates, limit: 1).first
    }

    /// Levenshtein distance, two rows of memory.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
