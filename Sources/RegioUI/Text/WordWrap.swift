/// Breaks text into lines of at most `width` cells at spaces. A word longer than a line is cut into pieces
/// that fit, and a character wider than a line (an emoji sequence, a letter carrying a flood of spacing
/// marks) is split into the units a terminal draws, so every step consumes text and any input ends.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        func breakLine() {
            lines.append(current)
            current = ""
            currentWidth = 0
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = TextWidth.width(of: word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth > width { breakLine() }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            if currentWidth + wordWidth <= width {
                current += word
                currentWidth += wordWidth
                continue
            }
            // Longer than a whole line (the line is empty here): fill lines piece by piece.
            for piece in TextWidth.pieces(of: word, fittingIn: width) {
                if currentWidth + piece.width > width { breakLine() }
                current += piece.text
                currentWidth += piece.width
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
