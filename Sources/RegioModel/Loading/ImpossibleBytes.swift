import Foundation

/// Finds the first byte that can appear nowhere in a JSON text (a control character other than tab, line
/// feed and carriage return). Everything after it can only be reported after it, so the loader reads no
/// further (`DataFile.read` checks each chunk as it arrives): a 1 GiB file of zeros is rejected at 1:1
/// after one chunk, instead of being read whole (2 GB of memory and 10 s before the same message).
enum ImpossibleBytes {
    /// How much is read, and checked, at a time.
    static let chunkSize = 1 << 20

    /// The first impossible byte in `bytes`, eight at a time, exactly: a word's bytes below 0x20 and its
    /// tabs, line feeds and carriage returns are found as masks, without carries between bytes, so a word
    /// with a line break is not looked at byte by byte (a data file has one on nearly every line).
    static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let below = ByteLanes.controls(word)
            if below != 0 {
                let allowed = ByteLanes.zeros(word ^ (0x09 &* ByteLanes.ones)) | ByteLanes.zeros(word ^ (0x0A &* ByteLanes.ones))
                    | ByteLanes.zeros(word ^ (0x0D &* ByteLanes.ones))
                let impossible = below & ~allowed
                if impossible != 0 { return index + impossible.trailingZeroBitCount / 8 }
            }
            index += 8
        }
        while index < bytes.count {
            if isImpossible(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    static func isImpossible(_ byte: UInt8) -> Bool { byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D }
}
