import Foundation

/// Writes a JSON array of flat records, one per line, straight into bytes: an import writes hundreds of
/// thousands of memberships, and building a `JSONOutput` tree and a String for each took 85 % of its time.
/// Text that is plain printable ASCII is copied as it is; anything else is escaped by `JSONOutput`'s own
/// rules, so the two writers never disagree on what is escaped.
final class JSONRecordWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var firstRecord = true
    private var firstField = true

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 21)
        buffer.append(UInt8(ascii: "["))
    }

    func beginRecord() {
        buffer.append(contentsOf: firstRecord ? Array("\n{".utf8) : Array(",\n{".utf8))
        firstRecord = false
        firstField = true
    }

    func endRecord() throws {
        buffer.append(UInt8(ascii: "}"))
        if buffer.count > 1 << 20 { try flush() }
    }

    /// A record written as ready-made bytes (`raw`), for files where every record has the same shape.
    func beginRaw() {
        buffer.append(contentsOf: firstRecord ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")])
        firstRecord = false
    }

    func raw(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    func endRaw() throws {
        if buffer.count > 1 << 20 { try flush() }
    }

    /// A string as JSON text, quotes included.
    static func encoded(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return bytes
    }

    func string(_ key: String, _ value: String) {
        self.key(key)
        append(value)
    }

    func strings(_ key: String, _ values: [String]) {
        self.key(key)
        buffer.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(value)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    func null(_ key: String) {
        self.key(key)
        buffer.append(contentsOf: "null".utf8)
    }

    func close() throws {
        buffer.append(contentsOf: "\n]\n".utf8)
        try flush()
        try handle.close()
    }

    private func key(_ key: String) {
        if !firstField { buffer.append(UInt8(ascii: ",")) }
        firstField = false
        append(key)
        buffer.append(UInt8(ascii: ":"))
    }

    private func append(_ value: String) { Self.append(value, to: &buffer) }

    private static func append(_ value: String, to buffer: inout [UInt8]) {
        let plain = value.utf8.allSatisfy { (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        if plain {
            buffer.append(UInt8(ascii: "\""))
            buffer.append(contentsOf: value.utf8)
            buffer.append(UInt8(ascii: "\""))
        } else {
            var escaped = ""
            JSONOutput.writeString(value, to: &escaped)
            buffer.append(contentsOf: escaped.utf8)
        }
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
