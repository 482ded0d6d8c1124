import ArgumentParser
import RegioModel

/// Turns `--country` values into known codes ("se", "EL", "GR" with a hint), or fails with the list.
enum CountryArguments {
    static func resolve(_ values: [String]) throws -> Set<CountryCode> {
        var codes: Set<CountryCode> = []
        for value in values.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let code = CountryCode(value.uppercased().trimmingSpaces)
            guard Countries.named(code) != nil else {
                var message = "unknown country code '\(value)'"
                if code == "GR" { message += " (Greece is EL in EU usage)" }
                if code == "UK" { message += " (the United Kingdom is GB)" }
                message += "; expected one of: " + Countries.all.map(\.code.rawValue).joined(separator: " ")
                throw CommandFailure.usage(message)
            }
            codes.insert(code)
        }
        return codes
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
