/// Listed participants per member state: every EU member state (zero included) and every other country
/// present in the data, most first.
public struct MemberStateCount: Equatable, Sendable {
    public var country: Country
    public var participants: Int
}

extension Store {
    public func memberStateCounts() -> [MemberStateCount] {
        let present = Set(countriesPresent)
        return Countries.all
            .filter { $0.isEUMember || present.contains($0.code) }
            .map { MemberStateCount(country: $0, participants: territoryCount(in: $0.code)) }
            .sorted { $0.participants != $1.participants ? $0.participants > $1.participants : $0.country.code < $1.country.code }
    }
}

/// Horizontal bars as text: readable without colour, in a terminal or a pipe.
public enum BarChart {
    /// One line per entry: label, a bar of █ (with ▏▎▍▌▋▊▉ eighths) scaled to `width`, and the number.
    public static func lines(_ entries: [(label: String, value: Int)], width: Int) -> [String] {
        let maximum = max(1, entries.map(\.value).max() ?? 1)
        let labelWidth = entries.map { $0.label.count }.max() ?? 0
        let numberWidth = String(maximum).count
        let barWidth = max(4, width - labelWidth - numberWidth - 3)
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return entries.map { entry in
            let units = entry.value * barWidth * 8 / maximum
            var bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
            if entry.value > 0 && bar.isEmpty { bar = "▏" }
            let label = entry.label + String(repeating: " ", count: labelWidth - entry.label.count)
            let number = String(repeating: " ", count: numberWidth - String(entry.value).count) + String(entry.value)
            return label + " " + number + " " + bar
        }
    }
}
