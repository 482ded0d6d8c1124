import Foundation
import RegioTestSupport
import Testing
@testable import RegioUI

/// The README's key table is generated from the keymap (this test prints it); it fails when they differ.
@Suite struct ReadmeKeysTests {
    static func markdown(_ keymap: Keymap) -> String {
        var lines: [String] = []
        for context in KeyContext.allCases {
            lines.append("")
            lines.append("**\(context.title)**")
            lines.append("")
            lines.append("| keys | command | what it does |")
            lines.append("|---|---|---|")
            for binding in keymap.bindings[context] ?? [] {
                let keys = binding.keys.map { "`\($0.name)`" }.joined(separator: " ")
                lines.append("| \(keys) | \(binding.command.rawValue) | \(binding.command.summary(in: context)) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func readmeListsEveryBinding() throws {
        let readme = URL(fileURLWithPath: repositoryRoot + "/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let expected = Self.markdown(.standard)
        #expect(text.contains(expected), "README.md's key table is out of date; it should contain:\n\(expected)")
    }
}
