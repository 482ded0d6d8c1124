import Foundation

/// Each membership's territory and initiative as record numbers, found while checking the references, so
/// that the store does not look a million ids up a second time. Only meaningful for a catalog without
/// errors, where record numbers in the files and places in the record arrays are the same.
struct ResolvedMemberships: Sendable {
    var territory: [Int32]
    var initiative: [Int32]
    /// Every id and its record number, as the validator collected them.
    var territoryIDs: [String: Int] = [:]
    var initiativeIDs: [String: Int] = [:]
    /// The resolved memberships grouped by territory, as the duplicate check made them: the store's own
    /// index of them, which it then need not make again.
    var byTerritory: Adjacency?
}

extension CatalogValidator {
    /// Checks what points from one record to another: parents and other initiative links, parent cycles,
    /// memberships naming unknown ids, and repeated memberships.
    mutating func checkReferences(territories: ParsedFile<Territory>?, initiatives: ParsedFile<Initiative>?,
                                  memberships: ParsedMemberships?) -> ResolvedMemberships? {
        if let initiatives {
            for (offset, initiative) in initiatives.records.enumerated() {
                for (field, target) in [("parent", initiative.parent), ("same_as", initiative.sameAs),
                                        ("related", initiative.related)] {
                    guard let target, initiatives.ids[target] == nil else { continue }
                    problems.append(unknownReference(file: CatalogLoader.initiativesFile, index: initiatives.indices[offset],
                                                     id: "id \"\(initiative.id)\"", position: initiatives.positions[offset],
                                                     field: field, target: target, what: "initiative",
                                                     candidates: initiatives.ids.keys))
                }
            }
            checkParentCycles(initiatives)
        }
        guard let memberships else { return nil }
        let (territory, initiative) = memberships.records.resolve(territories: territories?.ids, initiatives: initiatives?.ids)
        var resolved = ResolvedMemberships(territory: territory, initiative: initiative)
        resolved.territoryIDs = territories?.ids ?? [:]
        resolved.initiativeIDs = initiatives?.ids ?? [:]
        // By number, so that only an unresolved membership is made into a record.
        for offset in memberships.records.indices where resolved.territory[offset] < 0 || resolved.initiative[offset] < 0 {
            let membership = memberships.records[offset]
            let recordID = "\(membership.territory) in \(membership.initiative)"
            if let territories, resolved.territory[offset] < 0 {
                problems.append(unknownReference(file: CatalogLoader.membershipsFile, index: Int(memberships.indices[offset]),
                                                 id: recordID, position: memberships.positions[offset], field: "territory",
                                                 target: membership.territory, what: "territory",
                                                 candidates: territories.ids.keys))
            }
            if let initiatives, resolved.initiative[offset] < 0 {
                problems.append(unknownReference(file: CatalogLoader.membershipsFile, index: Int(memberships.indices[offset]),
                                                 id: recordID, position: memberships.positions[offset], field: "initiative",
                                                 target: membership.initiative, what: "initiative",
                                                 candidates: initiatives.ids.keys))
            }
        }
        if let territories, let initiatives {
            resolved.byTerritory = checkDuplicates(memberships, resolved, territorySlots: Self.slots(territories.ids),
                                                   initiativeSlots: Self.slots(initiatives.ids))
        }
        return resolved
    }

    /// One more than the largest record number with an id.
    private static func slots(_ ids: [String: Int]) -> Int { (ids.values.max() ?? -1) + 1 }

    /// Warns about a territory, initiative and role that appear more than once. Memberships are grouped by
    /// territory and, within a territory, an (initiative, role) slot remembers which territory last used it:
    /// linear time and no hashing, which matters at a million records. Returns the memberships grouped by
    /// territory.
    private mutating func checkDuplicates(_ memberships: ParsedMemberships, _ resolved: ResolvedMemberships,
                                          territorySlots: Int, initiativeSlots: Int) -> Adjacency {
        let byTerritory = Adjacency(sourceCount: territorySlots, sourceOf: resolved.territory) { resolved.initiative[$0] >= 0 }
        let roles = Role.allCases
        let roleCount = roles.count
        let recordRoles = memberships.records.roles
        var lastTerritory = [Int32](repeating: -1, count: initiativeSlots * roleCount)
        var firstOffset = [Int32](repeating: 0, count: initiativeSlots * roleCount)
        var duplicates: [Int] = []
        for territory in 0..<territorySlots {
            for offset in byTerritory[territory] {
                let membership = Int(offset)
                let role = roles.firstIndex(of: recordRoles[membership])!
                let slot = Int(resolved.initiative[membership]) * roleCount + role
                if lastTerritory[slot] == Int32(territory) {
                    duplicates.append(membership << 32 | Int(firstOffset[slot]))
                } else {
                    lastTerritory[slot] = Int32(territory)
                    firstOffset[slot] = offset
                }
            }
        }
        // Reported in file order, as a reader of the file would meet them.
        for packed in duplicates.sorted() {
            let offset = packed >> 32, first = packed & 0xFFFF_FFFF
            let membership = memberships.records[offset]
            problems.append(DataProblem(.warning, .duplicateMembership, file: CatalogLoader.membershipsFile,
                                        position: memberships.positions[offset],
                                        recordIndex: Int(memberships.indices[offset]),
                                        recordID: "\(membership.territory) in \(membership.initiative)",
                                        message: "the same territory, initiative and role as record \(memberships.indices[first])"))
        }
        return byTerritory
    }

    private mutating func unknownReference(file: String, index: Int, id: String, position: SourcePosition,
                                           field: String, target: String, what: String,
                                           candidates: Dictionary<String, Int>.Keys) -> DataProblem {
        var message = "no \(what) has id \"\(target)\""
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            if let suggestion = Suggest.closest(to: target, among: candidates) {
                message += "; did you mean \"\(suggestion)\"?"
            }
        }
        return DataProblem(.unknownReference, file: file, position: position, recordIndex: index, recordID: id,
                           field: field, message: message)
    }

    /// Reports each loop in the parent chains once, naming every initiative on it. Chains are followed
    /// by record number, so that sixty thousand imported projects cost two lookups each, not a dozen.
    private mutating func checkParentCycles(_ initiatives: ParsedFile<Initiative>) {
        let records = initiatives.records
        var offsetOf: [String: Int] = [:]
        offsetOf.reserveCapacity(records.count)
        for (offset, initiative) in records.enumerated() { offsetOf[initiative.id] = offset }
        let parent = records.map { $0.parent.flatMap { offsetOf[$0] } ?? -1 }
        // -1: not reached yet; -2: finished; otherwise the place on the chain being followed.
        var placeOnPath = [Int](repeating: -1, count: records.count)
        var path: [Int] = []
        for start in records.indices where placeOnPath[start] == -1 {
            path.removeAll(keepingCapacity: true)
            var current = start
            while current >= 0, placeOnPath[current] != -2 {
                if placeOnPath[current] >= 0 {
                    reportCycle(path[placeOnPath[current]...].map { records[$0].id }, offsetOf, initiatives)
                    break
                }
                placeOnPath[current] = path.count
                path.append(current)
                current = parent[current]
            }
            for offset in path { placeOnPath[offset] = -2 }
        }
    }

    private mutating func reportCycle(_ cycle: [String], _ offsetOf: [String: Int], _ initiatives: ParsedFile<Initiative>) {
        let first = cycle.min()!
        let rotation = cycle.firstIndex(of: first)!
        let loop = Array(cycle[rotation...] + cycle[..<rotation])
        let offset = offsetOf[first]!
        problems.append(DataProblem(.parentCycle, file: CatalogLoader.initiativesFile,
                                    position: initiatives.positions[offset],
                                    recordIndex: initiatives.indices[offset], recordID: "id \"\(first)\"",
                                    field: "parent",
                                    message: "parent cycle: " + (loop + [loop[0]]).joined(separator: " → ")
                                        + "; expected the parents to end at an initiative without one"))
    }
}
