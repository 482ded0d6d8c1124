import Foundation
import RegioModel
import RegioThemes

/// The themes regio can find: the ones built into the binary, then every `*.toml` in a list of folders.
/// A file overrides a built-in theme of the same name (except `default`, which is always the built-in, so
/// that `inherits = "default"` means one thing); earlier folders win over later ones.
public struct ThemeCatalog: Sendable {
    public struct Entry: Equatable, Sendable {
        public enum Origin: Equatable, Sendable {
            /// `Theme.builtInDefault`, compiled in as code.
            case builtInDefault
            /// A shipped theme file compiled into the binary: its TOML text.
            case embedded(String)
            case file(path: String)
        }

        /// The file's name without `.toml`; what `--theme NAME` and `inherits` use.
        public var name: String
        public var origin: Origin
        /// Where it was found ("built in", "--themes-dir", "$REGIO_THEMES_DIR", …).
        public var source: String

        /// The file it is read from; nil for a theme in the binary.
        public var path: String? {
            if case .file(let path) = origin { return path }
            return nil
        }

        /// The TOML text, for `regio themes export`: the embedded file, or the file on disk.
        public var text: String? {
            switch origin {
            case .builtInDefault: ShippedThemes.files.first { $0.name == "default" }?.text
            case .embedded(let text): text
            case .file(let path): try? SmallFile.read(path).map { String(decoding: $0, as: UTF8.self) }.get()
            }
        }
    }

    public private(set) var entries: [Entry]

    /// - Parameter folders: (path, label) pairs in search order; missing folders are skipped.
    public init(folders: [(path: String, label: String)]) {
        var entries = [Entry(name: "default", origin: .builtInDefault, source: "built in")]
        for shipped in ShippedThemes.files where shipped.name != "default" {
            entries.append(Entry(name: shipped.name, origin: .embedded(shipped.text), source: "built in"))
        }
        var fromFolders: Set<String> = []
        for folder in folders {
            // Most users have no themes folder: asking the file system first spares the dashboard's start
            // the setting up of FileManager.
            guard access(folder.path, F_OK) == 0,
                  let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard name != "default", fromFolders.insert(name).inserted else { continue }
                let entry = Entry(name: name, origin: .file(path: folder.path + "/" + file), source: folder.label)
                if let builtIn = entries.firstIndex(where: { $0.name == name }) { entries[builtIn] = entry }
                else { entries.append(entry) }
            }
        }
        self.entries = entries
    }

    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// Loads a theme by name, or by path when `nameOrPath` contains a slash or ends in `.toml`.
    public func load(_ nameOrPath: String) -> Result<Theme, ThemeLoadError> {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return loadFile(nameOrPath) }
        guard let entry = entry(named: nameOrPath) else {
            let names = entries.map(\.name)
            let hint = Suggest.closest(to: nameOrPath, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            return .failure(ThemeLoadError(problems: [ThemeProblem(file: nameOrPath, position: nil,
                message: "no theme named '\(nameOrPath)'\(hint); found: \(names.joined(separator: ", "))")]))
        }
        if entry.origin == .builtInDefault { return .success(.builtInDefault) }
        return resolve(definition(of: entry))
    }

    /// Reads, checks and resolves one theme file.
    public func loadFile(_ path: String) -> Result<Theme, ThemeLoadError> {
        resolve(definition(of: Entry(name: path, origin: .file(path: path), source: "")))
    }

    private func resolve(_ read: Result<ThemeDefinition, ThemeLoadError>) -> Result<Theme, ThemeLoadError> {
        let definition: ThemeDefinition
        switch read {
        case .failure(let error): return .failure(error)
        case .success(let value): definition = value
        }
        var lookupProblems: [ThemeProblem] = []
        let resolved = ThemeResolver.resolve(definition) { name in
            guard let entry = entry(named: name), entry.origin != .builtInDefault else { return nil }
            switch self.definition(of: entry) {
            case .success(let parent): return parent
            case .failure(let error): lookupProblems += error.problems; return nil
            }
        }
        switch resolved {
        case .success(let theme): return .success(theme)
        case .failure(let problem): return .failure(ThemeLoadError(problems: lookupProblems + [problem]))
        }
    }

    private func definition(of entry: Entry) -> Result<ThemeDefinition, ThemeLoadError> {
        let text: String
        let file: String
        switch entry.origin {
        case .builtInDefault, .embedded:
            text = entry.text ?? ""
            file = "(built in) \(entry.name).toml"
        case .file(let path):
            file = path
            let data: [UInt8]
            switch SmallFile.read(path) {
            case .success(let bytes): data = bytes
            case .failure(let failure):
                return .failure(ThemeLoadError(problems: [ThemeProblem(file: path, position: nil, message: failure.message)]))
            }
            guard let decoded = String(validating: data, as: UTF8.self) else {
                return .failure(ThemeLoadError(problems: [ThemeProblem(file: path, position: nil, message: "is not UTF-8 text")]))
            }
            text = decoded
        }
        let parsed = ThemeFile.parse(text, file: file)
        guard let definition = parsed.definition else { return .failure(ThemeLoadError(problems: parsed.problems)) }
        return .success(definition)
    }
}

public struct ThemeLoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [ThemeProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
