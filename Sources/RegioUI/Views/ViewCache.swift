import RegioModel
import Synchronization

/// What one running program has worked out for its states: the lists each pane shows and the last few
/// detail documents (its `update` and `render` share it; nothing is kept process-wide). A list is worked
/// out once per state — update, render and hit testing then read the same rows — and kept for the last
/// few list inputs (filter, search, sort, folds, language), so the cursor can be found again in the list
/// a state had before. Both ask for the open page's document on every key; an initiative
/// with tens of thousands of members takes a noticeable time to lay out, and a store never changes, so a
/// document is built once per page, width and language and then reused. The store is held weakly and
/// compared by identity: a document never outlives its store or answers for another.
public final class ViewCache: Sendable {
    public init() {}

    private struct Entry: Sendable {
        weak var store: Store?
        let content: PageContent
        let width: Int
        let language: UILanguage
        let networkMeasured: Bool
        let document: DetailDocument
    }

    private static let capacity = 8
    private let entries = Mutex<[Entry]>([])

    /// What a pane's rows depend on.
    struct ListKey: Hashable, Sendable {
        var pane: Pane
        var countries: Set<CountryCode>
        var nutsRegions: [String]
        var search: String?
        var sort: SortSpec
        var collapsed: Set<Int>
        var language: UILanguage

        init(_ pane: Pane, _ state: AppState) {
            self.pane = pane
            countries = state.countries
            nutsRegions = state.nutsRegions
            search = state.searches[pane]
            sort = state.sort(pane)
            // Folds change only the trees.
            collapsed = pane == .participants ? [] : state.collapsed
            language = state.language
        }
    }

    private struct ListEntry: Sendable {
        weak var store: Store?
        let key: ListKey
        let rows: any Sendable
    }

    private static let listCapacity = 6
    private let lists = Mutex<[ListEntry]>([])

    func list<Rows: Sendable>(_ key: ListKey, store: Store, make: () -> Rows) -> Rows {
        let found = lists.withLock { lists in lists.first { $0.store === store && $0.key == key }?.rows as? Rows }
        if let found { return found }
        let rows = make()
        lists.withLock { lists in
            lists.removeAll { $0.store == nil }
            lists.insert(ListEntry(store: store, key: key, rows: rows), at: 0)
            if lists.count > Self.listCapacity { lists.removeLast(lists.count - Self.listCapacity) }
        }
        return rows
    }

    private struct LeadKey: Hashable {
        var initiative: Int
        var language: UILanguage
        var limit: Int?
    }

    private struct LeadTexts {
        weak var store: Store?
        var texts: [LeadKey: String] = [:]
    }

    private static let leadCapacity = 4096
    private let leadTexts = Mutex(LeadTexts())

    /// The leads column's text of an initiative: a frame shows dozens of initiatives with dozens of
    /// leads each, and the same ones from frame to frame while the cursor moves. Kept for the last few
    /// thousand initiatives drawn.
    func leadNames(of initiative: Int, store: Store, language: UILanguage, limit: Int?, make: () -> String) -> String {
        let key = LeadKey(initiative: initiative, language: language, limit: limit)
        if let found = leadTexts.withLock({ $0.store === store ? $0.texts[key] : nil }) { return found }
        let text = make()
        leadTexts.withLock { cache in
            if cache.store !== store || cache.texts.count >= Self.leadCapacity { cache = LeadTexts(store: store) }
            cache.texts[key] = text
        }
        return text
    }

    func document(_ content: PageContent, store: Store, width: Int, language: UILanguage, networkMeasured: Bool,
                  build: () -> DetailDocument) -> DetailDocument {
        let found = entries.withLock { entries in
            entries.first {
                $0.store === store && $0.content == content && $0.width == width && $0.language == language
                    && $0.networkMeasured == networkMeasured
            }
        }
        if let found { return found.document }
        let document = build()
        entries.withLock { entries in
            entries.removeAll { $0.store == nil }
            entries.insert(Entry(store: store, content: content, width: width, language: language,
                                  networkMeasured: networkMeasured, document: document), at: 0)
            if entries.count > Self.capacity { entries.removeLast(entries.count - Self.capacity) }
        }
        return document
    }
}
