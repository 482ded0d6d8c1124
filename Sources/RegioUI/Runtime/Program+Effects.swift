import Foundation
import RegioModel

extension Program {
    /// Carries out one effect; what can fail or has something to report comes back as a result.
    func perform(_ effect: Effect, state: AppState, store: Store, views: ViewCache,
                 background: BackgroundWork) -> EffectResult? {
        switch effect {
        case .export(let path, let overwrite):
            return export(ViewExport.table(state, store, views: views), to: path, overwrite: overwrite)
        case .copyToClipboard(let text):
            backend.writeRaw(Clipboard.osc52(text))
            return .copied(characters: text.count)
        case .switchTheme(let current):
            let names = themes.entries.map(\.name)
            let next = names[((names.firstIndex(of: current) ?? -1) + 1) % names.count]
            switch themes.load(next) {
            case .success(let theme):
                backend.apply(theme)
                return .themeApplied(name: next, colorOff: backend.colorDepth == .none)
            case .failure(let error):
                backend.apply(.builtInDefault)
                return .themeFailed(name: next, reason: error.problems.first?.description ?? "")
            }
        case .measureNetwork(let kinds):
            // Made already (or too large to make while browsing: the detail says so): no thread.
            if !NetworkMeasures.isAffordable(for: store) || NetworkMeasures.cached(for: store, kinds: kinds) != nil {
                return .networkMeasured(kinds: kinds)
            }
            background.start {
                _ = NetworkMeasures.shared(for: store, kinds: kinds)
                return .networkMeasured(kinds: kinds)
            }
            return nil
        case .suspend:
            backend.suspend()
            return nil
        case .quit:
            return nil
        }
    }

    /// "~" and "~/…" as the home folder ($HOME); "~name/…" stays as typed. Foundation would look a named
    /// user up in the password database, which crashes the static build for a name it does not list.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty
        else { return path }
        return home + path.dropFirst()
    }

    private func export(_ table: ExportTable, to path: String, overwrite: Bool) -> EffectResult {
        var expanded = Self.expandingHome(path)
        if !expanded.hasPrefix("/") { expanded = workingDirectory + "/" + expanded }
        guard let format = ExportTable.Format(fileName: expanded) else { return .exportFailed("unknown file type") }
        do {
            try SafeFileWriter.write(table.rendered(as: format), to: expanded, overwrite: overwrite)
            return .exported(path: (expanded as NSString).standardizingPath, rows: table.rows.count)
        } catch {
            if case .exists = error { return .exportExists(path: expanded) }
            return .exportFailed(error.description)
        }
    }
}
