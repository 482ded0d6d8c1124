import Foundation
import RegioTestSupport
import Testing

/// Data files at the 1 GiB size limit that are not JSON: rejected from the bytes that make them invalid,
/// without reading the rest (such a file once took 2.1 GB of memory and 10.8 s before its error at 1:1).
@Suite("Large files that are not JSON", .timeLimit(.minutes(1)))
struct LargeFileTests {
    /// Runs regio with its address space limited to 300 MB (`ulimit -v`), far below the 1 GiB a whole read
    /// of the file would take. (Peak RSS from wait4 cannot be used: a spawned child inherits the test
    /// runner's own high-water mark.)
    static func runInLittleMemory(_ arguments: [String]) throws -> ProcessOutput {
        let command = ([try RegioBinary.path()] + arguments).map(shellQuoted).joined(separator: " ")
        return try ProcessRunner.shell("ulimit -v 300000 && exec " + command)
    }

    /// A copy of the bundled data with one file replaced by `prefix` and then zeros up to 1 GiB (sparse:
    /// it takes no disk space).
    static func folderWithSparseFile(_ name: String, prefix: String) throws -> ScratchFolder {
        let folder = try ScratchFolder("regio-sparse")
        try copyBundledDataset(into: folder.path)
        let path = folder.file(name)
        try Data(prefix.utf8).write(to: URL(fileURLWithPath: path))
        #expect(truncate(path, 1 << 30) == 0)
        return folder
    }

    @Test(arguments: [(DataFolder.territoriesFile, "", "1:1"), (DataFolder.membershipsFile, "[\n  ", "2:3")])
    func aSparseGibibyteIsRejectedAtItsFirstZeroWithinAFewHundredMegabytes(file: String, prefix: String, position: String) throws {
        let folder = try Self.folderWithSparseFile(file, prefix: prefix)
        defer { folder.remove() }
        let run = try Self.runInLittleMemory(["validate", "--data", folder.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file):\(position): error: malformed JSON: unexpected byte 0x0"), "\(run.stderr)")
    }

    @Test func aControlByteInsideAStringIsReportedAtItsPlaceAsBefore() throws {
        // The early stop must not change the message: the parser still sees everything up to the byte.
        let folder = try ScratchFolder("regio-control")
        defer { folder.remove() }
        try copyBundledDataset(into: folder.path)
        let path = folder.file(DataFolder.initiativesFile)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"Bioenergy\"", with: "\"Bio\u{1}energy\"").utf8)
            .write(to: URL(fileURLWithPath: path))
        let run = try ProcessRunner.regio(["validate", "--data", folder.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("malformed JSON: control character 0x1"), "\(run.stderr)")
    }
}
