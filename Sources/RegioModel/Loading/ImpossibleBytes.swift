import Foundation

/// Finds the first byte that can appear nowhere in a JSON text (a control character other than tab, line
/// feed and carriage return), reading the file a chunk at a time. Everything after it can only be reported
/// after it, so the loader reads no further: a 1 GiB file of zeros is rejected at 1:1 after one chunk,
/// instead of being read whole (2 GB of memory and 10 s before the same message).
enum ImpossibleBytes {
    static let chunkSize = 1 << 20

    /// The offset of the first impossible byte of the file's first `size` bytes, or nil if there is none
    /// (or the file cannot be read: the real read reports that).
    static func firstOffset(descriptor: Int32, size: Int) -> Int? {
        var chunk = [UInt8](repeating: 0, count: min(size, chunkSize))
        var offset = 0
        while offset < size {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, min($0.count, size - offset), off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            if let found = chunk.withUnsafeBufferPointer({ firstOffset(in: UnsafeBufferPointer(rebasing: $0[..<count])) }) {
                return offset + found
            }
            offset += count
        }
        return nil
    }

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
