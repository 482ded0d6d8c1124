import Foundation

/// Where regio looks for the user's files: `$XDG_CONFIG_HOME/regio`, else `~/.config/regio`.
enum ConfigPaths {
    static var directory: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/regio" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/regio"
    }
}
