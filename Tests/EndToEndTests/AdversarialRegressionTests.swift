import Foundation
import Testing

/// What the second adversarial pass found after the hardening round, each as the user met it.
@Suite("Found by the adversarial pass", .timeLimit(.minutes(2)))
struct AdversarialRegressionTests {
    @Test("a theme file of 2 GiB is refused before it is read (it took 10 GB and 18 s)")
    func aHugeThemeIsRefusedUnread() throws {
        let folder = try ScratchFolder("regio-huge-theme")
        defer { folder.remove() }
        let path = folder.file("huge.toml")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 2 << 30) == 0)
        let run = try ProcessRunner.shell("ulimit -v 400000 && exec " + shellQuoted(try RegioBinary.path())
                                          + " themes check " + shellQuoted(path))
        #expect(run.status == 65)
        #expect((run.stdout + run.stderr).contains("huge.toml: is larger than 1024 KiB"), "\(run.stdout) \(run.stderr)")
    }

    @Test("a file-size limit makes output fail with status 74, not kill regio with SIGXFSZ")
    func aFileSizeLimitIsAnOutputError() throws {
        let folder = try ScratchFolder("regio-xfsz")
        defer { folder.remove() }
        let command = "ulimit -f 1 && exec " + shellQuoted(try RegioBinary.path()) + " list participants --format json > "
            + shellQuoted(folder.file("out.json"))
        let run = try ProcessRunner.shell(command)
        #expect(run.status == 74, "\(run.status) \(run.stderr)")
        #expect(run.stderr.contains("cannot write to standard output: File too large"), "\(run.stderr)")
    }

    @Test("export --force does not replace a FIFO or device with a file")
    func forceDoesNotReplaceAFIFO() throws {
        let folder = try ScratchFolder("regio-fifo-target")
        defer { folder.remove() }
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try ProcessRunner.regio(["export", "--format", "csv", "--out", fifo, "--force"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("it is not a regular file"), "\(run.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test("generate into a path that is a file says so plainly, not as a Foundation error dump")
    func generateIntoAFileSaysSoPlainly() throws {
        let folder = try ScratchFolder("regio-generate-file")
        defer { folder.remove() }
        let file = folder.file("taken")
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let run = try ProcessRunner.regio(["generate", "--out", file, "--memberships", "10"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("regio: cannot write into \(file): "), "\(run.stderr)")
        #expect(!run.stderr.contains("Domain="), "\(run.stderr)")
    }

    @Test("an empty --country or --nuts is a usage error, not a silent 'no filter'", arguments: ["--country", "--nuts"])
    func anEmptyFilterIsAUsageError(option: String) throws {
        let run = try ProcessRunner.regio(["list", "participants", option, ""])
        #expect(run.status == 64)
        #expect(run.stderr.contains("\(option) needs a"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
