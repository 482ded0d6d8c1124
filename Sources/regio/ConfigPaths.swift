import Foundation

/// Where regio looks for the user's files: `$XDG_CONFIG_HOME/regio`, else `~/.config/regio`.
enum ConfigPaths {
    static var directory: String {
        if let xdg = Environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/regio" }
        return (Environment["HOME"] ?? NSHomeDirectory()) + "/.config/regio"
    }
}
