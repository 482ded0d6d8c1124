/// Where regio looks for the user's files: `$XDG_CONFIG_HOME/regio`, else `$HOME/.config/regio`; nil when
/// neither is set. Not the password database's home folder: asking it for a user it does not list made
/// the static build crash (glibc's name-service modules cannot load into a static executable), and a
/// user without HOME has no config folder anyone would look for.
enum ConfigPaths {
    static var directory: String? {
        if let xdg = Environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/regio" }
        if let home = Environment["HOME"], !home.isEmpty { return home + "/.config/regio" }
        return nil
    }
}
