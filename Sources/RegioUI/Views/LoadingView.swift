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

/// The screen shown while a large data folder loads (a million memberships take about a second): what
/// is loading, a progress bar, and the keys that quit (from the keymap). Rendered without a store, which does not exist yet.
public enum LoadingView {
    public static func render(_ status: LoadingStatus, width: Int, height: Int, language: UILanguage,
                              keymap: Keymap = .standard) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            TooSmallView.draw(on: &screen, language: language, keymap: keymap)
            return screen
        }
        screen.fill(x: 0, y: 0, width: width, height: 1, role: .statusBar)
        screen.write(" regio", x: 0, y: 0, width: width, role: .statusBar)
        let boxWidth = min(width - 4, 72)
        let rect = Rect(x: (width - boxWidth) / 2, y: max(1, height / 2 - 3), width: boxWidth, height: 6)
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
}
