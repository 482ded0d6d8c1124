import Testing
@testable import RegioModel

/// The fast paths make a record's strings with `PlainValues.text`, which decodes and then checks that
/// nothing was repaired instead of validating first. It must accept exactly the valid UTF-8 that
/// `String(validating:)` accepts, with the same text.
@Suite("Plain strings from bytes")
struct PlainTextTests {
    @Test func textIsMadeExactlyFromValidUTF8() {
        var random = SeededRandom(seed: 77)
        // Bytes that make up valid and broken sequences: leads of every length, continuations, ASCII.
        let alphabet: [UInt8] = [0x41, 0x7A, 0x20, 0x80, 0xBF, 0xC3, 0xA4, 0xC0, 0xC1, 0xE2, 0x82, 0xAC, 0xED, 0xA0,
                                 0xF0, 0x9F, 0x91, 0x8D, 0xF4, 0x90, 0xF5, 0xFF, 0xEF, 0xBB]
        var valid = 0
        for _ in 0..<50_000 {
            let bytes = (0..<random.below(9)).map { _ in random.pick(alphabet) }
            let expected = String(validating: bytes, as: UTF8.self)
            let made = bytes.withUnsafeBufferPointer { PlainValues.text($0) }
            #expect(made == expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        #expect(valid > 5_000)   // the alphabet makes enough valid text for the comparison to mean something
    }
}
