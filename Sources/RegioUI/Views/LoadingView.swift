import RegioModel

/// How far loading a data folder has got, as the loading screen shows it.
public struct LoadingStatus: Equatable, Sendable {
    public var source: String
    public var phase: LoadProgress.Phase
    public var parsedBytes: Int
    public var totalBytes: Int

    public init(source: String, phase: LoadProgress.Phase, parsedBytes: Int, totalBytes: Int) {
        self.source = source; self.phase = phase; self.parsedBytes = parsedBytes; self.totalBytes = totalBytes
    }

    public init(source: String, progress: LoadProgress) {
        self.init(source: source, phase: progress.phase, parsedBytes: progress.parsedBytes, totalBytes: progress.totalBytes)
    }

    /// Reading the records is most of the work; checking and indexing fill the last part of the bar.
    var fraction: Double {
        let parsed = totalBytes == 0 ? 0 : min(1, Double(parsedBytes) / Double(totalBytes))
        switch phase {
        case .reading: return 0
        case .parsing: return parsed * 0.7
        case .checking: return 0.75
        case .indexing: return 0.85
        }
    }
}

/// The first records of the folder being loaded, for the loading screen (see `LoadPreview`): a store of
/// their own, so that the table shows them with the participants pane's own columns.
public struct LoadingPreview: Sendable {
    let store: Store

    /// Nil when there is nothing to show.
    public init?(territories: [Territory]) {
        guard !territories.isEmpty else { return nil }
        store = Store(territories: territories, initiatives: [], memberships: [])
    }

    var count: Int { store.territories.count }

    /// The participants pane's columns but the mark and the counts, which need the whole folder.
    static let columns = ParticipantColumns.all.filter { $0.id != "mark" && $0.id != "collaborations" }
}

/// The screen shown while a large data folder loads (a million memberships take about a second): what
/// is loading, a progress bar, and the keys that quit (from the keymap); with a preview, the folder's
/// first participants above it, marked as not yet checked. Rendered without the store, which does not
/// exist yet.
public enum LoadingView {
    public static func render(_ status: LoadingStatus, width: Int, height: Int, language: UILanguage,
                              keymap: Keymap = .standard, preview: LoadingPreview? = nil) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            TooSmallView.draw(on: &screen, language: language, keymap: keymap)
            return screen
        }
        screen.fill(x: 0, y: 0, width: width, height: 1, role: .statusBar)
        screen.write(" regio", x: 0, y: 0, width: width, role: .statusBar)
        let boxWidth = min(width - 4, 72)
        var rect = Rect(x: (width - boxWidth) / 2, y: max(1, height / 2 - 3), width: boxWidth, height: 6)
        if let preview {
            let notice = " · " + language.t(.stillChecking)
            screen.write(notice, x: 6, y: 0, width: max(0, width - 7), role: .statusBar)
            let pane = Rect(x: 0, y: 1, width: width, height: height - 2)
            drawPreview(preview, in: pane, on: &screen, language: language)
            // The progress box sits low in the pane, so that the rows at the top stay in view.
            rect.y = max(pane.y + 3, pane.y + pane.height - rect.height - 1)
            Box.clearForOverlay(rect, on: &screen)
        }
        Box.draw(rect, on: &screen, title: language.t(.loadingTitle), focused: true)
        let inner = rect.width - 4
        let x = rect.x + 2
        screen.write(TextWidth.truncateMiddle(status.source, to: inner), x: x, y: rect.y + 1, width: inner, role: .text)
        let phase: Phrase = switch status.phase {
        case .reading: .phaseReading
        case .parsing: .phaseParsing
        case .checking: .phaseChecking
        case .indexing: .phaseIndexing
        }
        let megabytes = { (bytes: Int) in String(Int((Double(bytes) / 1_000_000).rounded())) }
        let amount = status.totalBytes > 0
            ? language.t(.loadedOf, megabytes(min(status.parsedBytes, status.totalBytes)), megabytes(status.totalBytes)) : ""
        let amountWidth = TextWidth.width(of: amount)
        screen.write(amount, x: x + inner - amountWidth, y: rect.y + 2, width: amountWidth, role: .muted)
        screen.write(language.t(phase), x: x, y: rect.y + 2, width: max(0, inner - amountWidth - 1), role: .muted)
        let filled = Int((Double(inner) * status.fraction).rounded(.down))
        screen.write(String(repeating: "█", count: filled), x: x, y: rect.y + 3, role: .accent)
        screen.write(String(repeating: "░", count: inner - filled), x: x + filled, y: rect.y + 3, role: .muted)
        screen.fill(x: 0, y: height - 1, width: width, height: 1, role: .statusBar)
        let hint = keymap.footerHints(for: .loading).map { "\($0.keys) \(language.t($0.hint))" }.joined(separator: "  ")
        screen.write(hint, x: width - TextWidth.width(of: hint) - 1, y: height - 1, role: .statusBar)
        return screen
    }

    private static func drawPreview(_ preview: LoadingPreview, in pane: Rect, on screen: inout Screen, language: UILanguage) {
        Box.draw(pane, on: &screen, title: language.t(.previewTitle, String(preview.count)), focused: false)
        let table = TableView(columns: LoadingPreview.columns, context: TableContext(store: preview.store, language: language),
                              rows: Array(preview.store.territories.indices), position: ListPosition(selected: -1, scroll: 0),
                              sort: nil, focused: false)
        table.draw(in: Rect(x: pane.x + 2, y: pane.y + 1, width: pane.width - 4, height: pane.height - 2), on: &screen)
    }
}
