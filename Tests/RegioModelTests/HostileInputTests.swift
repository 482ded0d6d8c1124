import Foundation
import Testing
@testable import RegioModel

/// Data files from anyone: each hostile input gets a clear error in bounded time, never a crash.
@Suite struct HostileInputTests {
    /// A data folder holding copies of the bundled files, with one replaced. The caller removes it
    /// (`defer { try? FileManager.default.removeItem(atPath: folder) }`); on an error it is removed here.
    static func folder(replacing file: String, with bytes: [UInt8]?) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RegioModel/Dataset").standardizedFileURL.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do {
            for name in [CatalogLoader.territoriesFile, CatalogLoader.initiativesFile, CatalogLoader.membershipsFile]
            where name != file {
                try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder + "/" + name)
            }
            if let bytes { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + file)) }
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
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
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The memberships still point at the bundled territories, which are missing here: those are the
        // only errors, and the long name itself is accepted.
        let problems = Self.problems(folder)
        #expect(problems.allSatisfy { $0.kind == .unknownReference })
        #expect(!problems.isEmpty)
    }

    @Test func deepNestingIsRejectedWithoutExhaustingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: Array(deep.utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problems = Self.problems(folder)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.message.contains("nesting deeper than 64") == true)
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let folder = try Self.folder(replacing: CatalogLoader.membershipsFile, with: [])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A sparse 2 GiB file: no disk space used, and regio must not try to read it.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/" + CatalogLoader.membershipsFile))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let start = Date()
        let problems = Self.problems(folder)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("the limit is 1024 MiB") == true)
    }

    @Test func aFileThatIsNotJSONAtAll() throws {
        let folder = try Self.folder(replacing: CatalogLoader.initiativesFile, with: Array("%PDF-1.7 binary\u{0}\u{1}".utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problems = Self.problems(folder)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.file == CatalogLoader.initiativesFile)
        #expect(problems.first?.position == SourcePosition(line: 1, column: 1))
    }

    @Test func invalidUTF8IsNamed() throws {
        let text = "[{\"id\": \"x\", \"kind\": \"region\", \"name\": \"Bad"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile,
                                     with: Array(text.utf8) + [0xC3, 0x28] + Array("\"}]".utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problems = Self.problems(folder)
        #expect(problems.first?.kind == .malformedJSON)
        #expect(problems.first?.message.contains("invalid UTF-8") == true)
    }

    @Test func aDirectoryInPlaceOfAFile() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/" + CatalogLoader.territoriesFile, withIntermediateDirectories: true)
        let problems = Self.problems(folder)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("is a directory") == true)
    }

    @Test func aSymlinkLoop() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + CatalogLoader.territoriesFile
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder + "/loop")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: path)
        let problems = Self.problems(folder)
        #expect(problems.first?.kind == .unreadableFile)
        #expect(problems.first?.message.contains("symbolic links") == true)
    }

    @Test func aFIFODoesNotBlock() throws {
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/" + CatalogLoader.territoriesFile, 0o600) == 0)
        let problems = Self.problems(folder)
        #expect(problems.first?.message.contains("not a regular file") == true)
    }

    @Test func a100kDuplicateIDsAreAllReportedInBoundedTime() throws {
        let record = "{\"id\": \"same\", \"kind\": \"region\", \"name\": \"S\", \"country\": \"SE\", \"nuts\": null, \"sources\": [\"s\"], \"confidence\": \"stated\"}"
        let text = "[" + Array(repeating: record, count: 100_000).joined(separator: ",\n") + "]"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile, with: Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let start = Date()
        let problems = Self.problems(folder).filter { $0.kind == .duplicateID }
        #expect(problems.count == 99_999)
        #expect(problems.last?.position?.line == 100_000)
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func controlCharactersInDataAreKeptButNeverDisplayedRaw() throws {
        let evil = "Evil\\u001b]0;pwned\\u0007\\u001b[2J\\u202eRegion"
        let folder = try Self.folder(replacing: CatalogLoader.territoriesFile,
                                     with: Array(Self.territory(name: "\"\(evil)\"").utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problems = Self.problems(folder)
        #expect(problems.allSatisfy { $0.kind == .unknownReference })
        let name = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}Region"
        #expect(!name.displaySafe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(name.displaySafe == "Evil␛]0;pwned\u{FFFD}␛[2JRegion")
        #expect(JSONOutput.string(name).rendered() == "\"Evil\\u001B]0;pwned\\u0007\\u001B[2J\\u202ERegion\"\n")
    }
}
