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
        let mmapThreshold: Int32 = -3   // M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 256 << 10)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's mallopt, from <malloc.h>, which the Glibc module does not export. Named at link time, not looked
/// up with dlsym: a static executable has no dynamic symbol table to look it up in (the installed regio
/// lost the setting that way, and peaked at 232 MiB instead of 145 at a million memberships).
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
