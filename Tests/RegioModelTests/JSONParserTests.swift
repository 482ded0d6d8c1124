import Testing
@testable import RegioModel

/// Parses `text` and returns the syntax error, or nil when it parsed.
private func syntaxError(_ text: String) -> JSONSyntaxError? { syntaxError(Array(text.utf8)) }

private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

private func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

private func string(_ node: JSONNode?) -> String? {
    if case .string(let text)? = node?.value { text } else { nil }
}

private func number(_ node: JSONNode?) -> Double? {
    if case .number(let value)? = node?.value { value } else { nil }
}

private func elements(_ node: JSONNode) -> [JSONNode] {
    if case .array(let elements) = node.value { elements } else { [] }
}

@Suite("JSONParser: valid views")
struct JSONParserValidTests {
    @Test func parsesEveryKindOfValue() throws {
        let node = try parse(#"{"s": "text", "n": -12.5e1, "t": true, "f": false, "z": null, "a": [1, [2]], "o": {"k": "v"}}"#)
        #expect(string(node["s"]) == "text")
        #expect(number(node["n"]) == -125)
        if case .bool(true)? = node["t"]?.value {} else { Issue.record("t is not true") }
        if case .bool(false)? = node["f"]?.value {} else { Issue.record("f is not false") }
        if case .null? = node["z"]?.value {} else { Issue.record("z is not null") }
        let array = try #require(node["a"])
        #expect(elements(array).count == 2)
        #expect(number(elements(array).first) == 1)
        #expect(string(node["o"]?["k"]) == "v")
        #expect(node["missing"] == nil)
    }

    @Test func scalarsAtTopLevelAndWhitespaceAround() throws {
        #expect(number(try parse(" \t\r\n 42 \n")) == 42)
        #expect(string(try parse(#""x""#)) == "x")
        #expect(elements(try parse("[ ]")).isEmpty)
        if case .object(let members) = try parse("{ }").value { #expect(members.isEmpty) } else {
            Issue.record("not an object")
        }
    }

    @Test func numbersInEveryAllowedForm() throws {
        for (text, value) in [("0", 0.0), ("-0", 0), ("7", 7), ("0.5", 0.5), ("-3.25", -3.25), ("1e3", 1000),
                              ("1E+2", 100), ("25e-1", 2.5), ("10", 10)] {
            #expect(number(try parse(text)) == value, "\(text)")
        }
    }

    @Test func escapesAreDecoded() throws {
        #expect(string(try parse(#""a\"b\\c\/d\be\ff\ng\rh\ti""#)) == "a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti")
        #expect(string(try parse(#""\u00e9\u00C5""#)) == "éÅ")
        #expect(string(try parse(#""plain Österbotten""#)) == "plain Österbotten")
        #expect(string(try parse(#""mixed Ö \n ł""#)) == "mixed Ö \n ł")
    }

    @Test func surrogatePairsInUnicodeEscapes() throws {
        #expect(string(try parse(#""\uD83D\uDE00""#)) == "😀")
        #expect(string(try parse(#""a\ud834\udd1eb""#)) == "a𝄞b")
    }

    @Test func unpairedSurrogatesAreRejected() {
        for text in [#""\uDE00""#, #""\uD83D""#, #""\uD83Dx""#, #""\uD83D\u0041""#, #""\uD83D\n""#] {
            let error = syntaxError(text)
            #expect(error?.message.contains("surrogate") == true, "\(text): \(String(describing: error))")
        }
    }

    @Test func positionsOfValuesAreRecorded() throws {
        let node = try parse("[\n  {\"a\": 1,\n   \"Ö\": \"x\"}\n]")
        #expect(node.position == SourcePosition(line: 1, column: 1))
        let object = try #require(elements(node).first)
        #expect(object.position == SourcePosition(line: 2, column: 3))
        #expect(object["a"]?.position == SourcePosition(line: 2, column: 9))
        // "Ö" is two bytes but one column: the value starts at column 9, not 10.
        #expect(object["Ö"]?.position == SourcePosition(line: 3, column: 9))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(elements(node).count == 1)
        #expect(node.position == SourcePosition(line: 1, column: 1))
    }

    @Test func duplicateKeysAreKeptAndTheFirstWins() throws {
        let node = try parse(#"{"k": 1, "k": 2}"#)
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["k", "k"])
        #expect(number(node["k"]) == 1)
    }

    @Test func typeNames() throws {
        #expect(try parse("null").value.typeName == "null")
        #expect(try parse("true").value.typeName == "a boolean")
        #expect(try parse("1").value.typeName == "a number")
        #expect(try parse(#""""#).value.typeName == "a string")
        #expect(try parse("[]").value.typeName == "an array")
        #expect(try parse("{}").value.typeName == "an object")
    }
}

@Suite("JSONParser: errors and their positions")
struct JSONParserErrorTests {
    @Test func missingCommaOnLineThreeCountsCharactersNotBytes() throws {
        let line3 = #"  {"name": "Örebro" "x": 1}"#
        let text = "[\n  {\"a\": 1},\n" + line3 + "\n]"
        let error = try #require(syntaxError(text))
        // The offending quote is the 21st character of the line but the 22nd byte ("Ö" is two bytes).
        #expect(column(of: #""x""#, in: line3) == 21)
        #expect(error.position == SourcePosition(line: 3, column: 21))
        #expect(error.message == "unexpected character '\"'; expected ',' or '}'")
        #expect(error.description == "3:21: unexpected character '\"'; expected ',' or '}'")
    }

    @Test func columnsAfterSeveralMultiByteCharacters() throws {
        // "Łódź" is 4 characters and 7 bytes; the number after the missing comma is character 9.
        let error = try #require(syntaxError(#"["Łódź" 1]"#))
        #expect(error.position == SourcePosition(line: 1, column: 9))
        let emoji = try #require(syntaxError("[\"😀😀\"\n, 1 2]"))
        #expect(emoji.position == SourcePosition(line: 2, column: 5))
    }

    @Test func missingCommaInArray() throws {
        let error = try #require(syntaxError("[\n1\n2]"))
        #expect(error.position == SourcePosition(line: 3, column: 1))
        #expect(error.message.contains("expected ',' or ']'"))
    }

    @Test func structuralErrors() {
        let cases: [(String, String, SourcePosition)] = [
            (#"{"a" 1}"#, "expected ':' after the member name", SourcePosition(line: 1, column: 6)),
            (#"{a: 1}"#, "expected a member name in double quotes", SourcePosition(line: 1, column: 2)),
            (#"[1,]"#, "expected a value", SourcePosition(line: 1, column: 4)),
            (#"{"a": 1,}"#, "expected a member name", SourcePosition(line: 1, column: 9)),
            (#"[1"#, "unexpected end of file; expected ',' or ']'", SourcePosition(line: 1, column: 3)),
            (#"{"a": 1"#, "unexpected end of file; expected ',' or '}'", SourcePosition(line: 1, column: 8)),
            (#"["abc"#, "unterminated string", SourcePosition(line: 1, column: 2)),
            (#"[tru]"#, "invalid literal; expected 'true'", SourcePosition(line: 1, column: 2)),
            (#"[nul"#, "invalid literal; expected 'null'", SourcePosition(line: 1, column: 2)),
            (#"["\x"]"#, "invalid escape", SourcePosition(line: 1, column: 5)),
            (#"["\u12G4"]"#, "expected four hexadecimal digits", SourcePosition(line: 1, column: 7)),
        ]
        for (text, message, position) in cases {
            let error = syntaxError(text)
            #expect(error?.message.contains(message) == true, "\(text): \(String(describing: error))")
            #expect(error?.position == position, "\(text): \(String(describing: error))")
        }
    }

    @Test func emptyDocument() {
        #expect(syntaxError("")?.message == "unexpected end of file; expected a value")
        #expect(syntaxError(" \n\t ")?.position == SourcePosition(line: 2, column: 3))
    }

    @Test func trailingGarbageAfterTheDocument() {
        let error = syntaxError("[1]\n  x")
        #expect(error?.message == "unexpected character 'x' after the end of the document")
        #expect(error?.position == SourcePosition(line: 2, column: 3))
        #expect(syntaxError("{} {}")?.message.contains("after the end of the document") == true)
        #expect(syntaxError("1 2")?.message.contains("after the end of the document") == true)
        #expect(syntaxError("[1]   ") == nil)
    }

    @Test func leadingZerosAndOtherBadNumbers() {
        for text in ["01", "-01", "00", "[007]"] {
            #expect(syntaxError(text)?.message.contains("leading zeros") == true, "\(text)")
        }
        for text in ["-", "1.", ".5", "+1", "1e", "1e+", "-a", "0x10"] {
            #expect(syntaxError(text) != nil, "\(text) should be rejected")
        }
        #expect(syntaxError("[1.]")?.message.contains("expected a digit after '.'") == true)
        #expect(syntaxError("[-]")?.position == SourcePosition(line: 1, column: 2))
    }

    @Test func invalidUTF8InsideAString() throws {
        // "é" cut short: 0xC3 followed by "(".
        let error = try #require(syntaxError([0x0A] + Array(#"["ok", "a"#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8)))
        #expect(error.message == "invalid UTF-8 inside a string")
        #expect(error.position == SourcePosition(line: 2, column: 8))
        // The same on the slow path, after an escape.
        let escaped = syntaxError(Array(#"["\n"#.utf8) + [0xFF] + Array(#""]"#.utf8))
        #expect(escaped?.message == "invalid UTF-8 inside a string")
        // An overlong encoding of "/" is not valid UTF-8 either.
        #expect(syntaxError(Array(#"[""#.utf8) + [0xC0, 0xAF] + Array(#""]"#.utf8)) != nil)
    }

    @Test func invalidBytesOutsideStrings() {
        let error = syntaxError([0x5B, 0xFF, 0x5D])
        #expect(error?.message == "unexpected byte 0xFF; expected a value")
        #expect(error?.position == SourcePosition(line: 1, column: 2))
    }

    @Test func unescapedControlCharactersInStrings() {
        let tab = syntaxError("[\"a\tb\"]")
        #expect(tab?.message.contains("control character 0x9 inside a string") == true)
        #expect(tab?.position == SourcePosition(line: 1, column: 4))
        let newline = syntaxError("[\"ab\ncd\"]")
        #expect(newline?.message.contains("a line break inside a string") == true)
        #expect(newline?.position == SourcePosition(line: 1, column: 5))
        #expect(syntaxError("[\"\u{1}\"]")?.message.contains("control character 0x1") == true)
        // Also after an escape (the slow path).
        #expect(syntaxError("[\"\\n\u{1F}\"]")?.message.contains("control character 0x1F") == true)
        // Escaped control characters are fine.
        #expect(syntaxError(#"["\u0001\t"]"#) == nil)
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(arrays) == nil)
        let objects = String(repeating: #"{"a":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        #expect(syntaxError(objects) == nil)
    }

    @Test func nestingBeyondTheLimitIsRejected() throws {
        let depth = JSONParser.maximumDepth + 1
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(syntaxError(arrays))
        #expect(error.message == "nesting deeper than \(JSONParser.maximumDepth) levels")
        #expect(error.position == SourcePosition(line: 1, column: depth))
        let objects = String(repeating: #"{"a":"#, count: depth)
        #expect(syntaxError(objects)?.message.contains("nesting deeper") == true)
    }

    @Test func veryDeepNestingDoesNotCrash() {
        // Far beyond what the stack would survive if the parser recursed without a limit.
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(syntaxError(bytes)?.message.contains("nesting deeper") == true)
        var mixed = ""
        for _ in 0..<100_000 { mixed += #"{"k":["# }
        #expect(syntaxError(mixed)?.message.contains("nesting deeper") == true)
    }
}

@Suite("JSONParser.forEachElement")
struct ForEachElementTests {
    @Test func handsOutEachElementInOrder() throws {
        var seen: [(Int, Double, SourcePosition)] = []
        let shape = try JSONParser.forEachElement(of: Array("[\n10,\n 20 ,\n  30]".utf8)) { index, node in
            seen.append((index, number(node) ?? -1, node.position))
        }
        #expect(shape.isArray)
        #expect(seen.map(\.0) == [0, 1, 2])
        #expect(seen.map(\.1) == [10, 20, 30])
        #expect(seen.map(\.2) == [SourcePosition(line: 2, column: 1), SourcePosition(line: 3, column: 2),
                                  SourcePosition(line: 4, column: 3)])
    }

    @Test func emptyArrayCallsNothing() throws {
        var calls = 0
        let shape = try JSONParser.forEachElement(of: Array(" [ ] ".utf8)) { _, _ in calls += 1 }
        #expect(shape.isArray)
        #expect(calls == 0)
    }

    @Test func objectAtTopLevelIsReportedAndNothingIsCalled() throws {
        var calls = 0
        let shape = try JSONParser.forEachElement(of: Array(#"{"id": "a", "list": [1, 2]}"#.utf8)) { _, _ in calls += 1 }
        #expect(!shape.isArray)
        #expect(shape.topLevel == "an object")
        #expect(calls == 0)
        let string = try JSONParser.forEachElement(of: Array(#""text""#.utf8)) { _, _ in calls += 1 }
        #expect(!string.isArray)
        #expect(string.topLevel == "a string")
        #expect(calls == 0)
    }

    @Test func emptyFileIsAnError() {
        for text in ["", "  \n "] {
            do {
                _ = try JSONParser.forEachElement(of: Array(text.utf8)) { _, _ in }
                Issue.record("an empty file was accepted")
            } catch {
                #expect(error.message == "the file is empty; expected a JSON array")
            }
        }
    }

    @Test func syntaxErrorAfterSomeElementsStillThrows() {
        var calls = 0
        do {
            _ = try JSONParser.forEachElement(of: Array("[1, 2 3]".utf8)) { _, _ in calls += 1 }
            Issue.record("accepted a missing comma")
        } catch {
            #expect(error.position == SourcePosition(line: 1, column: 7))
        }
        #expect(calls == 2)
    }

    @Test func trailingGarbageAndDepthLimit() {
        do {
            _ = try JSONParser.forEachElement(of: Array("[1] ]".utf8)) { _, _ in }
            Issue.record("accepted trailing garbage")
        } catch {
            #expect(error.message.contains("after the end of the document"))
        }
        let depth = JSONParser.maximumDepth
        let ok = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try JSONParser.forEachElement(of: Array(ok.utf8)) { _, _ in } }
        let deep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.forEachElement(of: Array(deep.utf8)) { _, _ in } }
    }
}
