import Foundation
import RegioUI

/// `~/.config/regio/config.toml`: `theme = "light"` and `color = "auto" | "always" | "never"`.
struct UserConfig {
    var theme: String?
    var color: ColorChoice?
    /// Problems with the file; they are shown, not fatal.
    var problems: [String] = []

    static var path: String { ConfigPaths.directory + "/config.toml" }

    static func load() -> UserConfig {
        var config = UserConfig()
        guard let data = FileManager.default.contents(atPath: path) else { return config }
        let entries: [TOMLEntry]
        do throws(TOMLSyntaxError) {
            entries = try MiniTOML.parse(String(decoding: data, as: UTF8.self))
        } catch {
            config.problems.append("\(path):\(error.position): \(error.message)")
            return config
        }
        for entry in entries {
            switch (entry.key, entry.value) {
            case ("theme", .string(let name)): config.theme = name
            case ("color", .string(let value)):
                if let choice = ColorChoice(rawValue: value) { config.color = choice }
                else { config.problems.append("\(path):\(entry.valuePosition): color must be auto, always or never") }
            default:
                config.problems.append("\(path):\(entry.keyPosition): unknown setting '\(entry.key)'; known: theme, color")
            }
        }
        return config
    }
}
