import Dispatch
import Synchronization
import RegioModel
import RegioVersion

/// The cache this run uses, and the entries it is writing. An entry is written on another thread after
/// a load, so nobody waits for it on the way to the dashboard; before regio exits it waits for writes
/// still going (see `Main`), because a write cut short is only a leftover temporary file.
enum CacheSaves {
    /// Nil when there is no home folder to put it in.
    static let cache: CatalogCache? = CatalogCache.standardDirectory().map { CatalogCache(directory: $0, stamp: RegioVersion.full) }

    private static let writes = DispatchGroup()

    static func save(_ catalog: Catalog, in cache: CatalogCache, loaded before: CatalogCache.Before) {
        DispatchQueue.global(qos: .utility).async(group: writes) { cache.save(catalog, loaded: before) }
    }

    /// Set when the user left before the data was there (q on the loading screen): nothing is waited for.
    private static let abandoned = Atomic<Bool>(false)

    static func abandon() { abandoned.store(true, ordering: .relaxed) }

    /// Waits up to `seconds` for writes in progress (none after `abandon`).
    static func finish(within seconds: Double = 10) {
        guard !abandoned.load(ordering: .relaxed) else { return }
        _ = writes.wait(timeout: .now() + seconds)
    }
}
