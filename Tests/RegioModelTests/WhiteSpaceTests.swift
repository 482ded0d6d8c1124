import Testing
@testable import RegioModel

/// The loaders test whether a name is blank from its first scalar with a written-out list
/// (`RecordReader.isWhiteSpace`); it must be Unicode's White_Space property exactly.
@Suite("White space as the loaders see it")
struct WhiteSpaceTests {
    @Test func theListIsUnicodesWhiteSpacePropertyForEveryScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if RecordReader.isWhiteSpace(scalar) != scalar.properties.isWhitespace { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func blankNamesAreBlankInAnyScript() {
        #expect(RecordReader.isBlank("\u{3000}\u{A0} "))
        #expect(RecordReader.isBlank(""))
        #expect(!RecordReader.isBlank("\u{3000}漢"))
        #expect(!RecordReader.isBlank("Ωmega"))
        #expect(!RecordReader.isBlank("\u{200B}"))   // zero width space is not White_Space
    }
}
