import Foundation

/// Values made from byte ranges of one buffer, made once per distinct byte sequence: a repeated source
/// URL becomes one shared string instead of a million copies. Keys point into the buffer being parsed,
/// so an interner must not outlive it.
struct ByteInterner<Value> {
    private var table: [ByteKey: Value] = [:]

    /// The value for `bytes[range]`, from `make` the first time these bytes are seen; nil when `make`
    /// declines (nothing is remembered then).
    mutating func value(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                        make: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let key = ByteKey(slice)
        if let value = table[key] { return value }
        guard let value = make(slice) else { return nil }
        table[key] = value
        return value
    }

    /// The value already made for these bytes, if any.
    func known(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        table[ByteKey(UnsafeBufferPointer(rebasing: bytes[range]))]
    }

    mutating func remember(_ value: Value, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        table[ByteKey(UnsafeBufferPointer(rebasing: bytes[range]))] = value
    }
}

/// A byte range compared and hashed by content, without copying it.
private struct ByteKey: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.bytes.count == b.bytes.count
            && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
}
