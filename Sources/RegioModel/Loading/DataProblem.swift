/// One thing wrong (or worth a warning) in a data folder, precise enough to fix without guessing:
/// which file, where in it, which record and field, and what was expected.
public struct DataProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, CaseIterable { case error, warning, note }

    public enum Kind: String, Sendable, CaseIterable {
        case unreadableFile = "unreadable-file"
        case malformedJSON = "malformed-json"
        case wrongType = "wrong-type"
        case missingField = "missing-field"
        case emptyValue = "empty-value"
        case unknownValue = "unknown-value"
        case duplicateID = "duplicate-id"
        case unknownReference = "unknown-reference"
        case parentCycle = "parent-cycle"
        case unknownCountry = "unknown-country"
        case nutsMismatch = "nuts-mismatch"
        case badFormat = "bad-format"
        case unknownField = "unknown-field"
        case duplicateMembership = "duplicate-membership"
        case noSources = "no-sources"
        case nutsUnknown = "nuts-unknown"
        case nutsOutdated = "nuts-outdated"
        case nutsNotCovered = "nuts-not-covered"
    }

    public var severity: Severity
    public var kind: Kind
    /// The file name within the data folder, e.g. `territories.json`.
    public var file: String
    public var position: SourcePosition?
    public var recordIndex: Int?
    public var recordID: String?
    public var field: String?
    public var message: String

    public init(_ kind: Kind, file: String, position: SourcePosition? = nil, recordIndex: Int? = nil,
                recordID: String? = nil, field: String? = nil, message: String) {
        self.init(.error, kind, file: file, position: position, recordIndex: recordIndex, recordID: recordID,
                  field: field, message: message)
    }

    public init(_ severity: Severity, _ kind: Kind, file: String, position: SourcePosition? = nil,
                recordIndex: Int? = nil, recordID: String? = nil, field: String? = nil, message: String) {
        self.severity = severity; self.kind = kind; self.file = file; self.position = position
        self.recordIndex = recordIndex; self.recordID = recordID; self.field = field; self.message = message
    }

    /// `territories.json:12:5: error: record 3 (id "x"), field "kind": unknown kind "regoin"; expected …`
    public var description: String {
        var text = file
        if let position { text += ":\(position.line):\(position.column)" }
        text += ": \(severity.rawValue): "
        var subject: [String] = []
        if let recordIndex {
            subject.append("record \(recordIndex)" + (recordID.map { " (\($0))" } ?? ""))
        }
        if let field { subject.append("field \"\(field)\"") }
        if !subject.isEmpty { text += subject.joined(separator: ", ") + ": " }
        return text + message
    }
}

/// Thrown when a data folder has at least one error; carries every problem found, warnings included.
public struct DataLoadError: Error, Sendable, CustomStringConvertible {
    public var directory: String
    public var problems: [DataProblem]
    public var errors: [DataProblem] { problems.filter { $0.severity == .error } }
    public var description: String {
        let count = errors.count
        return "\(directory): \(count) problem\(count == 1 ? "" : "s") in the data"
    }
}
