import RegioModel
import Synchronization

/// The last few detail documents built, kept by one running program (its `update` and `render` share
/// it; nothing is kept process-wide). Both ask for the open page's document on every key; an initiative
/// with tens of thousands of members takes a noticeable time to lay out, and a store never changes, so a
/// document is built once per page, width and language and then reused. The store is held weakly and
/// compared by identity: a document never outlives its store or answers for another.
public final class DocumentCache: Sendable {
    public init() {}

    private struct Entry: Sendable {
        weak var store: Store?
        let content: PageContent
        let width: Int
        let language: UILanguage
        let document: DetailDocument
    }

    private static let capacity = 8
    private let entries = Mutex<[Entry]>([])

    func document(_ content: PageContent, store: Store, width: Int, language: UILanguage,
                  build: () -> DetailDocument) -> DetailDocument {
        let found = entries.withLock { entries in
            entries.first { $0.store === store && $0.content == content && $0.width == width && $0.language == language }
        }
        if let found { return found.document }
        let document = build()
        entries.withLock { entries in
            entries.removeAll { $0.store == nil }
            entries.insert(Entry(store: store, content: content, width: width, language: language, document: document), at: 0)
            if entries.count > Self.capacity { entries.removeLast(entries.count - Self.capacity) }
        }
        return document
    }
}
