import Foundation

/// Hands the pages of a cache entry's bytes back to the system once they have been decoded (they are
/// private, anonymous memory: see `CatalogCache.withEntryBytes`). A warm load would otherwise hold tens
/// of megabytes of entry beside everything decoded from it until the end of the load.
enum MappedPages {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Releases the whole pages between `start` and `end` (the partial pages at either end stay); they
    /// must never be read again (they read as zeros).
    static func release(from start: UnsafeRawPointer, to end: UnsafeRawPointer) {
        let first = (Int(bitPattern: start) + pageSize - 1) / pageSize * pageSize
        let last = Int(bitPattern: end) / pageSize * pageSize
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        madvise(pointer, last - first, MADV_DONTNEED)
    }
}
