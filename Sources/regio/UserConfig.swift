import Foundation
import RegioModel
import RegioUI

/// The user's config file: `$REGIO_CONFIG`, else `$XDG_CONFIG_HOME/regio/config.toml`, else
/// `~/.config/regio/config.toml` (see `ConfigFile` for what it holds). Its problems are shown, not fatal.
struct UserConfig {
    var file = ConfigFile()

    var theme: String? { file.theme }
    var color: ColorChoice? { file.color.flatMap(ColorChoice.init(rawValue:)) }
    var language: UILanguage? { file.language }
    var mouse: Bool? { file.mouse }
    var keymap: Keymap { file.keymap }
    var problems: [String] { file.problems.map(\.description) }

    static var path: String? {
        if let path = Environment["REGIO_CONFIG"], !path.isEmpty { return path }
        return ConfigPaths.directory.map { $0 + "/config.toml" }
    }

    static func load() -> UserConfig {
        var config = UserConfig()
        guard let path else { return config }
        let data: [UInt8]
        switch SmallFile.read(path) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            // A missing default file is normal; a file named in REGIO_CONFIG that is missing is not, nor is
            // one that cannot be read.
            let named = Environment["REGIO_CONFIG"].map { !$0.isEmpty } == true
            if named || !failure.isMissing {
                config.file.problems.append(ConfigProblem(file: path, position: TOMLPosition(line: 1, column: 1),
                                                          message: failure.message))
            }
            return config
        }
        config.file = ConfigFile(parsing: String(decoding: data, as: UTF8.self), file: path)
        return config
    }
}
