/// Sort keys for names in a language's alphabetical order. The folded form (case, diacritics and
/// punctuation ignored, see `TextFolding`) is right for English and Dutch; Swedish keeps å, ä and ö as
/// letters of their own after z ("Åbo" after "Västerbotten"), with æ as ä, ø as ö and ü as y, as
/// Swedish dictionaries order them.
public enum Collation {
    public static func key(_ text: String, language: NameLanguage) -> String {
        guard language == .sv else { return TextFolding.fold(text) }
        // Fold each character on its own, so that the letters Swedish keeps are not folded away.
        var key = ""
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            let letter: String? = switch character {
            case "å": "{"
            case "ä", "æ": "|"
            case "ö", "ø": "}"
            case "ü": "y"
            default: nil
            }
            let piece = letter ?? TextFolding.fold(String(character))
            if piece.isEmpty {
                // Punctuation and spaces fold to nothing alone: one space between words, as `fold` does.
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace { key += " "; pendingSpace = false }
            key += piece
        }
        return key
    }
}
