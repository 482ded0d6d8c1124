import Foundation
import Testing

/// Data files at the 1 GiB size limit that are not JSON: rejected from the bytes that make them invalid,
/// without reading the rest (such a file once took 2.1 GB of memory and 10.8 s before its error at 1:1).
@Suite("Large files that are not JSON", .timeLimit(.minutes(1)))
struct LargeFileTests {
    /// Runs regio to the end and returns its exit status, stderr and peak memory (from wait4's rusage).
    static func runMeasured(_ arguments: [String]) throws -> (status: Int32, stderr: String, peakMiB: Int) {
        let folder = try ScratchFolder("regio-measured")
        defer { folder.remove() }
        let pid = try ProcessRunner.spawn(try RegioBinary.path(), arguments, environment: ProcessRunner.cleanEnvironment,
                                          stdout: folder.file("out"), stderr: folder.file("err"))
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let stderr = String(decoding: FileManager.default.contents(atPath: folder.file("err")) ?? Data(), as: UTF8.self)
        return ((status >> 8) & 0xff, stderr, usage.ru_maxrss / 1024)
    }

    /// A copy of the bundled data with one file replaced by `prefix` and then zeros up to 1 GiB (sparse:
    /// it takes no disk space).
    static func folderWithSparseFile(_ name: String, prefix: String) throws -> ScratchFolder {
        let folder = try ScratchFolder("regio-sparse")
        try DataFolder.copyBundled(into: folder.path)
        let path = folder.file(name)
        try Data(prefix.utf8).write(to: URL(fileURLWithPath: path))
        #expect(truncate(path, 1 << 30) == 0)
        return folder
    }

    @Test(arguments: [(DataFolder.territoriesFile, "", "1:1"), (DataFolder.membershipsFile, "[\n  ", "2:3")])
    func aSparseGibibyteIsRejectedAtItsFirstZeroInLittleMemory(file: String, prefix: String, position: String) throws {
        let folder = try Self.folderWithSparseFile(file, prefix: prefix)
        defer { folder.remove() }
        let run = try Self.runMeasured(["validate", "--data", folder.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file):\(position): error: malformed JSON: unexpected byte 0x0"), "\(run.stderr)")
        #expect(run.peakMiB < 100, "peak memory \(run.peakMiB) MiB")
    }

    @Test func aControlByteInsideAStringIsReportedAtItsPlaceAsBefore() throws {
        // The early stop must not change the message: the parser still sees everything up to the byte.
        let folder = try ScratchFolder("regio-control")
        defer { folder.remove() }
        try DataFolder.copyBundled(into: folder.path)
        let path = folder.file(DataFolder.initiativesFile)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"Bioenergy\"", with: "\"Bio\u{1}energy\"").utf8)
            .write(to: URL(fileURLWithPath: path))
        let run = try ProcessRunner.regio(["validate", "--data", folder.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("malformed JSON: control character 0x1"), "\(run.stderr)")
    }
}
