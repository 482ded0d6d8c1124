import RegioModel

/// `regio stats --quality`: the data-quality report as text or JSON.
enum QualityOutput {
    static func text(_ report: QualityReport, origin: String) -> String {
        var lines = ["Data quality: \(origin)", ""]
        let total = report.statedMemberships + report.inferredMemberships
        lines.append("Memberships stated versus inferred: \(report.statedMemberships) stated, "
                     + "\(report.inferredMemberships) inferred of \(total)")
        lines.append("  stated  inferred  initiative (direct members)")
        for row in report.confidences {
            lines.append(String(row.stated).leftPadded(8) + String(row.inferred).leftPadded(10) + "  \(row.initiative)  \(row.name)")
        }
        lines.append("")
        lines.append("Sources                     records  one source  no source  citing a seed  seed citations")
        for row in report.sourcing {
            lines.append("  " + row.kind.padding(24) + String(row.records).leftPadded(9) + String(row.singleSource).leftPadded(12)
                         + String(row.noSource).leftPadded(11) + String(row.citingSeeds).leftPadded(15)
                         + String(row.seedCitations).leftPadded(16))
        }
        let seedCitations = report.sourcing.reduce(0) { $0 + $1.seedCitations }
        lines.append("  \(seedCitations) citations of \(report.distinctSeeds) seed\(report.distinctSeeds == 1 ? "" : "s") "
                     + "(the original press material, no URL) instead of a URL")
        lines.append("")
        lines.append("Conflicts between sources (\(report.conflicts.count))")
        for conflict in report.conflicts { lines.append("  \(conflict.kind) \(conflict.record): \(conflict.text)") }
        lines.append("")
        lines.append("Announced versus listed: gaps (\(report.gaps.count))")
        for gap in report.gaps {
            let listed = gap.listed.map { "\($0) listed" } ?? "not derivable from the list"
            lines.append("  " + "\(gap.initiative) \(gap.key.replacingOccurrences(of: "_", with: " "))".padding(44)
                         + "\(gap.announced) announced".padding(16) + listed)
        }
        return lines.map(\.displaySafe).joined(separator: "\n") + "\n"
    }

    static func json(_ report: QualityReport, origin: String) -> JSONOutput {
        .object([
            ("data", .string(origin)),
            ("memberships_stated", .int(report.statedMemberships)),
            ("memberships_inferred", .int(report.inferredMemberships)),
            ("by_initiative", .array(report.confidences.map { row in
                .object([("initiative", .string(row.initiative)), ("stated", .int(row.stated)), ("inferred", .int(row.inferred))])
            })),
            ("sources", .array(report.sourcing.map { row in
                .object([("records", .string(row.kind)), ("count", .int(row.records)), ("single_source", .int(row.singleSource)),
                         ("no_source", .int(row.noSource)), ("citing_seeds", .int(row.citingSeeds)),
                         ("seed_citations", .int(row.seedCitations))])
            })),
            ("distinct_seeds", .int(report.distinctSeeds)),
            ("conflicts", .array(report.conflicts.map { conflict in
                .object([("kind", .string(conflict.kind)), ("record", .string(conflict.record)), ("text", .string(conflict.text))])
            })),
            ("gaps", .array(report.gaps.map { gap in
                .object([("initiative", .string(gap.initiative)), ("key", .string(gap.key)), ("announced", .int(gap.announced)),
                         ("listed", gap.listed.map { .int($0) } ?? .null)])
            })),
        ])
    }
}
