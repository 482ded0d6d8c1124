import RegioModel

/// A piece of a line with its role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, _ role: StyleRole = .text) { self.text = text; self.role = role }
}

/// One line of the detail view. The cursor moves between lines that open something (a line with a
/// target opens that territory or initiative on Enter); a line too long for the view continues on
/// `continuation` rows that belong to it.
public struct DetailRow: Equatable, Sendable {
    public enum Kind: Sendable { case heading, blank, text, link, continuation }
    public var kind: Kind
    public var spans: [Span]
    public var target: EntityRef?

    public var isSelectable: Bool { kind == .link }

    static let blank = DetailRow(kind: .blank, spans: [], target: nil)
    static func heading(_ text: String) -> DetailRow { DetailRow(kind: .heading, spans: [Span(text, .header)], target: nil) }
    static func text(_ spans: [Span]) -> DetailRow { DetailRow(kind: .text, spans: spans, target: nil) }
    static func link(_ spans: [Span], to target: EntityRef) -> DetailRow {
        DetailRow(kind: .link, spans: [Span("› ", .accent)] + spans, target: target)
    }
}

/// The detail view of one territory or initiative, laid out for a width.
public struct DetailDocument: Equatable, Sendable {
    public var title: String
    public var rows: [DetailRow]

    public static func build(_ entity: EntityRef, store: Store, width: Int, language: UILanguage = .en,
                             network: NetworkStatus = .measured, cache: ViewCache? = nil) -> DetailDocument {
        build(.entity(entity), store: store, width: width, language: language, network: network, cache: cache)
    }

    /// The document laid out for `width`; with a cache, built once and then taken from it. `network`
    /// says whether the collaboration network's measures may be shown yet (`.measured`: made now if they
    /// are not, as a test or a report expects) or are still being measured.
    public static func build(_ content: PageContent, store: Store, width: Int, language: UILanguage = .en,
                             network: NetworkStatus = .measured, cache: ViewCache? = nil) -> DetailDocument {
        let measured = network == .measured
        guard let cache else { return layOut(content, store: store, width: width, language: language, networkMeasured: measured) }
        return cache.document(content, store: store, width: width, language: language, networkMeasured: measured) {
            layOut(content, store: store, width: width, language: language, networkMeasured: measured)
        }
    }

    private static func layOut(_ content: PageContent, store: Store, width: Int, language: UILanguage,
                               networkMeasured: Bool) -> DetailDocument {
        let builder = DetailBuilder(width: width, lang: language, networkMeasured: networkMeasured)
        var document = switch content {
        case .entity(.territory(let index)): TerritoryDetail(store: store, index: index, builder: builder).document
        case .entity(.initiative(let index)): InitiativeDetail(store: store, index: index, builder: builder).document
        case .partners(let index): PartnersDetail(store: store, territory: index, builder: builder).document
        case .comparison(let first, let second): ComparisonDetail(store: store, first: first, second: second, builder: builder).document
        }
        document.rows = DetailWrap.wrapped(document.rows, width: width)
        return document
    }

    /// "3/21": the selected line's place among the lines that open something, as the lists count rows.
    public func counter(selected: Int) -> String {
        let links = rows.indices.filter { rows[$0].isSelectable }
        // On a plain line (past the last link, or above the first): none of them, of how many.
        guard let place = links.firstIndex(of: selected) else { return links.isEmpty ? "" : "–/\(links.count)" }
        return "\(place + 1)/\(links.count)"
    }

    /// The rows of the line that starts at `index`: it and its continuation rows.
    public func lineRows(startingAt index: Int) -> Range<Int> {
        var end = index + 1
        while end < rows.count, rows[end].kind == .continuation { end += 1 }
        return index..<end
    }

    /// The first selectable row at or after `index` going in `direction` (+1/-1), or nil.
    public func selectableRow(from index: Int, direction: Int) -> Int? {
        var row = index
        while row >= 0 && row < rows.count {
            if rows[row].isSelectable { return row }
            row += direction
        }
        return nil
    }
}

/// Builds rows with numbered sources, shared by both kinds of detail.
struct DetailBuilder {
    let width: Int
    let lang: UILanguage
    /// Whether the network's measures may be shown (else the network section says they are being made).
    var networkMeasured = true
    var rows: [DetailRow] = []
    var sources: [String] = []
    /// Each source's number, so that citing stays linear in a document of many thousand rows.
    var sourceNumbers: [String: Int] = [:]

    /// `cite` of a membership's sources by the number of their list (see `MembershipTable.sourceList`):
    /// a page of hundreds of members citing a few lists numbers each list once.
    mutating func cite(membership: Int, in store: Store) -> Span {
        let list = store.memberships.sourceList(at: membership)
        if let span = citedLists[list] { return span }
        let span = cite(store.memberships.sources(at: membership))
        citedLists[list] = span
        return span
    }
    private var citedLists: [Int: Span] = [:]

    mutating func cite(_ list: [String]) -> Span {
        guard !list.isEmpty else { return Span(" " + lang.t(.noSource), .warning) }
        let numbers = list.map { source -> String in
            if let number = sourceNumbers[source] { return "\(number)" }
            sources.append(source)
            sourceNumbers[source] = sources.count
            return "\(sources.count)"
        }
        return Span(" [" + numbers.joined(separator: ",") + "]", .muted)
    }

    /// Long text wrapped to the width, each line a selectable text row.
    mutating func paragraph(_ text: String, role: StyleRole = .text, indent: Int = 2) {
        for line in WordWrap.lines(text, width: max(10, width - indent - 2)) {
            rows.append(.text([Span(String(repeating: " ", count: indent) + line, role)]))
        }
    }

    mutating func heading(_ text: String) {
        if !rows.isEmpty { rows.append(.blank) }
        rows.append(.heading(text))
    }

    /// "stated" or "inferred" padded to one width, for the start of a line.
    func confidenceMark(_ confidence: Confidence) -> Span {
        confidence == .inferred ? marks.inferred : marks.stated
    }
    /// Worked out once per page, which may start hundreds of lines with one.
    private let marks: (stated: Span, inferred: Span)

    init(width: Int, lang: UILanguage, networkMeasured: Bool = true) {
        self.width = width
        self.lang = lang
        self.networkMeasured = networkMeasured
        let markWidth = max(TextWidth.width(of: lang.t(.inferred)), TextWidth.width(of: lang.t(.stated))) + 1
        marks = (Span(lang.t(.stated).padded(to: markWidth), .muted), Span(lang.t(.inferred).padded(to: markWidth), .warning))
    }

    func confidence(_ confidence: Confidence) -> Span {
        confidence == .inferred ? Span("  " + lang.t(.inferred), .warning) : Span("  " + lang.t(.stated), .muted)
    }

    mutating func finishWithSources() {
        heading(lang.t(.sources, sources.count))
        for (index, source) in sources.enumerated() {
            rows.append(.text([Span("  [\(index + 1)] ", .muted), Span(source)]))
        }
    }
}
