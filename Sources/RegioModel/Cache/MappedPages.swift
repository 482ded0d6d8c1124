import Foundation

/// Hands the pages of a read-only file mapping back to the system once they have been read. They are
/// the file's own pages (read again from the file if touched again), but while mapped they count in
/// the process's memory: a cache entry of tens of megabytes would otherwise sit beside everything
/// decoded from it until the end of the load.
enum MappedPages {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Releases the whole pages between `start` and `end` (the partial pages at either end stay).
    static func release(from start: UnsafeRawPointer, to end: UnsafeRawPointer) {
        let first = (Int(bitPattern: start) + pageSize - 1) / pageSize * pageSize
        let last = Int(bitPattern: end) / pageSize * pageSize
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        madvise(pointer, last - first, MADV_DONTNEED)
    }
}
