import ArgumentParser
import RegioModel
import RegioVersion

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts per kind and per member state, and listed versus announced totals; --quality for the data-quality report.",
        discussion: """
            Examples:
              regio stats --format json | jq '.announced'
              regio stats --quality   (stated or inferred, seeds, conflicts, gaps)
            """
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: DocumentFormat = .text

    @Flag(help: "Print a bar chart of listed participants per member state.")
    var chart = false

    @Flag(help: "Print the data-quality report: stated versus inferred per initiative, facts with one source, seeds cited instead of URLs, conflicts, announced-versus-listed gaps.")
    var quality = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        if chart { return Output.write(chartText(store)) }
        if quality {
            let report = store.qualityReport()
            switch format {
            case .text: return Output.write(QualityOutput.text(report, origin: store.origin.label))
            case .json: return Output.write(QualityOutput.json(report, origin: store.origin.label).rendered())
            }
        }
        switch format {
        case .text: Output.write(text(store))
        case .json: Output.write(json(store).rendered())
        }
    }

    private func text(_ store: Store) -> String {
        var lines = ["regio \(RegioVersion.full)"]
        lines.append("Data: \(store.origin.label.displaySafe) — \(counted(store.territories.count, "territory", plural: "territories")), "
                     + "\(counted(store.initiatives.count, "initiative")), \(counted(store.memberships.count, "membership")) "
                     + "(\(store.inferredMembershipCount) inferred)")
        for attribution in store.attributions { lines.append(attribution) } // imported open data (issue 16)
        for initiative in store.initiativesWithAnnouncedCounts {
            lines.append("")
            lines.append("\(store.initiatives[initiative].name) [\(store.initiatives[initiative].id)]: listed versus announced")
            for comparison in store.listedVersusAnnounced(initiative: initiative) {
                // Numbers right-aligned so that they compare down the column.
                let listed = comparison.listed.map { String($0).leftPadded(5) + " listed" } ?? "  not derivable from the list"
                lines.append("  " + comparison.label.padding(28) + String(comparison.announced).leftPadded(5) + " announced" + listed)
            }
        }
        lines.append("")
        lines.append("Territories by kind")
        for entry in store.territoryCountsByKind() { lines.append("  " + entry.kind.label.padding(22) + String(entry.count).leftPadded(6)) }
        lines.append("")
        lines.append("Initiatives by kind")
        for entry in store.initiativeCountsByKind() { lines.append("  " + entry.kind.label.padding(22) + String(entry.count).leftPadded(6)) }
        lines.append("")
        lines.append("Memberships by role")
        for entry in store.membershipCountsByRole() { lines.append("  " + entry.role.label.padding(22) + String(entry.count).leftPadded(6)) }
        lines.append("")
        lines.append("By member state                 territories  memberships")
        for entry in store.countsByCountry() {
            let name = Countries.named(entry.country)?.english ?? ""
            lines.append("  " + "\(entry.country) \(name)".padding(30) + String(entry.territories).leftPadded(11)
                         + String(entry.memberships).leftPadded(13))
        }
        let missing = Countries.euMembers.filter { store.territoryCount(in: $0.code) == 0 }
        if !missing.isEmpty {
            lines.append("  EU member states with no listed participant: " + missing.map(\.code.rawValue).joined(separator: " "))
        }
        return lines.map(\.displaySafe).joined(separator: "\n") + "\n"
    }

    private func chartText(_ store: Store) -> String {
        let counts = store.memberStateCounts()
        let entries = counts.map { (label: "\($0.country.code.rawValue) \($0.country.english)", value: $0.participants) }
        var lines = ["Listed participants per member state (\(store.origin.label.displaySafe))", ""]
        lines += BarChart.lines(entries, width: min(100, Output.terminalWidth ?? 80))
        lines.append("")
        lines.append("Announced totals per member state are not in the data; see 'regio stats' for listed versus announced.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func json(_ store: Store) -> JSONOutput {
        .object([
            ("regio", .string(RegioVersion.full)),
            ("data", .string(store.origin.label)),
            ("territories", .int(store.territories.count)),
            ("initiatives", .int(store.initiatives.count)),
            ("memberships", .int(store.memberships.count)),
            ("inferred_memberships", .int(store.inferredMembershipCount)),
            ("attributions", .strings(store.attributions)),
            ("announced", .array(store.initiativesWithAnnouncedCounts.map { index in
                .object([
                    ("initiative", .string(store.initiatives[index].id)),
                    ("counts", .array(store.listedVersusAnnounced(initiative: index).map { comparison in
                        .object([("key", .string(comparison.key)), ("announced", .int(comparison.announced)),
                                 ("listed", comparison.listed.map { .int($0) } ?? .null)])
                    })),
                ])
            })),
            ("territories_by_kind", .object(store.territoryCountsByKind().map { ($0.kind.rawValue, .int($0.count)) })),
            ("initiatives_by_kind", .object(store.initiativeCountsByKind().map { ($0.kind.rawValue, .int($0.count)) })),
            ("memberships_by_role", .object(store.membershipCountsByRole().map { ($0.role.rawValue, .int($0.count)) })),
            ("by_country", .array(store.countsByCountry().map { entry in
                .object([("country", .string(entry.country.rawValue)), ("territories", .int(entry.territories)),
                         ("memberships", .int(entry.memberships))])
            })),
        ])
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
