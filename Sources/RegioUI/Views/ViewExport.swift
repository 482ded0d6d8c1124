import Foundation
import RegioModel

/// What "export" and "copy row" take from the screen: the focused list with its filter and search, or
/// the lines of the detail being read.
public enum ViewExport {
    public static func table(_ state: AppState, _ store: Store, views: ViewCache? = nil) -> ExportTable {
        if let page = state.history.last {
            return DetailExport.table(page.content, store, language: state.language, views: views)
        }
        // The pane's own columns, as `regio list` writes them: the same headers in every file.
        var context = TableContext(store: store, language: state.language, countries: state.countries)
        context.nutsRegions = state.nutsRegions
        switch state.focus {
        case .participants:
            return ParticipantColumns.all.exportTable(context, rows: Lists.participants(state, store, cache: views))
        case .networks, .platforms:
            return InitiativeColumns.all(filtered: context.isFiltered)
                .exportTable(context, rows: Lists.initiatives(state.focus, state, store, cache: views))
        }
    }

    /// The selected row as the screen shows it, for the clipboard: each cell display-safe (no control
    /// character, so nothing pasted into a shell can run a line or an escape sequence), tabs only
    /// between cells.
    public static func selectedRowText(_ state: AppState, _ store: Store, views: ViewCache? = nil) -> String? {
        if let page = state.history.last {
            let rows = DetailDocument.build(page.content, store: store, width: 100_000, language: state.language,
            network: state.network, cache: views).rows
            guard page.position.selected < rows.count else { return nil }
            let text = rows[page.position.selected].spans.map(\.text).joined().trimmingCharacters(in: .whitespaces)
            return clipboardRow([text.hasPrefix("› ") ? String(text.dropFirst(2)) : text])
        }
        let table = table(state, store, views: views)
        let selected = state.position(state.focus).selected
        return selected < table.rows.count ? clipboardRow(table.rows[selected]) : nil
    }

    /// Cells joined by tabs, each made display-safe first (its own tabs and line breaks become spaces).
    public static func clipboardRow(_ cells: [String]) -> String {
        cells.map(\.displaySafe).joined(separator: "\t")
    }

    /// `regio-participants-SE.csv`, `regio-vasterbotten.csv`, …: a plain name whatever the ids hold
    /// (`SafeFileName`), so that it stays in the current folder and reads as it will be written.
    public static func suggestedFileName(_ state: AppState, _ store: Store) -> String {
        var parts = ["regio"]
        if let page = state.history.last {
            switch page.content {
            case .entity(let entity): parts.append(DetailExport.id(entity, store))
            case .partners(let index): parts += ["partners", store.territories[index].id]
            case .comparison(let a, let b): parts += [store.territories[a].id, store.territories[b].id]
            }
        } else {
            parts.append(state.focus == .participants ? "participants" : state.focus == .networks ? "networks" : "platforms")
            parts += state.countries.sorted().map(\.rawValue)
        }
        return SafeFileName.make(parts, extension: "csv")
    }
}

/// Copying to the clipboard with OSC 52: the terminal (or tmux, or an ssh client's terminal) puts the
/// text on the clipboard, so it works over ssh without a display.
public enum Clipboard {
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
