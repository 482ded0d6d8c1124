/// Reads semicolon-separated, double-quoted CSV (RFC 4180 with `;`) fed in chunks of bytes, as CORDIS
/// publishes it: fields may hold the separator, `""` for a quote and newlines; a UTF-8 byte order mark may
/// open the file. Fields are handed out as byte ranges and turned into strings only when asked for, so the
/// long `objective` texts of project.csv are never copied. Written for speed over bytes: see
/// `scripts/bench-import.sh` for the measurement against yaslab/CSV.swift.
public struct CSVStream {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// One record: its fields as ranges of `bytes`, valid only inside the `forEachRecord` callback.
    public struct Record {
        public let line: Int
        let bytes: UnsafeBufferPointer<UInt8>
        let fields: [Range<Int>]
        /// Fields that hold `""` and must be unescaped.
        let quoted: [Bool]

        public var count: Int { fields.count }

        /// The field as text; nil for a field that is not valid UTF-8.
        public func string(_ index: Int) -> String? {
            let range = fields[index]
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            guard quoted[index] else { return String(validating: slice, as: UTF8.self) }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(range.count)
            var previousWasQuote = false
            for byte in slice {
                if byte == quote && previousWasQuote { previousWasQuote = false; continue }
                previousWasQuote = byte == quote
                unescaped.append(byte)
            }
            return String(validating: unescaped, as: UTF8.self)
        }

        public func isEmpty(_ index: Int) -> Bool { fields[index].isEmpty }
    }

    private var pending: [UInt8] = []
    private var line = 1
    private var atStart = true
    private var fields: [Range<Int>] = []
    private var quoted: [Bool] = []
    public private(set) var consumedBytes = 0

    public init() {}

    /// Adds `chunk` and calls `body` with every record it completes.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Record) throws -> Void) throws {
        pending.append(contentsOf: chunk.bindMemory(to: UInt8.self))
        try drain(final: false, body)
    }

    /// Ends the input: the last record may lack its newline, but a quoted field must be closed.
    public mutating func finish(_ body: (Record) throws -> Void) throws {
        try drain(final: true, body)
    }

    private mutating func drain(final: Bool, _ body: (Record) throws -> Void) throws {
        if atStart {
            guard pending.count >= 3 || final else { return }
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3); consumedBytes += 3 }
            atStart = false
        }
        var start = 0
        var fields = self.fields, quoted = self.quoted
        var line = self.line
        try pending.withUnsafeBufferPointer { bytes in
            while start < bytes.count {
                guard let (end, newlines) = try Self.parseRecord(bytes, from: start, final: final, line: line,
                                                                 fields: &fields, quoted: &quoted) else { break }
                try body(Record(line: line, bytes: bytes, fields: fields, quoted: quoted))
                line += newlines
                start = end
            }
        }
        self.fields = fields; self.quoted = quoted; self.line = line
        consumedBytes += start
        pending.removeFirst(start)
    }

    /// Parses the record starting at `start`; nil when it is not complete yet. Returns where the next
    /// record starts and how many line breaks this one spans.
    private static func parseRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool, line: Int,
                                    fields: inout [Range<Int>], quoted: inout [Bool]) throws -> (Int, Int)? {
        fields.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        var index = start
        var newlines = 0
        let count = bytes.count
        while true {
            if index < count && bytes[index] == quote {
                // A quoted field: up to the quote that is not doubled.
                let fieldStart = index + 1
                index += 1
                var hasEscapes = false
                while true {
                    guard index < count else {
                        if final { throw Failure(line: line, message: "a quoted field is not closed; expected a \" before the end of the file") }
                        return nil
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote { hasEscapes = true; index += 2; continue }
                        if index + 1 >= count && !final { return nil }
                        break
                    }
                    if byte == newline { newlines += 1 }
                    index += 1
                }
                fields.append(fieldStart..<index)
                quoted.append(hasEscapes)
                index += 1
                if index < count && bytes[index] == carriageReturn { index += 1 }
                if index >= count && !final { return nil }
                if index < count && bytes[index] != separator && bytes[index] != newline {
                    throw Failure(line: line + newlines, message: "expected ; or the end of the line after a closing quote, "
                                  + "found \(describe(bytes[index])) (field \(fields.count))")
                }
            } else {
                let fieldStart = index
                while index < count && bytes[index] != separator && bytes[index] != newline { index += 1 }
                if index >= count && !final { return nil }
                var fieldEnd = index
                if fieldEnd > fieldStart && bytes[fieldEnd - 1] == carriageReturn && (index >= count || bytes[index] == newline) {
                    fieldEnd -= 1
                }
                fields.append(fieldStart..<fieldEnd)
                quoted.append(false)
            }
            if index >= count { return (index, newlines) }
            if bytes[index] == newline { return (index + 1, newlines + 1) }
            index += 1 // the separator
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16)
    }
}

private let quote = UInt8(ascii: "\"")
private let separator = UInt8(ascii: ";")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
