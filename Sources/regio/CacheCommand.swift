import ArgumentParser
import Foundation
import RegioModel

/// `regio cache`: where the cache of loaded data folders is, what it holds, and emptying it.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show or clear the cache of loaded data folders (~/.cache/regio).",
        discussion: """
            Opening a large data folder again is faster: regio keeps what it loaded (validated and ready) in \
            $XDG_CACHE_HOME/regio, else ~/.cache/regio. An entry is used only when every data file still \
            has the same content, byte for byte, and it was written by this build of regio; anything else \
            (an edited file, a damaged entry) and the files are read again. At most \(CatalogCache.entryLimit) \
            folders and \(CatalogCache.byteLimit >> 30) GiB are kept, the least recently used going first. \
            --no-cache on any command reads the files without the cache; regio validate always does.

            Examples:
              regio cache             (where it is and what it holds)
              regio cache clear
            """,
        subcommands: [CacheInfoCommand.self, CacheClearCommand.self],
        defaultSubcommand: CacheInfoCommand.self
    )

    static func standard() throws -> CatalogCache {
        guard let cache = CacheSaves.cache else {
            throw CommandFailure(message: "there is no cache: neither XDG_CACHE_HOME nor HOME is an absolute path", status: 1)
        }
        // Something else in its place keeps every entry out: not an empty cache, one that cannot be.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: cache.directory, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandFailure(message: "\(cache.directory.displaySafe) is not a folder, so regio keeps no cache; "
                                 + "remove it, or set XDG_CACHE_HOME to another folder", status: 1)
        }
        return cache
    }
}

struct CacheInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Print where the cache is and the entries it holds, most recently used first.")

    func run() throws {
        let cache = try CacheCommand.standard()
        let entries = cache.entries()
        let total = entries.reduce(0) { $0 + $1.bytes }
        Output.line("\(cache.directory.displaySafe): \(entries.count) of at most \(CatalogCache.entryLimit) entries, "
                    + "\(Self.megabytes(total)) of at most \(CatalogCache.byteLimit >> 30) GiB")
        guard !entries.isEmpty else { return }
        var table = Table(columns: [.init(title: "FOLDER", flexible: true), .init(title: "SIZE", alignRight: true),
                                    .init(title: "LAST USED")])
        let format = ISO8601DateFormatter()
        for entry in entries {
            table.rows.append([(cache.folder(ofEntry: entry.path) ?? "(unreadable entry)").displaySafe, Self.megabytes(entry.bytes),
                               format.string(from: entry.lastUsed)])
        }
        Output.write(table.rendered(width: Output.terminalWidth))
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
}

struct CacheClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Remove every entry; the next open of each folder reads its files again.")

    func run() throws {
        let cache = try CacheCommand.standard()
        let cleared = cache.clear()
        let entries = cleared.removed
        Output.line("removed \(entries) entr\(entries == 1 ? "y" : "ies") (\(CacheInfoCommand.megabytes(cleared.bytes))) from \(cache.directory.displaySafe)")
        guard cleared.failed.isEmpty else {
            throw CommandFailure(message: "could not remove \(cleared.failed.count) entr\(cleared.failed.count == 1 ? "y" : "ies"):\n"
                                 + cleared.failed.map { "  " + $0.displaySafe }.joined(separator: "\n"), status: 1)
        }
    }
}
