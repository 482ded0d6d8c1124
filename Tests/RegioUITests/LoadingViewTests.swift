import Testing
@testable import RegioModel
@testable import RegioUI

@Suite("Loading screen")
struct LoadingViewTests {
    static let halfway = LoadingStatus(source: "/data/interreg-partners", phase: .parsing,
                                       parsedBytes: 81_000_000, totalBytes: 162_000_000)

    @Test func showsTheFolderThePhaseTheAmountAndABar() {
        let screen = LoadingView.render(Self.halfway, width: 100, height: 30, language: .en)
        Snapshot.assertMatches(screen, named: "loading-100x30")
        let text = screen.plainText
        #expect(text.contains("/data/interreg-partners"))
        #expect(text.contains("reading records"))
        #expect(text.contains("81 of 162 MB"))
        #expect(text.contains("q quit"))
    }

    /// Reading is most of the work: half the bytes read fill a little over a third of the bar, and the
    /// bar only ever grows through the phases.
    @Test func theBarGrowsThroughThePhases() {
        func filled(_ status: LoadingStatus) -> Int {
            LoadingView.render(status, width: 100, height: 30, language: .en).plainText.filter { $0 == "█" }.count
        }
        var status = Self.halfway
        let half = filled(status)
        status.parsedBytes = status.totalBytes
        let parsed = filled(status)
        status.phase = .checking
        let checking = filled(status)
        status.phase = .indexing
        let indexing = filled(status)
        #expect(half > 0 && half < parsed && parsed < checking && checking < indexing)
        #expect(indexing < 68, "the bar is never full before the data is shown")
        status.phase = .reading
        status.parsedBytes = 0
        #expect(filled(status) == 0)
    }

    @Test func speaksTheInterfaceLanguage() {
        let text = LoadingView.render(Self.halfway, width: 100, height: 30, language: .sv).plainText
        #expect(text.contains("Läser in data") && text.contains("läser poster") && text.contains("81 av 162 MB"))
    }

    @Test func aTinyTerminalGetsTheTooSmallMessage() {
        let text = LoadingView.render(Self.halfway, width: 30, height: 8, language: .en).plainText
        #expect(text.contains("too small"))
        #expect(!text.contains("█"))
    }

    /// A large folder's first rows, above the progress: the participants pane's columns (no counts: they
    /// need the whole folder), and words on screen saying they are not yet checked.
    @Test func thePreviewShowsTheFirstRowsMarkedAsNotYetChecked() throws {
        let territories = Array(bundledStore.territories.prefix(40))
        let preview = try #require(LoadingPreview(territories: territories))
        for (width, height) in [(120, 40), (100, 30), (80, 24), (60, 20)] {
            let screen = LoadingView.render(Self.halfway, width: width, height: height, language: .en, preview: preview)
            if width == 100 { Snapshot.assertMatches(screen, named: "loading-preview-100x30") }
            let lines = screen.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[0].contains("loading, still checking"), "\(width)x\(height)")
            #expect(lines[1].contains("not yet checked"), "\(width)x\(height): \(lines[1])")
            #expect(lines[2].contains("Name") && lines[2].contains("MS") && !lines[2].contains("Coll"))
            // The rows are in file order: the first record on the first row.
            let firstName = territories[0].name
            #expect(lines[3].contains(String(firstName.prefix(12))), "\(width)x\(height): \(lines[3])")
            #expect(screen.plainText.contains("81 of 162 MB"), "the progress is still there at \(width)x\(height)")
            #expect(lines.last?.contains("q quit") == true)
        }
        #expect(LoadingPreview(territories: []) == nil, "no preview without rows: the plain loading screen")
        let swedish = LoadingView.render(Self.halfway, width: 100, height: 30, language: .sv, preview: preview).plainText
        #expect(swedish.contains("ännu inte kontrollerade") && swedish.contains("kontrollerar fortfarande"))
    }
}
