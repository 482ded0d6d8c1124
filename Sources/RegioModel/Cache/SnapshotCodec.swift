/// The byte format of a cache entry: unsigned LEB128 numbers, long strings written once and then
/// referred to by number (a million memberships cite a few hundred source URLs), and integer columns as
/// raw little-endian bytes. The reader checks every length against what is left, so a damaged entry is
/// an error, never a crash or a read past the end.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private var stringNumbers: [String: Int] = [:]
    /// Where full buffers go (a file being written), so that a large entry never sits in memory whole;
    /// without one the writer keeps everything in `bytes`.
    private let sink: ((inout [UInt8]) -> Void)?
    /// How many bytes are buffered before they go to the sink.
    private let bufferSize: Int

    init(sink: ((inout [UInt8]) -> Void)? = nil, bufferSize: Int = 1 << 20) {
        self.sink = sink
        self.bufferSize = bufferSize
    }

    /// Strings up to this many UTF-8 bytes are written each time: Swift keeps them inline (no
    /// allocation to share), and numbering them would cost more than it saves.
    static let shortString = 15

    /// Hands what is buffered to the sink.
    mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(&bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func flushIfFull() { if sink != nil && bytes.count >= bufferSize { flush() } }

    mutating func number(_ value: Int) {
        precondition(value >= 0, "snapshot numbers are never negative")
        flushIfFull()
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func byte(_ value: UInt8) {
        flushIfFull()
        bytes.append(value)
    }

    /// Eight bytes as they are (hashes use all 64 bits).
    mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// 0 and the UTF-8 bytes the first time; a long string seen before is 1 + its number.
    mutating func string(_ value: String) {
        flushIfFull()
        var value = value
        let isLong = value.utf8.count > Self.shortString
        if isLong, let known = stringNumbers[value] {
            number(known + 1)
            return
        }
        if isLong { stringNumbers[value] = stringNumbers.count }
        number(0)
        value.withUTF8 { utf8 in
            number(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        number(values.count)
        for value in values { string(value) }
    }

    mutating func int32s(_ values: [Int32]) { integers(values) }

    /// A column of fixed-width integers, little-endian, each in its full width.
    mutating func integers<Value: FixedWidthInteger>(_ values: [Value]) {
        number(values.count)
        // A buffer's worth at a time (the integers as they are in memory on a little-endian machine).
        var start = 0
        while start < values.count {
            let end = min(values.count, start + max(1, bufferSize / MemoryLayout<Value>.size))
            #if _endian(little)
            values[start..<end].withUnsafeBytes { bytes.append(contentsOf: $0) }
            #else
            for value in values[start..<end] { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            #endif
            flushIfFull()
            start = end
        }
    }

    /// A case of a `CaseIterable` enum, as its position among the cases.
    mutating func choice<Value: CaseIterable & Equatable>(_ value: Value) where Value.AllCases: RandomAccessCollection {
        let cases = Value.allCases
        byte(UInt8(cases.distance(from: cases.startIndex, to: cases.firstIndex(of: value)!)))
    }
}

struct SnapshotError: Error, Equatable {
    var message: String
    static let truncated = SnapshotError(message: "the entry ends too early")
}

struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    /// When set, `bytes` are memory of their own whose pages are released (see `MappedPages`) as the
    /// reader moves past them, a few megabytes at a time: nothing may read them afterwards.
    var releasesReadPages = false
    private var releasedUpTo = 0
    private(set) var offset = 0
    /// Every string read so far, by number.
    private var stringsRead: [String] = []

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func number() throws(SnapshotError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw .truncated }
            let byte = bytes[offset]
            offset += 1
            guard shift < 63 else { throw SnapshotError(message: "a number is too large") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw SnapshotError(message: "a number is too large") }
        return Int(value)
    }

    /// A count of items that each take at least `itemSize` bytes: never more than the bytes left allow,
    /// so a damaged count cannot make the reader reserve gigabytes.
    mutating func count(itemSize: Int = 1) throws(SnapshotError) -> Int {
        let count = try number()
        guard count <= (bytes.count - offset) / max(1, itemSize) else { throw .truncated }
        return count
    }

    mutating func byte() throws(SnapshotError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func word() throws(SnapshotError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw .truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func bool() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw SnapshotError(message: "a flag is neither 0 nor 1")
        }
    }

    mutating func string() throws(SnapshotError) -> String {
        let tag = try number()
        if tag > 0 {
            guard tag - 1 < stringsRead.count else { throw SnapshotError(message: "a string refers to one not yet read") }
            return stringsRead[tag - 1]
        }
        let length = try count()
        let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        offset += length
        if length > SnapshotWriter.shortString { stringsRead.append(value) }
        return value
    }

    mutating func optionalString() throws(SnapshotError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(SnapshotError) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func int32s() throws(SnapshotError) -> [Int32] { try integers() }

    mutating func integers<Value: FixedWidthInteger>() throws(SnapshotError) -> [Value] {
        defer { releaseReadPages() }
        let size = MemoryLayout<Value>.size
        let count = try count(itemSize: size)
        let start = offset
        offset += count * size
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            #if _endian(little)
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<start + count * size]))
            #else
            for index in 0..<count {
                buffer[index] = Value(littleEndian: bytes.loadUnaligned(fromByteOffset: start + index * size, as: Value.self))
            }
            #endif
            initialized = count
        }
    }

    private mutating func releaseReadPages() {
        guard releasesReadPages, offset - releasedUpTo >= 4 << 20, let base = bytes.baseAddress else { return }
        MappedPages.release(from: base + releasedUpTo, to: base + offset)
        releasedUpTo = offset
    }

    /// Like `int32s`, but every value must lie in `range`: handles into a pool of that size.
    mutating func handles(below limit: Int, allowing minimum: Int32 = 0) throws(SnapshotError) -> [Int32] {
        let values = try int32s()
        guard values.allSatisfy({ $0 >= minimum && Int($0) < limit }) else {
            throw SnapshotError(message: "a reference points outside its table")
        }
        return values
    }

    mutating func choice<Value: CaseIterable>() throws(SnapshotError) -> Value where Value.AllCases: RandomAccessCollection {
        let cases = Value.allCases
        let position = Int(try byte())
        guard position < cases.count else { throw SnapshotError(message: "an unknown \(Value.self)") }
        return cases[cases.index(cases.startIndex, offsetBy: position)]
    }
}
