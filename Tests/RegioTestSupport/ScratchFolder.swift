import Foundation
import RegioModel

/// The bundled store, built once for all the tests of a process.
public let bundledStore = Store.bundled()

/// The repository's folder, found from this file's place in it.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL.path

/// The bundled dataset's source files: a complete and valid example of the `--data` format.
public let bundledDatasetFolder = repositoryRoot + "/Sources/RegioModel/Dataset"

/// Copies the bundled dataset's data files (territories, initiatives, memberships) into `folder`, all
/// but those named in `except`.
public func copyBundledDataset(into folder: String, except: Set<String> = []) throws {
    for name in ["territories.json", "initiatives.json", "memberships.json"] where !except.contains(name) {
        try FileManager.default.copyItem(atPath: bundledDatasetFolder + "/" + name, toPath: folder + "/" + name)
    }
}

/// A folder under the temporary directory that belongs to one test; `remove()` deletes it with everything
/// in it (call it in a `defer` right after creating the folder).
public struct ScratchFolder: Sendable {
    public let path: String

    public init(_ prefix: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A fresh folder holding `files` (name → text); on an error it is removed again before throwing.
    public init(_ prefix: String, files: [String: String]) throws {
        try self.init(prefix)
        do {
            for (name, text) in files { try write(name, text) }
        } catch {
            remove()
            throw error
        }
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    public func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    public func makeDirectory(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: file(name), withIntermediateDirectories: true)
    }

    /// Copies the bundled dataset's files into the folder, all but those named in `except`.
    public func copyBundledDataset(except: Set<String> = []) throws {
        try RegioTestSupport.copyBundledDataset(into: path, except: except)
    }
}

/// A scratch folder that removes itself when the last reference goes (for fixtures kept in a test's
/// values rather than removed in a `defer`).
public final class FixtureDirectory {
    public let folder: ScratchFolder
    public var path: String { folder.path }

    /// Writes each `files` entry (name → contents) into a fresh temporary folder.
    public init(_ files: [String: String] = [:]) throws {
        folder = try ScratchFolder("regio-fixture", files: files)
    }

    public func write(_ name: String, _ contents: String) throws { try folder.write(name, contents) }

    public func makeDirectory(_ name: String) throws { try folder.makeDirectory(name) }

    deinit { folder.remove() }
}
