extension MembershipTable {
    /// The table as it is held: its pools of distinct values, then one column of handles per field.
    func write(to writer: inout SnapshotWriter) {
        writer.strings(territoryIDs.values)
        writer.strings(initiativeIDs.values)
        writer.number(sourceLists.lists.count)
        for list in sourceLists.lists { writer.strings(list) }
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
        for id in try reader.strings() { _ = territoryIDs.handle(for: id) }
        for id in try reader.strings() { _ = initiativeIDs.handle(for: id) }
        let listCount = try reader.count()
        sourceLists = SourceListPool()
        for _ in 0..<listCount { _ = sourceLists.handle(for: try reader.strings()) }
        let annotationCount = try reader.count()
        annotations = InternPool()
        for _ in 0..<annotationCount {
            _ = annotations.handle(for: Annotation(note: try reader.optionalString(), conflict: try reader.optionalString()))
        }
        // Pools keep distinct values only: two equal entries would shift every handle after them.
        guard sourceLists.lists.count == listCount, annotations.count == annotationCount else {
            throw SnapshotError(message: "a pool of distinct values repeats a value")
        }
        territoryHandles = try reader.handles(below: territoryIDs.count)
        initiativeHandles = try reader.handles(below: initiativeIDs.count)
        sourceHandles = try reader.handles(below: sourceLists.lists.count)
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
