/// Breaks text into lines of at most `width` cells at spaces; a word longer than a line is cut.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = TextWidth.width(of: word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                let head = TextWidth.truncate(word, to: width + 1).dropLast()
                if !current.isEmpty { lines.append(current); current = ""; currentWidth = 0 }
                lines.append(String(head))
                word.removeFirst(head.count)
                wordWidth = TextWidth.width(of: word)
            }
            if currentWidth > 0 { current += " "; currentWidth += 1 }
            current += word
            currentWidth += wordWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
