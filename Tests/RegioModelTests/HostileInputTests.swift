import Foundation
import Testing
import RegioTestSupport
@testable import RegioModel

/// Data files from anyone: each hostile input gets a clear error in bounded time, never a crash.
@Suite struct HostileInputTests {
    /// A data folder holding copies of the bundled files, with one replaced (or left out when `bytes` is
    /// nil). The caller removes it (`defer { folder.remove() }`).
    static func folder(replacing file: String, with bytes: [UInt8]?) throws -> ScratchFolder {
        let folder = try ScratchFolder("regio-hostile")
        do {
            try folder.copyBundledDataset(except: [file])
            if let bytes { try folder.write(file, bytes: bytes) }
        } catch {
            folder.remove()
            throw error
        }
        return folder
    }

    static func problems(_ folder: String) -> [DataProblem] {
        do {
            _ = try CatalogLoader.load(directory: folder)
            return []
        } catch {
            return error.errors
        }
    }

    static func territory(name: String) -> String {
        """
        [{"id": "x", "kind": "region", "name": \(name), "country": "SE", "nuts": "SE1", "sources": ["s"], "confidence": "stated"}]
        """
    }

    @Test func aOneMegabyteNameLoadsAndIsKept() throws {
        let long = String(repeating: "Å", count: 1 << 19)
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile,
                                     with: Array(Self.territory(name: "\"\(long)\"").utf8))
        defer { folder.remove() }
        // The memberships still point at the bundled territories, which are missing here: those are the
        // only errors, and the long name itself is accepted.
        let problems = Self.problems(folder.path)
        #expect(problems.allSatisfy { $0.kind == .unknownReference })
        #expect(!problems.isEmpty)
    }

    @Test func deepNestingIsRejectedWithoutExhaustingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: Array(deep.utf8))
        defer { folder.remove() }
        let problems = Self.problems(folder.path)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.message.contains("nesting deeper than 64") == true)
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let folder = try Self.folder(replacing: CatalogLoader.membershipsFile, with: [])
        defer { folder.remove() }
        // A sparse 2 GiB file: no disk space used, and regio must not try to read it.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path + "/" + CatalogLoader.membershipsFile))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let start = Date()
        let problems = Self.problems(folder.path)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("the limit is 1024 MiB") == true)
    }

    @Test func aFileThatIsNotJSONAtAll() throws {
        let folder = try Self.folder(replacing: CatalogLoader.initiativesFile, with: Array("%PDF-1.7 binary\u{0}\u{1}".utf8))
        defer { folder.remove() }
        let problems = Self.problems(folder.path)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.file == CatalogLoader.initiativesFile)
        #expect(problems.first?.position == SourcePosition(line: 1, column: 1))
    }

    @Test func invalidUTF8IsNamed() throws {
        let text = "[{\"id\": \"x\", \"kind\": \"region\", \"name\": \"Bad"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile,
                                     with: Array(text.utf8) + [0xC3, 0x28] + Array("\"}]".utf8))
        defer { folder.remove() }
        let problems = Self.problems(folder.path)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.message.contains("invalid UTF-8") == true)
    }

    @Test func aDirectoryInPlaceOfAFile() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/" + CatalogLoader.territoriesFile, withIntermediateDirectories: true)
        let problems = Self.problems(folder.path)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("is a directory") == true)
    }

    @Test func aSymlinkLoop() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { folder.remove() }
        let path = folder.path + "/" + CatalogLoader.territoriesFile
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder.file("loop"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop"), withDestinationPath: path)
        let problems = Self.problems(folder.path)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("symbolic links") == true)
    }

    @Test func aFIFODoesNotBlock() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { folder.remove() }
        #expect(mkfifo(folder.path + "/" + CatalogLoader.territoriesFile, 0o600) == 0)
        let problems = Self.problems(folder.path)
        #expect(problems.first?.message.contains("not a regular file") == true)
    }

    @Test func a100kDuplicateIDsAreAllReportedInBoundedTime() throws {
        let record = "{\"id\": \"same\", \"kind\": \"region\", \"name\": \"S\", \"country\": \"SE\", \"nuts\": null, \"sources\": [\"s\"], \"confidence\": \"stated\"}"
        let text = "[" + Array(repeating: record, count: 100_000).joined(separator: ",\n") + "]"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: Array(text.utf8))
        defer { folder.remove() }
        let start = Date()
        let problems = Self.problems(folder.path).filter { $0.kind == .duplicateID }
        #expect(problems.count == 99_999)
        #expect(problems.last?.position?.line == 100_000)
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func controlCharactersInDataAreKeptButNeverDisplayedRaw() throws {
        let evil = "Evil\\u001b]0;pwned\\u0007\\u001b[2J\\u202eRegion"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile,
                                     with: Array(Self.territory(name: "\"\(evil)\"").utf8))
        defer { folder.remove() }
        let problems = Self.problems(folder.path)
        #expect(problems.allSatisfy { $0.kind == .unknownReference })
        let name = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}Region"
        #expect(!name.displaySafe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(name.displaySafe == "Evil␛]0;pwned\u{FFFD}␛[2JRegion")
        #expect(JSONOutput.string(name).rendered() == "\"Evil\\u001B]0;pwned\\u0007\\u001B[2J\\u202ERegion\"\n")
    }
}
