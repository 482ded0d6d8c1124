/// Inline tables and arrays, parsed with an explicit stack instead of recursion, so that no input can
/// exhaust the thread's stack (issue 11: 100,000 nested `{ a = ` crashed the old recursive parser).
extension TOMLParser {
    /// A table or array that has been opened and not yet closed.
    private enum OpenContainer {
        /// `{ … `: the entries so far and the key whose value is being parsed.
        case table(TOMLTableBuilder, pendingKey: String, keyPosition: TOMLPosition, valuePosition: TOMLPosition,
                   start: TOMLPosition)
        /// `[ … `: the elements so far and where the element being parsed starts.
        case array([TOMLArrayElement], elementPosition: TOMLPosition, start: TOMLPosition)
    }

    /// One value of any kind, starting at the current position.
    mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        var open: [OpenContainer] = []
        while true {
            // Open containers until a complete value is found.
            var finished: TOMLValue
            let start = position
            switch current {
            case "{", "[":
                guard open.count < MiniTOML.maximumDepth else {
                    throw error("tables and arrays nested more than \(MiniTOML.maximumDepth) levels deep")
                }
                let isTable = current == "{"
                advance()
                if isTable {
                    skipSpaces()
                    if current == "}" { advance(); finished = .table([]); break }
                    let (key, keyPosition, valuePosition) = try keyAndEquals()
                    open.append(.table(TOMLTableBuilder(), pendingKey: key, keyPosition: keyPosition,
                                       valuePosition: valuePosition, start: start))
                } else {
                    skipBlankLines()
                    if current == "]" { advance(); finished = .array([]); break }
                    open.append(.array([], elementPosition: position, start: start))
                }
                continue
            default:
                finished = try scalarValue()
            }
            // Hand the finished value to the innermost container; close containers while they end here.
            while let container = open.popLast() {
                switch container {
                case .table(var builder, let key, let keyPosition, let valuePosition, let start):
                    try builder.add(TOMLEntry(key: key, keyPosition: keyPosition, value: finished,
                                              valuePosition: valuePosition))
                    skipSpaces()
                    if current == "," {
                        advance()
                        skipSpaces()
                        let (next, nextKeyPosition, nextValuePosition) = try keyAndEquals()
                        open.append(.table(builder, pendingKey: next, keyPosition: nextKeyPosition,
                                           valuePosition: nextValuePosition, start: start))
                    } else if current == "}" {
                        advance()
                        finished = .table(builder.entries)
                        continue
                    } else {
                        throw error(current.map { "unexpected '\($0)'; expected ',' or '}'" }
                                    ?? "unexpected end of file; expected ',' or '}'")
                    }
                case .array(var elements, let elementPosition, let start):
                    elements.append(TOMLArrayElement(value: finished, position: elementPosition))
                    skipBlankLines()
                    var closes = current == "]"
                    if current == "," {
                        advance()
                        skipBlankLines()
                        closes = current == "]"  // a trailing comma is allowed
                    } else if !closes {
                        throw error(current.map { "unexpected '\($0)'; expected ',' or ']'" }
                                    ?? "unexpected end of file; expected ',' or ']'")
                    }
                    if closes {
                        advance()
                        finished = .array(elements)
                        continue
                    }
                    open.append(.array(elements, elementPosition: position, start: start))
                }
                break
            }
            if open.isEmpty { return finished }
        }
    }

    /// `key =` inside an inline table, leaving the position at the value.
    private mutating func keyAndEquals() throws(TOMLSyntaxError) -> (String, TOMLPosition, TOMLPosition) {
        let keyPosition = position
        let key = try self.key()
        skipSpaces()
        guard current == "=" else { throw error("expected '=' after the key '\(key)'") }
        advance()
        skipSpaces()
        return (key, keyPosition, position)
    }
}
