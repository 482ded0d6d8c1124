import Foundation
import RegioTestSupport
import Testing

/// Text that is wider than anything it is laid out in, through the real binary in tmux: a note of one
/// character followed by 200 spacing marks (one grapheme of 201 cells, which once hung the detail view's
/// word wrap at 100% CPU) and a name with an emoji skin tone and a flag (once drawn with blanks).
@Suite("Wide text in the dashboard", .timeLimit(.minutes(1)))
struct WideTextTests {
    static let flood = "Note c" + String(repeating: "\u{903}", count: 200)
    static let emojiName = "E👍🏽🇸🇪❤\u{FE0F}Z"

    static func writeData(into folder: String) throws {
        try copyBundledDataset(into: folder)
        try DataFolder.rewrite(DataFolder.territoriesFile, in: folder,
                               placeholders: ["@@flood@@": flood, "@@emoji@@": emojiName]) { records in
            try DataFolder.set("@@flood@@", at: ["nuts_note"], ofRecord: "sweden", in: &records)
            try DataFolder.set("@@emoji@@", at: ["name"], ofRecord: "dalarna", in: &records)
        }
    }

    /// glibc's wcwidth, which Swift's Glibc module does not export: the width ncurses and tmux use.
    static let wcwidth: @convention(c) (Int32) -> Int32 = {
        setlocale(LC_CTYPE, "C.UTF-8")
        return unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"), to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Cells before `marker` in a captured line, as ncurses and tmux count them (wcwidth per scalar).
    static func cells(before marker: String, in line: String) -> Int? {
        guard let range = line.range(of: marker) else { return nil }
        return line[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32($1.value)))) }
    }

    @Test func aCharacterWiderThanTheDetailIsWrappedAndRegioStillQuits() async throws {
        let folder = try ScratchFolder("regio-wide")
        defer { folder.remove() }
        try Self.writeData(into: folder.path)
        let session = try TmuxSession(regio: ["--data", folder.path, "--country", "SE"], width: 100, height: 30)
        defer { session.close() }
        try await session.waitFor("Jämtland")
        try session.sendKeys("/")
        try session.type("Sverige")
        try session.sendKeys("Enter")
        try await session.waitUntil("Sweden alone in the list") { !$0.contains("Jämtland") && $0.contains("Sweden") }
        try session.sendKeys("Enter")
        // The note is drawn, split over lines, and the screen keeps answering keys.
        let screen = try await session.waitUntil("the note") { $0.contains("Note") && $0.unicodeScalars.contains("\u{903}") }
        let floodLines = ScreenText.lines(screen).filter { $0.unicodeScalars.contains("\u{903}") }
        #expect(floodLines.count >= 2, "the 201-cell character should wrap over several lines:\n\(screen)")
        try session.sendKeys("q")
        let exit = try session.waitForExit(timeout: 5)
        #expect(exit.status == 0)
    }

    @Test func anEmojiWithASkinToneAndAFlagKeepsEveryScalarAndTheColumnsAligned() async throws {
        let folder = try ScratchFolder("regio-emoji")
        defer { folder.remove() }
        try Self.writeData(into: folder.path)
        let session = try TmuxSession(regio: ["--data", folder.path, "--country", "SE"], width: 100, height: 30)
        defer { session.close() }
        let screen = try await session.waitFor("Jämtland")
        let lines = ScreenText.lines(screen)
        // Every scalar of the name reaches the terminal.
        let emojiRow = try #require(lines.first { $0.contains(Self.emojiName) }, "no row with the name:\n\(screen)")
        let plainRow = try #require(lines.first { $0.contains("Jämtland") })
        // The kind column starts at the same cell in both rows.
        let emojiColumn = Self.cells(before: "region", in: emojiRow)
        #expect(emojiColumn != nil && emojiColumn == Self.cells(before: "region", in: plainRow))
    }
}
