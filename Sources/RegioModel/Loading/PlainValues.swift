import Foundation

/// What the record fast paths (`MembershipDecoder`, `TerritoryDecoder`) share: reading an object of known
/// fields and plain values straight from the bytes, and storing equal strings once. Every function
/// answers nil (or false) for anything unusual, and the decoder then declines the whole record.
///
/// A million memberships cite a few thousand distinct notes; equal strings are stored once
/// (`ByteInterner`), which is much of the memory the records would otherwise take.
struct PlainValues {
    private var strings = ByteInterner<String>()
    private var sourceLists = ByteInterner<[String]>()
    /// Source stems by their bytes, as handles of the one pool this value serves, and the last stem
    /// seen at each place in a list.
    private var stems = ByteInterner<Int32>()
    private var recentStems: [(bytes: Range<Int>, handle: Int32)?] = []

    /// Reads `{"key": value, …}`, calling `value` with the reader at each value of a known field; false
    /// for an unknown or repeated field, or when `value` declines. Inlined so that it is specialised for
    /// each decoder's fields (left generic, it looked up type metadata for every territory).
    @inline(__always)
    static func readObject<Field: RawRepresentable>(_ reader: inout JSONReader, fields: [([UInt8], Field)],
                                                    value: (Field, inout JSONReader) -> Bool) -> Bool where Field.RawValue == Int {
        readObject(&reader, key: { reader, _ in
            reader.plainString().flatMap { match($0, in: reader.bytes, fields) }
        }, value: value)
    }

    /// The same, with keys matched first against the previous record's order (see `PredictedFields`).
    @inline(__always)
    static func readObject<Field: RawRepresentable>(_ reader: inout JSONReader, fields: inout PredictedFields<Field>,
                                                    value: (Field, inout JSONReader) -> Bool) -> Bool where Field.RawValue == Int {
        readObject(&reader, key: { reader, place in fields.readKey(&reader, place: place) }, value: value)
    }

    /// The loop of both: `key` reads the key at the reader (its place in the record given) as a field.
    @inline(__always)
    private static func readObject<Field: RawRepresentable>(_ reader: inout JSONReader,
                                                            key: (inout JSONReader, Int) -> Field?,
                                                            value: (Field, inout JSONReader) -> Bool) -> Bool where Field.RawValue == Int {
        let bytes = reader.bytes
        guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "{") else { return false }
        reader.index += 1
        var seen = 0
        var place = 0
        while true {
            reader.skipWhitespace()
            guard let field = key(&reader, place) else { return false }
            guard seen & (1 << field.rawValue) == 0 else { return false }
            seen |= 1 << field.rawValue
            place += 1
            reader.skipWhitespace()
            guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: ":") else { return false }
            reader.index += 1
            reader.skipWhitespace()
            guard value(field, &reader) else { return false }
            reader.skipWhitespace()
            guard reader.index < bytes.count else { return false }
            if bytes[reader.index] == UInt8(ascii: ",") { reader.index += 1; continue }
            guard bytes[reader.index] == UInt8(ascii: "}") else { return false }
            reader.index += 1
            return true
        }
    }

    /// The candidate whose name is exactly these bytes.
    static func match<Value>(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                             _ candidates: [([UInt8], Value)]) -> Value? {
        // memcmp rather than a loop over the bytes: this runs for every field of a million records.
        for (name, value) in candidates where name.count == range.count && (range.isEmpty || name.withUnsafeBufferPointer {
            memcmp($0.baseAddress!, bytes.baseAddress! + range.lowerBound, range.count) == 0
        }) {
            return value
        }
        return nil
    }

    /// A plain string's value as one of `candidates` (an enum's raw values).
    static func choice<Value>(_ reader: inout JSONReader, _ candidates: [([UInt8], Value)]) -> Value? {
        reader.plainString().flatMap { match($0, in: reader.bytes, candidates) }
    }

    static func choice<Value>(_ reader: inout JSONReader, _ candidates: ShortNames<Value>) -> Value? {
        reader.plainString().flatMap { candidates.value(for: $0, in: reader.bytes) }
    }

    static func names<Value: RawRepresentable & CaseIterable>(of type: Value.Type) -> [([UInt8], Value)]
    where Value.RawValue == String {
        Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// A plain string with something in it besides white space (the general path's "is empty" check).
    /// `unique` for values that are seldom repeated (a territory's id and names): looking them up would
    /// only fill the table of equal strings.
    mutating func nonBlankText(_ reader: inout JSONReader, unique: Bool = false) -> String? {
        guard let range = reader.plainString() else { return nil }
        return nonBlankText(range, in: reader.bytes, unique: unique)
    }

    /// The same for a plain string's bytes already read.
    mutating func nonBlankText(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, unique: Bool = false) -> String? {
        guard let first = range.first else { return nil }
        let byte = bytes[first]
        if byte <= 0x20 { return nil }
        let made = unique ? Self.text(UnsafeBufferPointer(rebasing: bytes[range])) : text(range, in: bytes)
        guard let text = made else { return nil }
        return byte < 0x80 || !RecordReader.isBlank(text) ? text : nil
    }

    /// `null` (`.some(nil)`) or a plain string; nil for anything else.
    mutating func optionalText(_ reader: inout JSONReader) -> String?? {
        if reader.index < reader.bytes.count, reader.bytes[reader.index] == UInt8(ascii: "n") {
            return reader.skipNull() ? .some(nil) : nil
        }
        guard let range = reader.plainString(), let text = text(range, in: reader.bytes) else { return nil }
        return .some(text)
    }

    /// A non-empty array of plain strings, looked up as a whole by its bytes so that a repeated list costs
    /// no allocation (a territory's sources).
    mutating func sourceList(_ reader: inout JSONReader) -> [String]? {
        let bytes = reader.bytes
        let start = reader.index
        // Skimmed first, so that a list seen before costs no array of its items.
        var skimmed = reader
        guard Self.skipPlainStrings(&skimmed) else { return nil }
        let whole = start..<skimmed.index
        if let known = sourceLists.known(whole, in: bytes) {
            reader = skimmed
            return known
        }
        guard let items = Self.plainStrings(&reader) else { return nil }
        var list: [String] = []
        for item in items {
            guard let text = text(item, in: bytes) else { return nil }
            list.append(text)
        }
        sourceLists.remember(list, for: whole, in: bytes)
        return list
    }

    /// A non-empty array of plain strings, each made afresh: for records whose sources are their own (an
    /// imported project's), where looking them up would cost more than it saves.
    static func uniqueSourceList(_ reader: inout JSONReader) -> [String]? {
        guard let items = plainStrings(&reader) else { return nil }
        var list: [String] = []
        list.reserveCapacity(items.count)
        for item in items {
            guard let text = text(UnsafeBufferPointer(rebasing: reader.bytes[item])) else { return nil }
            list.append(text)
        }
        return list
    }

    /// The ranges of a non-empty array of plain strings.
    private static func plainStrings(_ reader: inout JSONReader) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        return forEachPlainString(&reader) { items.append($0) } ? items : nil
    }

    /// Moves past a non-empty array of plain strings; false when it is anything else.
    private static func skipPlainStrings(_ reader: inout JSONReader) -> Bool {
        forEachPlainString(&reader) { _ in }
    }

    @inline(__always)
    private static func forEachPlainString(_ reader: inout JSONReader, _ body: (Range<Int>) -> Void) -> Bool {
        let bytes = reader.bytes
        guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "[") else { return false }
        reader.index += 1
        while true {
            reader.skipWhitespace()
            guard let item = reader.plainString() else { return false }
            body(item)
            reader.skipWhitespace()
            guard reader.index < bytes.count else { return false }
            if bytes[reader.index] == UInt8(ascii: ",") { reader.index += 1; continue }
            guard bytes[reader.index] == UInt8(ascii: "]") else { return false }
            reader.index += 1
            return true
        }
    }

    /// A non-empty array of plain strings, as items of one membership table's source pool (see
    /// `SourceListPool`), into `items` (whose contents are left undefined when this answers false). A
    /// stem is looked up by its bytes, and mostly only compared with the stem at the same place in the
    /// list before: a list costs no allocation and little hashing.
    /// `stem` adds a stem the pool has not seen (nil: not UTF-8); this value must serve one pool only.
    mutating func sourceItems(_ reader: inout JSONReader, into items: inout [SourceItem],
                              stem: (UnsafeBufferPointer<UInt8>) -> Int32?) -> Bool {
        let bytes = reader.bytes
        guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "[") else { return false }
        reader.index += 1
        // Items are written over the previous list's in place (emptying the array first cost more than
        // the rest of a one-item list), and any left over are removed at the end.
        var count = 0
        while true {
            reader.skipWhitespace()
            guard let item = reader.plainString() else { return false }
            let (stemLength, number) = SourceItem.split(UnsafeBufferPointer(rebasing: bytes[item]))
            let stemBytes = item.lowerBound..<item.lowerBound + stemLength
            let place = count
            let handle: Int32
            if place < recentStems.count, let recent = recentStems[place], Self.same(recent.bytes, stemBytes, in: bytes) {
                handle = recent.handle
            } else {
                guard let found = stems.value(for: stemBytes, in: bytes, make: stem) else { return false }
                handle = found
                while recentStems.count <= place { recentStems.append(nil) }
                recentStems[place] = (stemBytes, handle)
            }
            let sourceItem = SourceItem(stem: handle, number: number)
            if count < items.count { items[count] = sourceItem } else { items.append(sourceItem) }
            count += 1
            reader.skipWhitespace()
            guard reader.index < bytes.count else { return false }
            if bytes[reader.index] == UInt8(ascii: ",") { reader.index += 1; continue }
            guard bytes[reader.index] == UInt8(ascii: "]") else { return false }
            reader.index += 1
            if items.count > count { items.removeLast(items.count - count) }
            return true
        }
    }

    private static func same(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0)
    }

    /// Up to 15 bytes fit inside a String without an allocation, so only longer ones are worth looking up.
    mutating func text(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if range.count <= 15 { return Self.text(UnsafeBufferPointer(rebasing: bytes[range])) }
        return strings.value(for: range, in: bytes, make: Self.text)
    }

    private static func holds(_ text: String, exactly bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { own in
            own.count == bytes.count && (own.isEmpty || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0)
        } ?? text.utf8.elementsEqual(bytes)
    }

    /// The string for a plain string's bytes, made afresh; nil when they are not valid UTF-8.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces what is not UTF-8, so the text has exactly these bytes only when they are
        // valid. (String(validating:as:) is generic: it looked up type metadata for every name not in ASCII.)
        for byte in bytes where byte >= 0x80 { return Self.holds(text, exactly: bytes) ? text : nil }
        return text
    }
}
