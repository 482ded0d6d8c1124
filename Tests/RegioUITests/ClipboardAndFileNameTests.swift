import Foundation
import RegioModel
import Testing
@testable import RegioUI

/// Issue 11, items 7 and 9: what `y` copies and the export name offered are built from data, which may
/// hold escape sequences, line breaks and paths.
@Suite struct ClipboardAndFileNameTests {
    static let hostileID = "x\n../../e\u{1B}]0;t\u{7}"
    static let hostileName = "Evil\u{1B}]52;c;QQ==\u{7}\r\nrm -rf ~\u{9B}2J\tend"

    /// One territory and one initiative whose id and name carry the hostile text.
    static func hostileStore() throws -> Store {
        func json(_ text: String) -> String { JSONOutput.string(text).compact() }
        let territories = #"[{"id": \#(json(hostileID)), "kind": "region", "name": \#(json(hostileName)), "country": "SE", "nuts": "SE331", "sources": ["s"], "confidence": "stated"}]"#
        let initiatives = #"[{"id": "net", "kind": "network", "name": "Net", "parent": null, "sources": ["s"]}]"#
        let memberships = #"[{"territory": \#(json(hostileID)), "initiative": "net", "role": "member", "sources": ["s"], "confidence": "stated"}]"#
        let catalog = try CatalogLoader.load(territories: Array(territories.utf8), initiatives: Array(initiatives.utf8),
                                             memberships: Array(memberships.utf8), origin: .directory("fixture"),
                                             directory: "fixture")
        return Store(catalog: catalog)
    }

    static func assertPlainCopy(_ text: String?, cells: Int, _ comment: Comment) {
        guard let text else { Issue.record("nothing copied: \(comment)"); return }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) },
                "control characters on the clipboard: \(text.debugDescription); \(comment)")
        #expect(text.split(separator: "\t", omittingEmptySubsequences: false).count == cells,
                "tabs only between \(cells) cells: \(text.debugDescription); \(comment)")
    }

    @Test func copyRowPutsTheVisibleTextOnTheClipboard() throws {
        let store = try Self.hostileStore()
        let state = AppState(size: (120, 40))
        let text = ViewExport.selectedRowText(state, store)
        Self.assertPlainCopy(text, cells: 6, "participants row")
        #expect(text?.contains("Evil␛]52;c;QQ==") == true, "the text is kept, made visible: \(text.debugDescription)")

        // The same from a detail page: one cell, no controls.
        var detail = state
        detail.history = [DetailPage(entity: .territory(0))]
        for row in 0..<6 {
            detail.history[0].position.selected = row
            if let line = ViewExport.selectedRowText(detail, store) { Self.assertPlainCopy(line, cells: 1, "detail row \(row)") }
        }
    }

    @Test func suggestedExportNamesArePlainFileNames() throws {
        let store = try Self.hostileStore()
        var state = AppState(size: (120, 40))
        state.history = [DetailPage(entity: .territory(0))]
        let name = ViewExport.suggestedFileName(state, store)
        #expect(name == "regio-x-e-0-t.csv")
        state.history = [DetailPage(.partners(0))]
        #expect(ViewExport.suggestedFileName(state, store) == "regio-partners-x-e-0-t.csv")
        state.history = []
        state.countries = ["SE"]
        #expect(ViewExport.suggestedFileName(state, store) == "regio-participants-SE.csv")
    }
}
