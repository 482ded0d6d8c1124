import Foundation
import Testing
import RegioTestSupport
@testable import RegioUI
import RegioThemes

/// The shipped themes live in the binary (issue 15: a copied binary found only `default`).
@Suite struct EmbeddedThemeTests {
    @Test func everyFileInThemesIsCompiledInWithTheSameText() throws {
        let folder = ThemeTests.themesFolder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }
        #expect(Set(ShippedThemes.files.map { $0.name + ".toml" }) == Set(files))
        for shipped in ShippedThemes.files {
            let file = try String(contentsOfFile: folder + "/\(shipped.name).toml", encoding: .utf8)
            #expect(shipped.text == file, "\(shipped.name)")
        }
    }

    /// No folder at all, as for a binary copied alone: all five, from the binary, each loads.
    @Test func withoutAnyFolderAllShippedThemesAreListedAndLoad() {
        let catalog = ThemeCatalog(folders: [(path: "/nonexistent/regio-themes", label: "user config")])
        #expect(catalog.entries.map(\.name) == ["default", "eu", "high-contrast", "light", "monochrome"])
        #expect(catalog.entries.allSatisfy { (entry: ThemeCatalog.Entry) in entry.source == "built in" && entry.path == nil })
        for entry in catalog.entries {
            let theme = try? catalog.load(entry.name).get()
            #expect(theme?.name == entry.name)
        }
        let light = try? catalog.load("light").get()
        #expect(light?.kind == .light)
    }

    @Test func aUserFileOverridesTheBuiltInOfItsNameButNotDefault() throws {
        let folder = try ScratchFolder("regio-themes", files: [
            "light.toml": "name = \"light\"\nkind = \"light\"\n[roles]\ntext = { fg = \"red\" }\n",
            "default.toml": "name = \"default\"\n[roles]\ntext = { fg = \"green\" }\n",
            "mine.toml": "name = \"mine\"\ninherits = \"eu\"\n",
        ])
        defer { folder.remove() }
        let catalog = ThemeCatalog(folders: [(folder.path, "user config")])
        #expect(catalog.entries.map(\.name) == ["default", "eu", "high-contrast", "light", "monochrome", "mine"])
        #expect(catalog.entry(named: "light")?.source == "user config")
        let light = try catalog.load("light").get()
        #expect(light.style(StyleRole.text).foreground == ThemeColor.ansi(1))
        let defaultTheme = try catalog.load("default").get()
        #expect(defaultTheme == Theme.builtInDefault)
        // A user theme can inherit from a built-in one that has no file anywhere.
        let eu = try catalog.load("eu").get()
        let mine = try catalog.load("mine").get()
        #expect(mine.styles == eu.styles)
    }

    @Test func exportGivesTheShippedText() {
        let catalog = ThemeCatalog(folders: [])
        #expect(catalog.entry(named: "default")?.text?.contains("name = \"default\"") == true)
        #expect(catalog.entry(named: "high-contrast")?.text == ShippedThemes.files.first { $0.name == "high-contrast" }?.text)
    }
}
