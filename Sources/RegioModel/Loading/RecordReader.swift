/// Reads the fields of one JSON record, reporting every missing, mistyped or unknown field into a shared
/// problem list instead of stopping at the first. A field that fails comes back as nil.
struct RecordReader {
    let node: JSONNode
    let file: String
    let index: Int
    var recordID: String?
    private let members: [(key: String, value: JSONNode)]
    private var problems: [DataProblem] = []

    /// Nil when the element is not an object; the problem is then reported by the caller.
    init?(_ node: JSONNode, file: String, index: Int) {
        guard case .object(let members) = node.value else { return nil }
        self.node = node
        self.file = file
        self.index = index
        self.members = members
    }

    /// Problems found so far, with the record's id filled in once it is known.
    var foundProblems: [DataProblem] {
        problems.map { problem in
            var problem = problem
            if problem.recordID == nil { problem.recordID = recordID.map { "id \"\($0)\"" } }
            return problem
        }
    }

    mutating func report(_ kind: DataProblem.Kind, field: String?, at position: SourcePosition? = nil,
                         _ message: String, severity: DataProblem.Severity = .error) {
        problems.append(DataProblem(severity, kind, file: file, position: position ?? node.position,
                                    recordIndex: index, field: field, message: message))
    }

    /// Warns about fields the format does not define (usually a typo of one that it does) and repeated keys.
    mutating func checkFields(known: [String]) {
        // Records have a handful of fields: comparing pairs is cheaper than hashing into a set, until a
        // hostile record has thousands (64,000 fields took 10 s pairwise).
        var seen: Set<String>? = members.count > 32 ? [] : nil
        for (position, (key, value)) in members.enumerated() {
            let repeated = seen != nil ? !seen!.insert(key).inserted : members[..<position].contains { $0.key == key }
            if repeated {
                report(.unknownField, field: key, at: value.position, "the field appears twice; the first is used",
                       severity: .warning)
            } else if !known.contains(key) {
                let hint = Suggest.closest(to: key, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
                report(.unknownField, field: key, at: value.position,
                       "unknown field, ignored\(hint) (known fields: \(known.joined(separator: ", ")))",
                       severity: .warning)
            }
        }
    }

    private func member(_ key: String) -> JSONNode? { members.first(where: { $0.key == key })?.value }

    mutating func requiredString(_ key: String) -> String? {
        guard let value = member(key) else {
            report(.missingField, field: key, "missing; expected a string")
            return nil
        }
        guard case .string(let text) = value.value else {
            report(.wrongType, field: key, at: value.position, "expected a string, found \(value.value.typeName)")
            return nil
        }
        guard !Self.isBlank(text) else {
            report(.emptyValue, field: key, at: value.position, "is empty; expected some text")
            return nil
        }
        return text
    }

    /// A string, or nil when absent or null.
    mutating func optionalString(_ key: String) -> String? {
        guard let value = member(key) else { return nil }
        switch value.value {
        case .null: return nil
        case .string(let text): return text
        default:
            report(.wrongType, field: key, at: value.position, "expected a string or null, found \(value.value.typeName)")
            return nil
        }
    }

    /// The id of another record (a parent, `same_as`, `related`), or nil when absent or null. A blank id
    /// is reported as such: looked up, it would only give "no initiative has id \"\"".
    mutating func optionalReference(_ key: String) -> String? {
        guard let text = optionalString(key) else { return nil }
        guard !Self.isBlank(text) else {
            report(.emptyValue, field: key, at: member(key)?.position, "is empty; expected the id of an initiative, or null")
            return nil
        }
        return text
    }

    mutating func requiredEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E?
    where E.RawValue == String {
        guard let text = requiredString(key) else { return nil }
        guard let value = E(rawValue: text) else {
            report(.unknownValue, field: key, at: member(key)?.position,
                   "unknown \(key) \"\(text)\"; expected \(E.expectedList)")
            return nil
        }
        return value
    }

    mutating func stringArray(_ key: String, required: Bool) -> [String]? {
        guard let value = member(key) else {
            if required { report(.missingField, field: key, "missing; expected an array of strings") }
            return required ? nil : []
        }
        if case .null = value.value, !required { return [] }
        guard case .array(let elements) = value.value else {
            report(.wrongType, field: key, at: value.position, "expected an array of strings, found \(value.value.typeName)")
            return nil
        }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            guard case .string(let text) = element.value else {
                report(.wrongType, field: "\(key)[\(position)]", at: element.position,
                       "expected a string, found \(element.value.typeName)")
                return nil
            }
            strings.append(text)
        }
        return strings
    }

    /// An object whose values are all strings, e.g. `names`.
    mutating func stringMap(_ key: String) -> [(key: String, value: String, position: SourcePosition)] {
        guard let value = member(key) else { return [] }
        if case .null = value.value { return [] }
        guard case .object(let entries) = value.value else {
            report(.wrongType, field: key, at: value.position, "expected an object, found \(value.value.typeName)")
            return []
        }
        var result: [(key: String, value: String, position: SourcePosition)] = []
        for entry in entries {
            guard case .string(let text) = entry.value.value else {
                report(.wrongType, field: "\(key).\(entry.key)", at: entry.value.position,
                       "expected a string, found \(entry.value.value.typeName)")
                continue
            }
            result.append((entry.key, text, entry.value.position))
        }
        return result
    }

    /// An object whose values are all non-negative whole numbers, e.g. `counts`.
    mutating func countMap(_ key: String) -> [AnnouncedCount] {
        guard let value = member(key) else { return [] }
        if case .null = value.value { return [] }
        guard case .object(let entries) = value.value else {
            report(.wrongType, field: key, at: value.position, "expected an object of numbers, found \(value.value.typeName)")
            return []
        }
        var result: [AnnouncedCount] = []
        for entry in entries {
            guard case .number(let number) = entry.value.value, number >= 0, number == number.rounded(),
                  number < 1e12 else {
                report(.wrongType, field: "\(key).\(entry.key)", at: entry.value.position,
                       "expected a whole number of at least 0, found \(Self.describe(entry.value.value))")
                continue
            }
            result.append(AnnouncedCount(key: entry.key, value: Int(number)))
        }
        return result
    }

    func position(of key: String) -> SourcePosition? { member(key)?.position }

    /// A value for a message: a number as itself ("1.5"), anything else by its type.
    static func describe(_ value: JSONValue) -> String {
        guard case .number(let number) = value else { return value.typeName }
        return number.magnitude < 1e15 && number == number.rounded() ? String(Int(number)) : String(number)
    }

    /// Empty or only white space; answers at the first byte for the usual case of a letter.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if first > 0x20 && first < 0x80 { return false }
        // A character is white space when its first scalar is: a name in another script is known not to
        // be blank from that scalar alone, without breaking the text into characters.
        if let scalar = text.unicodeScalars.first, !isWhiteSpace(scalar) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Unicode's White_Space property, written out: asking the scalar's properties looked the property up
    /// for every name not in ASCII. `WhiteSpaceTests` checks this against the property for every scalar.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
