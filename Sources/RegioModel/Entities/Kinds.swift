/// The closed vocabularies of the data format. Raw values are the strings used in the JSON files.

public enum TerritoryKind: String, CaseIterable, Sendable, Comparable {
    case region
    case city
    case memberState = "member-state"
    /// Several regions applying or acting together (for example a NUTS-2 area of regional councils).
    case group

    public var label: String {
        switch self {
        case .region: "region"
        case .city: "city"
        case .memberState: "member state"
        case .group: "group"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    private var order: Int { Self.allCases.firstIndex(of: self)! }
}

public enum InitiativeKind: String, CaseIterable, Sendable, Comparable {
    case pilotAction = "pilot-action"
    case network
    case thematicPlatform = "thematic-platform"
    case thematicPartnership = "thematic-partnership"
    case initiative
    case initiativePilot = "initiative-pilot"
    case interregProject = "interreg-project"
    case nationalProgramme = "national-programme"
    /// EU research framework programmes, their funding schemes and projects, as imported from CORDIS.
    case researchProgramme = "research-programme"
    case fundingScheme = "funding-scheme"
    case researchProject = "research-project"

    public var label: String {
        switch self {
        case .pilotAction: "pilot action"
        case .network: "network"
        case .thematicPlatform: "thematic platform"
        case .thematicPartnership: "thematic partnership"
        case .initiative: "initiative"
        case .initiativePilot: "initiative pilot"
        case .interregProject: "Interreg project"
        case .nationalProgramme: "national programme"
        case .researchProgramme: "research programme"
        case .fundingScheme: "funding scheme"
        case .researchProject: "research project"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    private var order: Int { Self.allCases.firstIndex(of: self)! }
}

public enum Role: String, CaseIterable, Sendable, Comparable {
    case lead
    case coLead = "co-lead"
    case member
    case partner
    case participant

    public var label: String { rawValue }

    /// Leads first: the order roles are listed in.
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    /// Its place in `allCases`, without a search: an initiative's detail asks it of every membership below it.
    var order: Int {
        switch self {
        case .lead: 0
        case .coLead: 1
        case .member: 2
        case .partner: 3
        case .participant: 4
        }
    }
}

/// Whether a source says a fact outright or only implies it.
public enum Confidence: String, CaseIterable, Sendable {
    case stated
    case inferred
}

/// The languages names are given in. `native` is the territory's own language(s).
public enum NameLanguage: String, CaseIterable, Sendable, Comparable {
    case en, sv, nl, native

    public var label: String {
        switch self {
        case .en: "English"
        case .sv: "Swedish"
        case .nl: "Dutch"
        case .native: "native"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    private var order: Int { Self.allCases.firstIndex(of: self)! }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// "a, b or c": for messages that list what was expected.
    public static var expectedList: String {
        let names = allCases.map(\.rawValue)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
