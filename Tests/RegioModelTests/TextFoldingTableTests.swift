import Foundation
import Testing
@testable import RegioModel

/// The folding table compiled into regio (`TextFolding.foldedLetters`) is exactly the one worked out from
/// the letters' canonical decompositions. Run with REGIO_RECORD_FOLDED_LETTERS=1 to write it out again
/// after changing `derivedTable()`; CI never records.
@Suite struct TextFoldingTableTests {
    @Test func theCompiledInTableIsTheDerivedOne() throws {
        let derived = TextFolding.derivedTable()
        if ProcessInfo.processInfo.environment["REGIO_RECORD_FOLDED_LETTERS"] == "1" {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Sources/RegioModel/Text/FoldedLetters.swift").standardizedFileURL.path
            let entries = derived.sorted { $0.key < $1.key }.map { key, value in
                "(0x\(String(key, radix: 16, uppercase: true)), \(value.debugDescription)),"
            }
            let lines = stride(from: 0, to: entries.count, by: 8).map {
                "        " + entries[$0..<min($0 + 8, entries.count)].joined(separator: " ")
            }
            let source = """
                // Written by TextFoldingTableTests (REGIO_RECORD_FOLDED_LETTERS=1) from TextFolding.derivedTable(); do not edit.
                extension TextFolding {
                    static let foldedLetters: [(UInt32, String)] = [
                \(lines.joined(separator: "\n"))
                    ]
                }

                """
            try source.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path) (\(entries.count) letters): rebuild and run the tests again without REGIO_RECORD_FOLDED_LETTERS")
            return
        }
        let compiledIn = TextFolding.foldedLetters
        #expect(Set(compiledIn.map(\.0)).count == compiledIn.count, "a letter is listed twice")
        #expect(compiledIn.count == derived.count)
        for (letter, folded) in compiledIn { #expect(derived[letter] == folded, "U+\(String(letter, radix: 16))") }
        #expect(derived.count > 800)
        #expect(TextFolding.fold("Ærøskøbing Łódź Ελλάδα Пловдив") == "aeroskobing lodz ελλαδα пловдив")
    }
}
