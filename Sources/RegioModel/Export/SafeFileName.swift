import Foundation

/// File names built from ids and other data: an id is untrusted text and may hold a slash, `..`, a
/// newline or an escape sequence. What comes out is a plain name — ASCII letters, digits, `-` and `_`,
/// one extension — that stays in the folder it is written to and reads the same in every message.
public enum SafeFileName {
    /// The longest part taken from one piece of text; the whole name stays far below the 255-byte limit.
    static let maximumPartLength = 48

    /// `regio-participants-SE.csv` from ["regio", "participants", "SE"] and "csv". Parts that hold nothing
    /// usable are left out.
    public static func make(_ parts: [String], extension fileExtension: String) -> String {
        let words = parts.map(part).filter { !$0.isEmpty }
        let stem = words.isEmpty ? "regio" : words.joined(separator: "-")
        let suffix = part(fileExtension)
        return suffix.isEmpty ? stem : stem + "." + suffix
    }

    /// One piece of text as letters, digits, `_` and single `-` between them: diacritics are dropped
    /// ("Västerbotten" → "Vasterbotten"), every other character becomes `-`.
    public static func part(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingDash = false
        for scalar in plain.unicodeScalars {
            guard result.count < maximumPartLength else { break }
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_") {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
