/// "Did you mean …?" for ids, field names and commands.
public enum Suggest {
    /// The candidates closest to `input` by edit distance (case-insensitive), best first, at most `limit`,
    /// keeping only those close enough to be a plausible typo; candidates containing the input come first.
    public static func closest(to input: String, among candidates: some Sequence<String>, limit: Int) -> [String] {
        let needle = Array(input.lowercased().unicodeScalars)
        let lowered = input.lowercased()
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let lower = candidate.lowercased()
            let distance: Int
            if lower.contains(lowered) && !lowered.isEmpty {
                distance = 0
            } else {
                distance = editDistance(needle, Array(lower.unicodeScalars))
                guard distance <= max(2, needle.count / 3) else { continue }
            }
            scored.append((distance, candidate))
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return scored.prefix(limit).map(\.candidate)
    }

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
