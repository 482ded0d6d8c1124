/// Splitting a large top-level JSON array into pieces that two cores can parse at the same time.
///
/// The split needs no pre-scan of the whole file because JSON never allows a raw line break inside a
/// string: every newline lies between tokens. A piece therefore starts just after a newline that looks
/// like it ends an element (`,` before it, `{` after it). Whether it really is a top-level element
/// boundary is proved afterwards: the piece before must stop exactly there after a whole number of
/// top-level elements. When that fails (an unusual layout, a syntax error), the caller parses the file in
/// one piece, so results and messages never depend on the split.
enum JSONArrayPieces {
    /// Where each piece starts (the first at 0), looking for boundaries in windows of the source near
    /// equal divisions. Fewer than `count` pieces when no good boundary is found.
    static func starts(in source: ByteSource, count: Int) -> [Int] {
        var starts = [0]
        guard count > 1, source.count >= minimumPieceSize * 2 else { return starts }
        for part in 1..<count {
            let target = source.count / count * part
            guard target > starts.last! + minimumPieceSize else { continue }
            // A little before the target too, to see what ends the line before a boundary.
            let windowStart = max(0, target - lookBehind)
            let found = try? source.withBytes(windowStart..<target + searchWindow) { window in
                boundary(in: window, from: target - windowStart).map { windowStart + $0 }
            }.get()
            if let found = found ?? nil { starts.append(found) }
        }
        return starts
    }

    /// Smaller files are not worth a second thread.
    static let minimumPieceSize = 1 << 20
    /// How far past the target a boundary is looked for before giving up on this split.
    private static let searchWindow = 1 << 18
    private static let lookBehind = 4096

    /// The first line start at or after `from` whose line begins (after blanks) with `{` and whose
    /// previous line ends (before blanks) with `,`.
    private static func boundary(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var position = from
        while position < bytes.count {
            guard bytes[position] == 0x0A else { position += 1; continue }
            let start = position + 1
            var next = start
            while next < bytes.count, isBlank(bytes[next]) { next += 1 }
            var previous = position - 1
            while previous >= 0, isBlank(bytes[previous]) { previous -= 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: "{"), previous >= 0, bytes[previous] == UInt8(ascii: ",") {
                return start
            }
            position = start
        }
        return nil
    }

    /// What parsing one piece found.
    struct Outcome: Sendable {
        var elementCount = 0
        /// The piece ended at the end of its bytes just after a `,` (and blanks): where the next piece
        /// must carry on.
        var stoppedAtEnd = false
        /// The line the piece ended on, counting its first line as 1.
        var endLine = 1
        /// True when the piece ended the array (with `]`) and the document.
        var closedArray = false
        /// False when the document's top level is not an array (only the first piece can tell).
        var isArray = true
    }

    /// Parses the elements in `bytes`, handing each to `element` with its index in the piece. The first
    /// piece (`opensArray`) also reads the opening `[`. With `stopAtEnd`, running out of bytes after a
    /// `,` ends the piece; otherwise the array must close and the document end.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, opensArray: Bool, stopAtEnd: Bool,
        progress: ((Int) -> Void)? = nil,
        element: (inout JSONReader, Int) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) -> Outcome {
        var reader = JSONReader(bytes: bytes)
        var outcome = Outcome()
        if opensArray {
            reader.skipByteOrderMark()
            reader.skipWhitespace()
            guard !reader.atEnd else { throw reader.error("the file is empty; expected a JSON array") }
            guard bytes[reader.index] == UInt8(ascii: "[") else { outcome.isArray = false; return outcome }
            reader.index += 1
            reader.skipWhitespace()
            if reader.index < bytes.count && bytes[reader.index] == UInt8(ascii: "]") {
                reader.index += 1
                return try finish(&reader, outcome)
            }
        }
        var reported = 0
        while true {
            reader.skipWhitespace()
            if stopAtEnd && outcome.elementCount > 0 && reader.atEnd {
                outcome.stoppedAtEnd = true
                outcome.endLine = reader.line
                progress?(bytes.count - reported)
                return outcome
            }
            guard !reader.atEnd else { throw reader.error("unexpected end of file; expected a value") }
            try element(&reader, outcome.elementCount)
            outcome.elementCount += 1
            if let progress, outcome.elementCount & 0x3FFF == 0 {
                progress(reader.index - reported)
                reported = reader.index
            }
            reader.skipWhitespace()
            guard reader.index < bytes.count else { throw reader.error("unexpected end of file; expected ',' or ']'") }
            switch bytes[reader.index] {
            case UInt8(ascii: ","): reader.index += 1
            case UInt8(ascii: "]"):
                reader.index += 1
                progress?(bytes.count - reported)
                return try finish(&reader, outcome)
            default: throw reader.error("unexpected \(reader.describeCurrent()); expected ',' or ']'")
            }
        }
    }

    private static func finish(_ reader: inout JSONReader, _ outcome: Outcome) throws(JSONSyntaxError) -> Outcome {
        reader.skipWhitespace()
        if !reader.atEnd { throw reader.error("unexpected \(reader.describeCurrent()) after the end of the document") }
        var outcome = outcome
        outcome.closedArray = true
        return outcome
    }

    /// Whether one piece ended as a piece in its place must: just after a `,`, or, the last one, closing
    /// the array and the document.
    static func fits(_ outcome: Outcome, isLast: Bool) -> Bool {
        outcome.isArray && outcome.closedArray == isLast && (isLast || outcome.stoppedAtEnd)
    }
}
