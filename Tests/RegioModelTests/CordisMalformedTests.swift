import Foundation
import Testing
@testable import RegioModel

/// Broken CORDIS files: each error names the file and line and what was expected, and no folder is left.
@Suite struct CordisMalformedTests {
    static let header = #""id";"acronym";"title";"frameworkProgramme""#

    /// Imports `projects` (with the fixture's organisations) and returns the error's text.
    func failure(projects: String, organizations: String? = nil) throws -> (String, FixtureDirectory) {
        let directory = try FixtureDirectory(["p.csv": projects])
        if let organizations { try directory.write("o.csv", organizations) }
        let source = CordisCSVFiles(projects: directory.path + "/p.csv",
                                    organizations: organizations == nil ? CordisFixture.organizations : directory.path + "/o.csv")
        do {
            let result = try CordisImporter().run(source)
            try CordisFolderWriter.write(result, to: directory.path + "/out")
            Issue.record("imported without an error")
            return ("", directory)
        } catch let error as CordisImportError {
            #expect(!FileManager.default.fileExists(atPath: directory.path + "/out"))
            return (error.description.replacingOccurrences(of: directory.path + "/", with: ""), directory)
        }
    }

    @Test func aQuoteLeftOpenNamesTheLineWhereTheFieldStarts() throws {
        let (message, _) = try failure(projects: Self.header + "\n\"1\";\"A\";\"T\";\"HORIZON\"\n\"2\";\"B\";\"never closed\n;x\n")
        #expect(message == "p.csv:3: a quoted field is not closed; expected a \" before the end of the file")
    }

    @Test func aStrayQuoteNamesTheLineOfTheCharacterAfterIt() throws {
        let (message, _) = try failure(projects: Self.header + "\n\"1\";\"A\";\"two\nlines\"x;\"H\"\n")
        #expect(message == "p.csv:3: expected ; or the end of the line after a closing quote, found 'x' (field 3)")
    }

    @Test func aRowWithTooFewFieldsSaysHowManyWereExpected() throws {
        let (message, _) = try failure(projects: Self.header + "\n\"1\";\"A\";\"T\"\n")
        #expect(message.hasPrefix("p.csv:2: expected 4 fields separated by ; (as in the header), found 3"))
    }

    @Test func aMissingColumnIsNamed() throws {
        let (message, _) = try failure(projects: #""id";"acronym";"title""# + "\n")
        #expect(message.hasPrefix(#"p.csv:1: no column "frameworkProgramme"; expected a semicolon-separated header"#))
    }

    @Test func aMissingOrganisationColumnIsNamed() throws {
        let (message, _) = try failure(projects: Self.header + "\n", organizations: #""projectID";"role""# + "\n")
        #expect(message.hasPrefix(#"o.csv:1: no column "nutsCode""#))
    }

    @Test func aProjectListedTwiceIsAnError() throws {
        let (message, _) = try failure(projects: Self.header + "\n\"1\";\"A\";\"T\";\"H\"\n\"1\";\"B\";\"U\";\"H\"\n")
        #expect(message == "p.csv:3: project 1 appears a second time; expected one line per project (first at line 2)")
    }

    @Test func anEmptyFileIsAnError() throws {
        let (message, _) = try failure(projects: "")
        #expect(message == "p.csv:1: the file is empty; expected a header line")
    }

    @Test func invalidUTF8IsNamedByColumn() throws {
        let bytes = Array((Self.header + "\n\"1\";\"").utf8) + [0xFF] + Array("\";\"T\";\"H\"\n".utf8)
        let directory = try FixtureDirectory()
        try Data(bytes).write(to: URL(fileURLWithPath: directory.path + "/p.csv"))
        let source = CordisCSVFiles(projects: directory.path + "/p.csv", organizations: CordisFixture.organizations)
        let error = #expect(throws: CordisImportError.self) { try CordisImporter().run(source) }
        #expect(error?.message == "column acronym is not valid UTF-8 text")
        #expect(error?.line == 2)
    }

    @Test func anExistingFolderIsNeverWrittenInto() throws {
        let directory = try FixtureDirectory()
        try directory.makeDirectory("out")
        try directory.write("out/keep.txt", "mine")
        let result = try CordisImporter().run(CordisFixture.files)
        #expect(throws: CordisImportError.self) { try CordisFolderWriter.write(result, to: directory.path + "/out") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/out") == ["keep.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["out"])
    }
}

/// The CSV reader on its own: the same records whatever the chunk sizes.
@Suite struct CSVStreamTests {
    func records(_ bytes: [UInt8], chunk: Int) throws -> [[String]] {
        var stream = CSVStream()
        var found: [[String]] = []
        let collect = { (record: CSVStream.Record) in found.append((0..<record.count).map { record.string($0) ?? "?" }) }
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            try bytes[offset..<end].withUnsafeBytes { try stream.feed($0, collect) }
            offset = end
        }
        try stream.finish(collect)
        return found
    }

    @Test func quotedSeparatorsQuotesAndLineBreaksSurviveAnyChunking() throws {
        let text = "\u{FEFF}\"a\";\"b\"\r\n\"x;y\";\"say \"\"hi\"\"\nnext\"\r\nplain;\"\"\n\"last\";\"row\""
        let expected = [["a", "b"], ["x;y", "say \"hi\"\nnext"], ["plain", ""], ["last", "row"]]
        for chunk in [1, 2, 3, 5, 7, 64] {
            #expect(try records(Array(text.utf8), chunk: chunk) == expected, "chunk \(chunk)")
        }
    }

    @Test func theFixtureReadsTheSameByteByByte() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: CordisFixture.projects)))
        let whole = try records(bytes, chunk: bytes.count)
        #expect(whole.count == 5)
        #expect(try records(bytes, chunk: 1) == whole)
        #expect(whole[1][16] == "Hydrogen valleys in the north.\nSecond line; with a semicolon.\n\"Quoted\" text.")
    }
}
