extension MembershipTable {
    /// The table as it is held: its pools of distinct values, then one column of handles per field.
    func write(to writer: inout SnapshotWriter) {
        writer.strings(territoryIDs.values)
        writer.strings(initiativeIDs.values)
        sourceLists.write(to: &writer)
        writer.number(annotations.count)
        for annotation in annotations.values {
            writer.optionalString(annotation.note)
            writer.optionalString(annotation.conflict)
        }
        for column in [territoryHandles, initiativeHandles, sourceHandles, annotationHandles] { writer.int32s(column) }
        writer.number(roles.count)
        for (role, confidence) in zip(roles, confidences) {
            writer.choice(role)
            writer.choice(confidence)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init()
        // The pools are taken as written, not looked up value by value: a handle names the value at its
        // place, and the pools' lookups are made only if this table is ever appended to.
        territoryIDs = InternPool(values: try reader.strings())
        initiativeIDs = InternPool(values: try reader.strings())
        sourceLists = try SourceListPool(from: &reader)
        let annotationCount = try reader.count(itemSize: 2)
        var annotationValues: [Annotation] = []
        annotationValues.reserveCapacity(annotationCount)
        for _ in 0..<annotationCount {
            annotationValues.append(Annotation(note: try reader.optionalString(), conflict: try reader.optionalString()))
        }
        annotations = InternPool(values: annotationValues)
        territoryHandles = try reader.handles(below: territoryIDs.count)
        initiativeHandles = try reader.handles(below: initiativeIDs.count)
        sourceHandles = try reader.handles(below: sourceLists.count)
        annotationHandles = try reader.handles(below: annotations.count)
        let count = try reader.count(itemSize: 2)
        guard [initiativeHandles, sourceHandles, annotationHandles].allSatisfy({ $0.count == territoryHandles.count }),
              count == territoryHandles.count else {
            throw SnapshotError(message: "the membership columns differ in length")
        }
        roles.reserveCapacity(count)
        confidences.reserveCapacity(count)
        for _ in 0..<count {
            roles.append(try reader.choice())
            confidences.append(try reader.choice())
        }
    }
}

extension SourceListPool {
    /// Stems, then each item's stem and number (+1, so that "no number" is 0), then the list ends.
    func write(to writer: inout SnapshotWriter) {
        let (stems, items, ends) = parts
        writer.strings(stems)
        writer.number(items.count)
        for item in items {
            writer.number(Int(item.stem))
            writer.number(Int(item.number) + 1)
        }
        writer.int32s(ends)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let stems = try reader.strings()
        let count = try reader.count(itemSize: 2)
        var items: [SourceItem] = []
        items.reserveCapacity(count)
        for _ in 0..<count {
            let stem = try reader.number(), number = try reader.number()
            guard stem < stems.count, number >= 1 || number == 0 else { throw SnapshotError(message: "a source names no stem") }
            items.append(SourceItem(stem: Int32(stem), number: Int64(number) - 1))
        }
        guard let pool = SourceListPool(stems: stems, items: items, ends: try reader.int32s()) else {
            throw SnapshotError(message: "the source lists do not fit together")
        }
        self = pool
    }
}
