import Foundation
import RegioModel

/// The themes regio can find: the built-in default, then every `*.toml` in a list of folders, earlier
/// folders winning when two files have the same name.
public struct ThemeCatalog: Sendable {
    public struct Entry: Equatable, Sendable {
        /// The file's name without `.toml`; what `--theme NAME` and `inherits` use.
        public var name: String
        /// Nil for the built-in default.
        public var path: String?
        /// Where it was found ("built in", "--themes-dir", "$REGIO_THEMES_DIR", …).
        public var source: String
    }

    public private(set) var entries: [Entry]

    /// - Parameter folders: (path, label) pairs in search order; missing folders are skipped.
    public init(folders: [(path: String, label: String)]) {
        var entries = [Entry(name: "default", path: nil, source: "built in")]
        var seen: Set<String> = ["default"]
        for folder in folders {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard seen.insert(name).inserted else { continue }
                entries.append(Entry(name: name, path: folder.path + "/" + file, source: folder.label))
            }
        }
        self.entries = entries
    }

    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// Loads a theme by name, or by path when `nameOrPath` contains a slash or ends in `.toml`.
    public func load(_ nameOrPath: String) -> Result<Theme, ThemeLoadError> {
        if nameOrPath == "default" { return .success(.builtInDefault) }
        let path: String
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            path = nameOrPath
        } else if let entry = entry(named: nameOrPath), let entryPath = entry.path {
            path = entryPath
        } else {
            let names = entries.map(\.name)
            let hint = Suggest.closest(to: nameOrPath, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            return .failure(ThemeLoadError(problems: [ThemeProblem(file: nameOrPath, position: nil,
                message: "no theme named '\(nameOrPath)'\(hint); found: \(names.joined(separator: ", "))")]))
        }
        return loadFile(path)
    }

    /// Reads, checks and resolves one theme file.
    public func loadFile(_ path: String) -> Result<Theme, ThemeLoadError> {
        switch definition(at: path) {
        case .failure(let error): return .failure(error)
        case .success(let definition):
            var lookupProblems: [ThemeProblem] = []
            let resolved = ThemeResolver.resolve(definition) { name in
                guard let entry = entry(named: name), let entryPath = entry.path else {
                    return nil
                }
                switch self.definition(at: entryPath) {
                case .success(let parent): return parent
                case .failure(let error): lookupProblems += error.problems; return nil
                }
            }
            switch resolved {
            case .success(let theme): return .success(theme)
            case .failure(let problem): return .failure(ThemeLoadError(problems: lookupProblems + [problem]))
            }
        }
    }

    private func definition(at path: String) -> Result<ThemeDefinition, ThemeLoadError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ThemeLoadError(problems: [ThemeProblem(file: path, position: nil, message: "cannot be read")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeLoadError(problems: [ThemeProblem(file: path, position: nil, message: "is not UTF-8 text")]))
        }
        let parsed = ThemeFile.parse(text, file: path)
        guard let definition = parsed.definition else { return .failure(ThemeLoadError(problems: parsed.problems)) }
        return .success(definition)
    }
}

public struct ThemeLoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [ThemeProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
