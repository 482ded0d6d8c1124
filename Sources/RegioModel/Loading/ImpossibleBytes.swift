import Foundation

/// Finds the first byte that can appear nowhere in a JSON text (a control character other than tab, line
/// feed and carriage return). Everything after it can only be reported after it, so the loader reads no
/// further (`DataFile.read` checks each chunk as it arrives): a 1 GiB file of zeros is rejected at 1:1
/// after one chunk, instead of being read whole (2 GB of memory and 10 s before the same message).
enum ImpossibleBytes {
    /// How much is read, and checked, at a time.
    static let chunkSize = 1 << 20

    /// The first impossible byte in `bytes`, eight at a time: a word with no byte below 0x20 is skipped
    /// whole, and only words that have one are looked at byte by byte.
    static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let words = bytes.count / 8
        let raw = UnsafeRawBufferPointer(bytes)
        for word in 0..<words {
            let value = raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
            // The classic "has a byte less than n" test, with n = 0x20.
            if (value &- 0x2020_2020_2020_2020) & ~value & 0x8080_8080_8080_8080 != 0 {
                for byteIndex in word * 8..<word * 8 + 8 where isImpossible(bytes[byteIndex]) { return byteIndex }
            }
            index = word * 8 + 8
        }
        while index < bytes.count {
            if isImpossible(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    static func isImpossible(_ byte: UInt8) -> Bool { byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D }
}
