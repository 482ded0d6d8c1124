#if canImport(Glibc)
import Glibc
#endif

/// glibc raises its mmap threshold each time a large block is freed, up to 32 MiB, after which the
/// loader's large temporary arrays (file pieces, record columns) come from the heap and their pages
/// stay resident after they are freed: at a million memberships that was a third of the peak RSS. A
/// fixed threshold keeps every block of 256 KiB or more in a mapping of its own, returned when freed.
enum MemoryReturn {
    static func keepLargeBlocksReturnable() {
        #if canImport(Glibc)
        // mallopt is in <malloc.h>, which the Glibc module does not export, so it is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3   // M_MMAP_THRESHOLD
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 256 << 10)
        #endif
    }
}
