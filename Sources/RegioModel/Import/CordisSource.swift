import Foundation
import ZIPFoundation

/// The two CORDIS files an import reads.
public enum CordisFile: String, CaseIterable, Sendable {
    case projects = "project.csv"
    case organizations = "organization.csv"
}

/// Where the CORDIS files come from: two CSV files, or the monthly zip that holds them.
public protocol CordisSource {
    /// The name messages give the file (`organization.csv`, or `cordis.zip/organization.csv`).
    func label(of file: CordisFile) -> String
    /// Bytes to read in all, for the progress bar.
    func size(of file: CordisFile) -> Int
    /// Hands over the file's bytes in chunks, in order.
    func stream(_ file: CordisFile, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws
}

/// `--projects FILE --organizations FILE`.
public struct CordisCSVFiles: CordisSource {
    let paths: [CordisFile: String]

    public init(projects: String, organizations: String) {
        paths = [.projects: projects, .organizations: organizations]
    }

    public func label(of file: CordisFile) -> String { paths[file]! }

    public func size(of file: CordisFile) -> Int {
        FileStatus(paths[file]!).map { Int($0.size) } ?? 0
    }

    public func stream(_ file: CordisFile, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        let data: ByteSource
        switch DataFiles.open(paths[file]!) {
        case .success(let opened): data = opened
        case .failure(let failure):
            throw CordisImportError(file: label(of: file), line: nil, message: failure.message, unreadable: true)
        }
        var offset = 0
        while offset < data.count {
            var thrown: Error?
            let read = data.withBytes(offset..<min(data.count, offset + (1 << 20))) { bytes -> Int in
                do { try chunk(UnsafeRawBufferPointer(bytes)) } catch { thrown = error }
                return bytes.count
            }
            switch read {
            case .success(let count):
                if let thrown { throw thrown }
                if count == 0 { return }
                offset += count
            case .failure(let failure):
                throw CordisImportError(file: label(of: file), line: nil, message: failure.message, unreadable: true)
            }
        }
    }
}

/// `--zip FILE`: the entries project.csv and organization.csv, wherever they sit in the archive.
public struct CordisZip: CordisSource {
    let path: String
    private let archive: Archive
    private let entries: [CordisFile: Entry]

    public init(path: String) throws {
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw CordisImportError(file: path, line: nil, message: exists ? "cannot be read" : "does not exist", unreadable: true)
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw CordisImportError(file: path, line: nil, message: "is not a zip archive; expected the CORDIS "
                                    + "projects zip (for example cordis-HORIZONprojects-csv.zip)")
        }
        var entries: [CordisFile: Entry] = [:]
        for entry in archive where entry.type == .file {
            let name = (entry.path as NSString).lastPathComponent.lowercased()
            if let file = CordisFile(rawValue: name), entries[file] == nil { entries[file] = entry }
        }
        let missing = CordisFile.allCases.filter { entries[$0] == nil }
        guard missing.isEmpty else {
            throw CordisImportError(file: path, line: nil, message: "has no " + missing.map(\.rawValue).joined(separator: " and ")
                                    + "; expected the CORDIS projects zip with project.csv and organization.csv")
        }
        self.entries = entries
    }

    public func label(of file: CordisFile) -> String { path + "/" + entries[file]!.path }

    public func size(of file: CordisFile) -> Int { Int(entries[file]!.uncompressedSize) }

    public func stream(_ file: CordisFile, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        do {
            _ = try archive.extract(entries[file]!, bufferSize: 1 << 20) { data in try data.withUnsafeBytes(chunk) }
        } catch let error as CordisImportError {
            throw error
        } catch {
            throw CordisImportError(file: label(of: file), line: nil, message: "cannot be unpacked (\(error)); "
                                    + "expected an intact zip archive", unreadable: false)
        }
    }
}
