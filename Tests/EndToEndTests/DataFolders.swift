import Foundation
import RegioTestSupport
import Testing

/// Scratch folders come from the shared test support; the name is kept for every file of this target.
typealias ScratchFolder = RegioTestSupport.ScratchFolder

// Data folders for the end-to-end tests that feed regio files from anyone: copies of the bundled dataset,
// with hostile names written in, or with a mistake; and a byte-exact picture of a folder to prove that
// nothing was written to it.

enum DataFolder {
    static let territoriesFile = "territories.json"
    static let initiativesFile = "initiatives.json"
    static let membershipsFile = "memberships.json"
    static let files = [territoriesFile, initiativesFile, membershipsFile]

    /// The bundled dataset's source files, a complete and valid example of the `--data` format
    /// (`copyBundledDataset(into:)` from the test support copies them).
    static let bundled = bundledDatasetFolder

    /// Rewrites one of the folder's JSON files: `change` edits its records (decoded with JSONSerialization)
    /// and may put strings from `placeholders` in them; each placeholder then becomes the JSON string literal
    /// of its hostile text, written by `jsonLiteral` with the control characters as \u escapes.
    static func rewrite(_ file: String, in folder: String, placeholders: [String: String],
                        _ change: (inout [[String: Any]]) throws -> Void) throws {
        let path = folder + "/" + file
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard var records = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw EndToEndFailure("\(path) is not an array of objects")
        }
        try change(&records)
        let output = try JSONSerialization.data(withJSONObject: records,
                                                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        var text = String(decoding: output, as: UTF8.self)
        for (placeholder, hostile) in placeholders {
            let quoted = "\"\(placeholder)\""
            guard text.contains(quoted) else { throw EndToEndFailure("placeholder \(placeholder) not used in \(file)") }
            text = text.replacingOccurrences(of: quoted, with: jsonLiteral(hostile))
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A JSON string literal with every control character, C1 control, bidirectional control, zero-width
    /// character and BOM written as a \u escape, so the file itself is plain printable text.
    static func jsonLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\"" {
                literal += "\\\""
            } else if scalar == "\\" {
                literal += "\\\\"
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
                        || (0x202A...0x202E).contains(value) || (0x2060...0x2069).contains(value) || value == 0xFEFF {
                literal += String(format: "\\u%04X", value)
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// Sets `field` (a key path of dictionary keys, e.g. ["names", "sv"]) of the record with `id`.
    static func set(_ value: Any, at field: [String], ofRecord id: String, in records: inout [[String: Any]]) throws {
        guard let index = records.firstIndex(where: { $0["id"] as? String == id }) else {
            throw EndToEndFailure("no record with id \(id)")
        }
        func assign(_ dictionary: inout [String: Any], _ keys: ArraySlice<String>) {
            guard let key = keys.first else { return }
            if keys.count == 1 {
                dictionary[key] = value
            } else {
                var inner = dictionary[key] as? [String: Any] ?? [:]
                assign(&inner, keys.dropFirst())
                dictionary[key] = inner
            }
        }
        assign(&records[index], field[...])
    }
}

// MARK: - A byte-exact picture of a folder

/// Every entry of a folder (the folder itself included, recursively, hidden files too) with its type,
/// mode, size, inode, modification and status-change times (to the nanosecond) and, for regular files,
/// the whole contents. Two pictures are equal only if nothing was created, removed, renamed, written,
/// truncated, touched or chmod-ed in between: creating and deleting a temporary file still changes the
/// folder's own mtime and ctime. (Access times are left out: reading is allowed.)
struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var path: String
        var type: UInt32
        var mode: UInt32
        var size: Int64
        var inode: UInt64
        var links: UInt64
        var modified: [Int]
        var changed: [Int]
        var contents: Data?
        var linkTarget: String?

        var summary: String {
            "\(path): type \(String(type, radix: 8)) mode \(String(mode, radix: 8)) size \(size) inode \(inode) "
                + "links \(links) mtime \(modified[0]).\(modified[1]) ctime \(changed[0]).\(changed[1])"
                + (contents.map { " contents fnv1a \(String(FolderSnapshot.fnv1a($0), radix: 16))" } ?? "")
                + (linkTarget.map { " → \($0)" } ?? "")
        }
    }

    var entries: [Entry]

    init(_ folder: String) throws {
        var entries: [Entry] = []
        func visit(_ relative: String) throws {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0 else {
                throw EndToEndFailure("lstat \(path): \(String(cString: strerror(errno)))")
            }
            let type = UInt32(info.st_mode) & UInt32(S_IFMT)
            var entry = Entry(path: relative.isEmpty ? "." : relative, type: type,
                              mode: UInt32(info.st_mode) & 0o7777, size: Int64(info.st_size),
                              inode: UInt64(info.st_ino), links: UInt64(info.st_nlink),
                              modified: [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)],
                              changed: [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)])
            if type == UInt32(S_IFREG) {
                entry.contents = try Data(contentsOf: URL(fileURLWithPath: path))
            } else if type == UInt32(S_IFLNK) {
                entry.linkTarget = try FileManager.default.destinationOfSymbolicLink(atPath: path)
            }
            entries.append(entry)
            if type == UInt32(S_IFDIR) {
                for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted() {
                    try visit(relative.isEmpty ? name : relative + "/" + name)
                }
            }
        }
        try visit("")
        self.entries = entries
    }

    /// What changed from `before` to `self`, one line per entry; empty when the pictures are equal.
    func differences(from before: FolderSnapshot) -> [String] {
        let old = Dictionary(uniqueKeysWithValues: before.entries.map { ($0.path, $0) })
        let new = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0) })
        var lines: [String] = []
        for path in Set(old.keys).union(new.keys).sorted() {
            switch (old[path], new[path]) {
            case (nil, let added?): lines.append("new: \(added.summary)")
            case (let removed?, nil): lines.append("gone: \(removed.summary)")
            case (let a?, let b?) where a != b: lines.append("changed: \(a.summary)\n      now: \(b.summary)")
            default: break
            }
        }
        return lines
    }

    static func fnv1a(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
