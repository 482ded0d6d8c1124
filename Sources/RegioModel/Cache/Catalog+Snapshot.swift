/// A validated catalog as a cache entry's payload, and back. Everything a load gives is kept, warnings
/// included, so a catalog read from the cache is the catalog the files give.
extension Catalog {
    func write(to writer: inout SnapshotWriter) {
        writer.number(territories.count)
        for territory in territories { territory.write(to: &writer) }
        writer.number(initiatives.count)
        for initiative in initiatives { initiative.write(to: &writer) }
        memberships.write(to: &writer)
        writer.number(warnings.count)
        for warning in warnings { warning.write(to: &writer) }
        writer.bool(resolved != nil)
        if let resolved {
            writer.int32s(resolved.territory)
            writer.int32s(resolved.initiative)
        }
        writer.bool(indexes != nil)
        indexes?.write(to: &writer)
    }

    init(from reader: inout SnapshotReader, origin: DataOrigin) throws(SnapshotError) {
        var territories: [Territory] = []
        let territoryCount = try reader.count(itemSize: 8)
        territories.reserveCapacity(territoryCount)
        for _ in 0..<territoryCount { territories.append(try Territory(from: &reader)) }
        var initiatives: [Initiative] = []
        let initiativeCount = try reader.count(itemSize: 8)
        initiatives.reserveCapacity(initiativeCount)
        for _ in 0..<initiativeCount { initiatives.append(try Initiative(from: &reader)) }
        let memberships = try MembershipTable(from: &reader)
        var warnings: [DataProblem] = []
        for _ in 0..<(try reader.count(itemSize: 4)) { warnings.append(try DataProblem(from: &reader)) }
        var resolved: ResolvedMemberships?
        if try reader.bool() {
            let territory = try reader.handles(below: territories.count, allowing: -1)
            let initiative = try reader.handles(below: initiatives.count, allowing: -1)
            guard territory.count == memberships.count, initiative.count == memberships.count else {
                throw SnapshotError(message: "the resolved memberships differ in length from the table")
            }
            resolved = ResolvedMemberships(territory: territory, initiative: initiative)
        }
        self.init(territories: territories, initiatives: initiatives, memberships: memberships, origin: origin,
                  warnings: warnings, resolved: resolved, names: nil)
        if try reader.bool() { indexes = try StoreIndexes(from: &reader, of: self) }
        guard reader.isAtEnd else { throw SnapshotError(message: "bytes follow the catalog") }
    }
}

extension Territory {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.choice(kind)
        writer.string(name)
        writer.number(names.count)
        for entry in names {
            writer.choice(entry.language)
            writer.string(entry.text)
        }
        writer.string(country.rawValue)
        writer.optionalString(nuts)
        writer.optionalString(nutsNote)
        writer.strings(sources)
        writer.choice(confidence)
        writer.optionalString(note)
        writer.optionalString(conflict)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let id = try reader.string()
        let kind: TerritoryKind = try reader.choice()
        let name = try reader.string()
        var names: [LocalizedName] = []
        for _ in 0..<(try reader.count(itemSize: 2)) { names.append(LocalizedName(try reader.choice(), try reader.string())) }
        self.init(id: id, kind: kind, name: name, names: names, country: CountryCode(try reader.string()),
                  nuts: try reader.optionalString(), nutsNote: try reader.optionalString(), sources: try reader.strings(),
                  confidence: try reader.choice(), note: try reader.optionalString(), conflict: try reader.optionalString())
    }
}

extension Initiative {
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.choice(kind)
        writer.string(name)
        writer.string(description)
        writer.optionalString(parent)
        writer.optionalString(started)
        writer.strings(sources)
        writer.number(counts.count)
        for count in counts {
            writer.string(count.key)
            // Announced counts are never negative (the loader checks), but the format must not trap.
            writer.number(max(0, count.value))
        }
        writer.strings(countsSources)
        writer.optionalString(sameAs)
        writer.optionalString(related)
        writer.optionalString(leadRegionsNote)
        writer.optionalString(conflict)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let id = try reader.string()
        let kind: InitiativeKind = try reader.choice()
        let name = try reader.string()
        let description = try reader.string()
        let parent = try reader.optionalString()
        let started = try reader.optionalString()
        let sources = try reader.strings()
        var counts: [AnnouncedCount] = []
        for _ in 0..<(try reader.count(itemSize: 2)) { counts.append(AnnouncedCount(key: try reader.string(), value: try reader.number())) }
        self.init(id: id, kind: kind, name: name, description: description, parent: parent, started: started,
                  sources: sources, counts: counts, countsSources: try reader.strings(), sameAs: try reader.optionalString(),
                  related: try reader.optionalString(), leadRegionsNote: try reader.optionalString(),
                  conflict: try reader.optionalString())
    }
}

extension DataProblem {
    func write(to writer: inout SnapshotWriter) {
        writer.choice(severity)
        writer.choice(kind)
        writer.string(file)
        writer.bool(position != nil)
        if let position {
            writer.number(max(0, position.line))
            writer.number(max(0, position.column))
        }
        writer.bool(recordIndex != nil)
        if let recordIndex { writer.number(max(0, recordIndex)) }
        writer.optionalString(recordID)
        writer.optionalString(field)
        writer.string(message)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let severity: Severity = try reader.choice()
        let kind: Kind = try reader.choice()
        let file = try reader.string()
        let position = try reader.bool() ? SourcePosition(line: try reader.number(), column: try reader.number()) : nil
        let recordIndex = try reader.bool() ? try reader.number() : nil
        self.init(severity, kind, file: file, position: position, recordIndex: recordIndex,
                  recordID: try reader.optionalString(), field: try reader.optionalString(), message: try reader.string())
    }
}
