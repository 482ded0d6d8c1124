/// Turns theme definitions into themes: roles a theme leaves out come from the theme it inherits from,
/// then from the built-in default.
public enum ThemeResolver {
    /// - Parameter lookup: finds a definition by name (for `inherits`); "default" is always the built-in.
    public static func resolve(_ definition: ThemeDefinition,
                               lookup: (String) -> ThemeDefinition?) -> Result<Theme, ThemeProblem> {
        var chain = [definition]
        var seen: Set<String> = [definition.name]
        while let parentName = chain.last!.inherits, parentName != "default" {
            guard let parent = lookup(parentName) else {
                return .failure(ThemeProblem(file: chain.last!.file, position: nil,
                                             message: "inherits '\(parentName)', but no theme has that name"))
            }
            guard seen.insert(parent.name).inserted else {
                return .failure(ThemeProblem(file: definition.file, position: nil,
                                             message: "inheritance loop: " + (chain.map(\.name) + [parent.name]).joined(separator: " → ")))
            }
            chain.append(parent)
        }
        var styles = Theme.builtInDefault.styles
        for link in chain.reversed() {
            for (role, style) in link.styles { styles[role] = style }
        }
        return .success(Theme(name: definition.name, kind: definition.kind, styles: styles))
    }
}
