/// The memberships of a catalog or store, kept as columns of small handles: about 18 bytes a membership
/// (and its sources' numbers: see `SourceListPool`) instead of an 80-byte record with its own strings. Reading one (`table[i]`) gives the same `Membership`
/// that was added; the territory, initiative, source list and note behind each handle are stored once.
public struct MembershipTable: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    // Internal rather than private for the cache's encoding (`MembershipTable+Snapshot`).
    var territoryHandles: [Int32] = []
    var initiativeHandles: [Int32] = []
    var sourceHandles: [Int32] = []
    /// 0 when the membership has neither note nor conflict (the pool's first entry).
    var annotationHandles: [Int32] = []
    /// Each membership's role and confidence, in record order.
    var roles: [Role] = []
    var confidences: [Confidence] = []

    var territoryIDs = InternPool<String>()
    var initiativeIDs = InternPool<String>()
    var sourceLists = SourceListPool()
    var annotations = InternPool<Annotation>()

    struct Annotation: Hashable, Sendable {
        var note: String?
        var conflict: String?
    }

    public init() { _ = annotations.handle(for: Annotation()) }

    public init(_ memberships: some Sequence<Membership>) {
        self.init()
        for membership in memberships { append(membership) }
    }

    public init(arrayLiteral memberships: Membership...) { self.init(memberships) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { roles.count }

    public subscript(position: Int) -> Membership {
        let annotation = annotations[annotationHandles[position]]
        return Membership(territory: territoryIDs[territoryHandles[position]],
                          initiative: initiativeIDs[initiativeHandles[position]], role: roles[position],
                          sources: sourceLists[sourceHandles[position]], confidence: confidences[position],
                          note: annotation.note, conflict: annotation.conflict)
    }

    /// What a page listing hundreds of memberships reads of each, without making the whole record (its
    /// ids and sources as strings). Equal `sourceList` numbers mean the same sources: a list is stored once.
    public func confidence(at position: Int) -> Confidence { confidences[position] }
    public func conflict(at position: Int) -> String? { annotations[annotationHandles[position]].conflict }
    public func sourceList(at position: Int) -> Int { Int(sourceHandles[position]) }
    public func sources(at position: Int) -> [String] { sourceLists[sourceHandles[position]] }

    /// The territory id of one membership, without making the whole record.
    func territoryID(at position: Int) -> String { territoryIDs[territoryHandles[position]] }
    func initiativeID(at position: Int) -> String { initiativeIDs[initiativeHandles[position]] }

    public mutating func reserveCapacity(_ count: Int) {
        territoryHandles.reserveCapacity(count); initiativeHandles.reserveCapacity(count)
        sourceHandles.reserveCapacity(count); annotationHandles.reserveCapacity(count)
        roles.reserveCapacity(count); confidences.reserveCapacity(count)
    }

    public mutating func append(_ membership: Membership) {
        territoryHandles.append(territoryIDs.handle(for: membership.territory))
        initiativeHandles.append(initiativeIDs.handle(for: membership.initiative))
        sourceHandles.append(sourceLists.handle(for: membership.sources))
        appendRest(role: membership.role, confidence: membership.confidence, note: membership.note, conflict: membership.conflict)
    }

    /// Appends a membership by the handles of its ids in `territoryIDs` and `initiativeIDs` and with sources that
    /// are items of this table's source pool (see `sourceStem`): the loader's way, which makes neither
    /// the ids' nor the sources' strings again for every record.
    mutating func append(territoryHandle: Int32, initiativeHandle: Int32, role: Role, sourceItems: [SourceItem],
                         confidence: Confidence, note: String?, conflict: String?) {
        territoryHandles.append(territoryHandle)
        initiativeHandles.append(initiativeHandle)
        sourceHandles.append(sourceLists.handle(for: sourceItems))
        appendRest(role: role, confidence: confidence, note: note, conflict: conflict)
    }

    private mutating func appendRest(role: Role, confidence: Confidence, note: String?, conflict: String?) {
        let hasAnnotation = note != nil || conflict != nil
        annotationHandles.append(hasAnnotation ? annotations.handle(for: Annotation(note: note, conflict: conflict)) : 0)
        roles.append(role)
        confidences.append(confidence)
    }

    /// The handle of a source stem (see `SourceListPool`) for `append(…sourceItems:…)`; nil when the bytes
    /// are not UTF-8.
    mutating func sourceStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? { sourceLists.stem(bytes) }

    /// Appends every membership of `other`: its distinct values are looked up once each, not per record,
    /// and those of the smaller table only (a large import joined after the bundled data costs the
    /// bundled values' lookups and a copy of the import's handles).
    public mutating func append(contentsOf other: MembershipTable) {
        guard other.count <= count else {
            var joined = other
            joined.prepend(self)
            self = joined
            return
        }
        reserveCapacity(count + other.count)
        let territoryMap = territoryIDs.absorb(other.territoryIDs)
        let initiativeMap = initiativeIDs.absorb(other.initiativeIDs)
        let sourceMap = sourceLists.absorb(other.sourceLists)
        let annotationMap = annotations.absorb(other.annotations)
        territoryHandles += other.territoryHandles.lazy.map { territoryMap[Int($0)] }
        initiativeHandles += other.initiativeHandles.lazy.map { initiativeMap[Int($0)] }
        sourceHandles += other.sourceHandles.lazy.map { sourceMap[Int($0)] }
        annotationHandles += other.annotationHandles.lazy.map { annotationMap[Int($0)] }
        roles += other.roles
        confidences += other.confidences
    }

    /// Puts every membership of `other` before this table's.
    private mutating func prepend(_ other: MembershipTable) {
        let territoryMap = territoryIDs.absorb(other.territoryIDs)
        let initiativeMap = initiativeIDs.absorb(other.initiativeIDs)
        let sourceMap = sourceLists.absorb(other.sourceLists)
        let annotationMap = annotations.absorb(other.annotations)
        territoryHandles = other.territoryHandles.map { territoryMap[Int($0)] } + territoryHandles
        initiativeHandles = other.initiativeHandles.map { initiativeMap[Int($0)] } + initiativeHandles
        sourceHandles = other.sourceHandles.map { sourceMap[Int($0)] } + sourceHandles
        annotationHandles = other.annotationHandles.map { annotationMap[Int($0)] } + annotationHandles
        roles = other.roles + roles
        confidences = other.confidences + confidences
    }

    /// The same memberships with territory and initiative ids renamed (each distinct id once); a nil
    /// `initiative` keeps the initiative ids as they are.
    func renamingIDs(territory: (String) -> String, initiative: ((String) -> String)?) -> MembershipTable {
        var renamed = self
        renamed.territoryIDs = InternPool()
        let territoryMap = territoryIDs.values.map { renamed.territoryIDs.handle(for: territory($0)) }
        renamed.territoryHandles = territoryHandles.map { territoryMap[Int($0)] }
        if let initiative {
            renamed.initiativeIDs = InternPool()
            let initiativeMap = initiativeIDs.values.map { renamed.initiativeIDs.handle(for: initiative($0)) }
            renamed.initiativeHandles = initiativeHandles.map { initiativeMap[Int($0)] }
        }
        return renamed
    }

    /// Each membership's territory and initiative as record numbers (-1 for an unknown id), looking every
    /// distinct id up once.
    func resolve(territories: [String: Int]?, initiatives: [String: Int]?) -> (territory: [Int32], initiative: [Int32]) {
        let territoryIndex = territoryIDs.values.map { id in territories?[id].map(Int32.init) ?? -1 }
        let initiativeIndex = initiativeIDs.values.map { id in initiatives?[id].map(Int32.init) ?? -1 }
        return (territoryHandles.map { territoryIndex[Int($0)] }, initiativeHandles.map { initiativeIndex[Int($0)] })
    }

    public static func == (a: MembershipTable, b: MembershipTable) -> Bool { a.elementsEqual(b) }
}
