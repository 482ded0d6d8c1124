import ArgumentParser
import RegioModel

/// Turns `--country` values into known codes ("se", "EL", "GR" with a hint), or fails with the list.
enum CountryArguments {
    static func resolve(_ values: [String]) throws -> Set<CountryCode> {
        var codes: Set<CountryCode> = []
        // An empty value is a mistake (an unset shell variable), not "no filter": say so.
        if values.contains(where: { $0.trimmingSpaces.isEmpty }) {
            throw CommandFailure.usage("--country needs a country code, e.g. --country SE; it was empty")
        }
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
