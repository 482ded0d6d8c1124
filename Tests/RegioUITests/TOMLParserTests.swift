import Testing
@testable import RegioUI

/// The TOML subset behind themes and config.toml: positions of every key and value, arrays, and bounded
/// work on hostile input (issue 11: 100,000 nested tables overflowed the stack).
@Suite struct TOMLParserTests {
    private func parse(_ text: String) -> Result<[TOMLEntry], TOMLSyntaxError> {
        do throws(TOMLSyntaxError) { return .success(try MiniTOML.parse(text)) } catch { return .failure(error) }
    }

    @Test func deepInlineTablesStopAtTheLimitWithAPosition() {
        let depth = 100_000
        let text = "text = " + String(repeating: "{ a = ", count: depth) + "1" + String(repeating: " }", count: depth) + "\n"
        guard case .failure(let error) = parse(text) else { Issue.record("accepted"); return }
        // The opening brace one past the limit: "text = " is 7 columns, each "{ a = " 6.
        #expect(error.position == TOMLPosition(line: 1, column: 8 + 6 * MiniTOML.maximumDepth))
        #expect(error.message.contains("nested more than \(MiniTOML.maximumDepth) levels deep"), "\(error.message)")
    }

    @Test func deepArraysStopAtTheLimitWithAPosition() {
        let depth = 100_000
        let text = "keys = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        guard case .failure(let error) = parse(text) else { Issue.record("accepted"); return }
        #expect(error.position == TOMLPosition(line: 1, column: 8 + MiniTOML.maximumDepth))
        #expect(error.message.contains("nested more than"))
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = MiniTOML.maximumDepth
        let text = "a = " + String(repeating: "{ b = ", count: depth) + "true" + String(repeating: " }", count: depth)
        let entries = try parse(text).get()
        var value = entries[0].value
        var levels = 0
        while case .table(let inner) = value { value = inner[0].value; levels += 1 }
        #expect(levels == depth)
        #expect(value == .boolean(true))
    }

    @Test func arraysKeepThePositionOfEveryElement() throws {
        let text = """
            [keys]
            search = ["/", "F3"]
            quit = [
              "q",   # the usual
              'C-c', # a literal string
            ]
            none = []
            """
        let keys = try parse(text).get()
        guard case .table(let bindings) = keys.first?.value else { Issue.record("no [keys] table"); return }
        #expect(bindings.map(\.key) == ["search", "quit", "none"])
        #expect(bindings[0].value == .array([
            TOMLArrayElement(value: .string("/"), position: TOMLPosition(line: 2, column: 11)),
            TOMLArrayElement(value: .string("F3"), position: TOMLPosition(line: 2, column: 16)),
        ]))
        #expect(bindings[1].value == .array([
            TOMLArrayElement(value: .string("q"), position: TOMLPosition(line: 4, column: 3)),
            TOMLArrayElement(value: .string("C-c"), position: TOMLPosition(line: 5, column: 3)),
        ]))
        #expect(bindings[2].value == .array([]))
        #expect(bindings[1].valuePosition == TOMLPosition(line: 3, column: 8))
    }

    @Test(arguments: [
        ("a = [1, 2", "1:10", "expected ',' or ']'"),
        ("a = [1 2]", "1:8", "expected ',' or ']'"),
        ("a = [,]", "1:6", "expected a value"),
        ("a = { b = 1, b = 2 }", "1:14", "key 'b' is defined twice"),
        ("a = 1\nb = 2\na = 3\n", "3:1", "key 'a' is defined twice"),
        ("[t]\nx = 1\n[u]\n[t]\n", "4:1", "table [t] is defined twice"),
        ("a = \"\\u00e9\\q\"", "1:12", "unknown escape"),
    ])
    func syntaxErrorsPointAtTheMistake(text: String, position: String, message: String) {
        guard case .failure(let error) = parse(text) else { Issue.record("accepted: \(text)"); return }
        #expect(error.position.description == position, "\(error)")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func escapesAndLiteralStrings() throws {
        let entries = try parse(#"a = "caf\u00e9\t\U0001F600""# + "\n" + #"b = 'C:\no\escapes'"#).get()
        #expect(entries[0].value == .string("café\t😀"))
        #expect(entries[1].value == .string(#"C:\no\escapes"#))
    }

    /// 20,000 distinct keys parse into 20,000 entries, and a repeat at the end is still found (the
    /// duplicate check is a set now, not a scan of the keys so far; scripts/bench-toml.sh times 100,000).
    @Test func largeTablesKeepEveryKeyAndFindTheRepeat() throws {
        var text = "[palette]\n"
        for index in 0..<20_000 { text += "k\(index) = \"#000000\"\n" }
        guard case .table(let palette) = try parse(text).get().first?.value else { Issue.record("no table"); return }
        #expect(palette.count == 20_000)
        guard case .failure(let error) = parse(text + "k19999 = \"#ffffff\"\n") else { Issue.record("repeat accepted"); return }
        #expect(error.position == TOMLPosition(line: 20_002, column: 1))
    }
}
