import Foundation
import RegioModel
import RegioTestSupport
import Testing
@testable import RegioUI

/// Seeded random mutations of real inputs through the data loader and the theme loader: every input
/// must give a catalog or a list of problems, never a crash or a hang. CI runs a short form;
/// REGIO_FUZZ_ITERATIONS raises it (scripts/fuzz.sh).
@Suite struct FuzzTests {
    static var iterations: Int { Int(ProcessInfo.processInfo.environment["REGIO_FUZZ_ITERATIONS"] ?? "") ?? 600 }

    static let datasetFolder = bundledDatasetFolder

    static func mutate(_ bytes: [UInt8], _ random: inout MonkeyTests.Random) -> [UInt8] {
        var bytes = bytes
        let interesting: [[UInt8]] = [[0x00], [0xFF], [0xC3], [0x1B, 0x5B, 0x32, 0x4A], Array("\\u0000".utf8),
                                      Array("\"".utf8), Array("{".utf8), Array("[".utf8), Array("}".utf8),
                                      Array("]".utf8), Array(",".utf8), Array(":".utf8), Array("null".utf8),
                                      Array("1e999".utf8), Array("-0".utf8), Array("\\ud800".utf8),
                                      Array(String(repeating: "[", count: 200).utf8)]
        for _ in 0..<(1 + random.below(4)) where !bytes.isEmpty {
            let at = random.below(bytes.count)
            switch random.below(5) {
            case 0: bytes[at] = UInt8(random.below(256))
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))
            case 2: bytes.insert(contentsOf: interesting[random.below(interesting.count)], at: at)
            case 3:
                let end = min(bytes.count, at + 1 + random.below(200))
                bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count))
            default: bytes.removeSubrange(at..<bytes.count)
            }
        }
        return bytes
    }

    @Test func mutatedDataNeverCrashesTheLoader() throws {
        let names = [CatalogLoader.territoriesFile, CatalogLoader.initiativesFile, CatalogLoader.membershipsFile]
        let originals = try names.map { Array(try Data(contentsOf: URL(fileURLWithPath: Self.datasetFolder + "/" + $0))) }
        var random = MonkeyTests.Random(state: 42)
        var accepted = 0, rejected = 0
        for _ in 0..<Self.iterations {
            var files = originals
            let target = random.below(3)
            files[target] = Self.mutate(files[target], &random)
            do {
                let catalog = try CatalogLoader.load(territories: files[0], initiatives: files[1], memberships: files[2],
                                                     origin: .bundled, directory: "fuzz")
                // What loads must also index, search and render.
                let store = Store(catalog: catalog)
                _ = store.search("ab")
                accepted += 1
            } catch {
                #expect(!error.errors.isEmpty)
                #expect(error.errors.allSatisfy { !$0.message.isEmpty })
                rejected += 1
            }
        }
        #expect(accepted + rejected == Self.iterations)
        #expect(rejected > 0)
    }

    @Test func mutatedThemesNeverCrashTheThemeLoader() throws {
        let folder = ThemeTests.themesFolder
        let originals = try ["light", "eu", "default"].map { Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/\($0).toml"))) }
        var random = MonkeyTests.Random(state: 7)
        for _ in 0..<(Self.iterations * 3) {
            let bytes = Self.mutate(originals[random.below(originals.count)], &random)
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = ThemeFile.parse(text, file: "fuzz.toml")
            #expect(parsed.definition != nil || !parsed.problems.isEmpty)
            // Every position points into the text.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for problem in parsed.problems {
                guard let position = problem.position else { continue }
                #expect(position.line >= 1 && position.line <= lines.count && position.column >= 1
                        && position.column <= lines[position.line - 1].unicodeScalars.count + 1, "\(problem)")
            }
        }
    }

    /// config.toml's shapes, arrays among them (`[keys]` bindings), through the TOML parser alone.
    @Test func mutatedConfigNeverCrashesTheTOMLParser() {
        let original = Array("""
            theme = "light"   # a comment
            color = 'auto'
            [keys]
            search = ["/", "F3"]
            quit = [
              "q", "C-c",
            ]
            nested = [[1, 2], { a = "\\u00e9" }]
            """.utf8)
        var random = MonkeyTests.Random(state: 11)
        var accepted = 0, rejected = 0
        for _ in 0..<(Self.iterations * 3) {
            let bytes = Self.mutate(original, &random)
            do throws(TOMLSyntaxError) {
                _ = try MiniTOML.parse(String(decoding: bytes, as: UTF8.self))
                accepted += 1
            } catch {
                #expect(error.position.line >= 1 && error.position.column >= 1 && !error.message.isEmpty)
                rejected += 1
            }
        }
        #expect(accepted > 0 && rejected > 0)
    }
}
