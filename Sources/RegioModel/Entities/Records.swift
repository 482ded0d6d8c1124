/// One name of a territory or initiative in one language.
public struct LocalizedName: Equatable, Sendable {
    public var language: NameLanguage
    public var text: String
    public init(_ language: NameLanguage, _ text: String) { self.language = language; self.text = text }
}

public struct Territory: Equatable, Sendable, Identifiable {
    public var id: String
    public var kind: TerritoryKind
    /// The English name, used for sorting and display.
    public var name: String
    /// Names in other languages, in the order of `NameLanguage`.
    public var names: [LocalizedName]
    public var country: CountryCode
    public var nuts: String?
    public var nutsNote: String?
    public var sources: [String]
    public var confidence: Confidence
    public var note: String?
    /// Where sources disagree about this record: both sides, with their sources, as the data states them.
    /// Shown wherever the record is, never resolved silently.
    public var conflict: String?

    public init(id: String, kind: TerritoryKind, name: String, names: [LocalizedName] = [], country: CountryCode,
                nuts: String? = nil, nutsNote: String? = nil, sources: [String] = [],
                confidence: Confidence = .stated, note: String? = nil, conflict: String? = nil) {
        self.id = id; self.kind = kind; self.name = name; self.names = names; self.country = country
        self.nuts = nuts; self.nutsNote = nutsNote; self.sources = sources; self.confidence = confidence
        self.note = note; self.conflict = conflict
    }

    /// The name in `language`, when the data gives one.
    public func name(in language: NameLanguage) -> String? {
        names.first(where: { $0.language == language })?.text
    }

    /// Every distinct name, English first: what search matches against.
    public var allNames: [String] {
        var seen: Set<String> = [name]
        var result = [name]
        for entry in names where seen.insert(entry.text).inserted { result.append(entry.text) }
        return result
    }
}

/// An announced total from a source, for example "63 regions" for the PRI pilot.
public struct AnnouncedCount: Equatable, Sendable {
    /// The key as written in the data (`regions`, `cities`, `member_states_represented` …).
    public var key: String
    public var value: Int
    public init(key: String, value: Int) { self.key = key; self.value = value }
}

public struct Initiative: Equatable, Sendable, Identifiable {
    public var id: String
    public var kind: InitiativeKind
    public var name: String
    public var description: String
    public var parent: String?
    /// `YYYY` or `YYYY-MM`, when known.
    public var started: String?
    public var sources: [String]
    public var counts: [AnnouncedCount]
    public var countsSources: [String]
    /// The same body recorded under another id (a PRI network and the initiative it grew from).
    public var sameAs: String?
    public var related: String?
    public var leadRegionsNote: String?
    /// Where sources disagree (a date, a count): see `Territory.conflict`.
    public var conflict: String?

    public init(id: String, kind: InitiativeKind, name: String, description: String = "", parent: String? = nil,
                started: String? = nil, sources: [String] = [], counts: [AnnouncedCount] = [],
                countsSources: [String] = [], sameAs: String? = nil, related: String? = nil,
                leadRegionsNote: String? = nil, conflict: String? = nil) {
        self.id = id; self.kind = kind; self.name = name; self.description = description; self.parent = parent
        self.started = started; self.sources = sources; self.counts = counts; self.countsSources = countsSources
        self.sameAs = sameAs; self.related = related; self.leadRegionsNote = leadRegionsNote
        self.conflict = conflict
    }

    public func announced(_ key: String) -> Int? { counts.first(where: { $0.key == key })?.value }
}

public struct Membership: Equatable, Sendable {
    // The two one-byte fields last, next to each other: 80 bytes a record instead of 88.
    public var territory: String
    public var initiative: String
    public var sources: [String]
    public var note: String?
    /// Where sources disagree about this membership (its role, whether it exists): see `Territory.conflict`.
    public var conflict: String?
    public var role: Role
    public var confidence: Confidence

    public init(territory: String, initiative: String, role: Role, sources: [String] = [],
                confidence: Confidence = .stated, note: String? = nil, conflict: String? = nil) {
        self.territory = territory; self.initiative = initiative; self.role = role; self.sources = sources
        self.confidence = confidence; self.note = note; self.conflict = conflict
    }
}
