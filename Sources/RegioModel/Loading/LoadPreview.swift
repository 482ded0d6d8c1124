/// The first records of a data folder's territories file, read in a few milliseconds while the whole
/// folder loads, so that the loading screen can show data at once (as a spreadsheet tool shows the first
/// rows of a large file). They are not checked: the screen that shows them says so, and the dashboard
/// uses only what the full load gives.
public enum LoadPreview {
    /// How much of the file a preview reads: a few hundred records, more than a screen holds.
    static let prefixBytes = 1 << 16

    /// Up to `limit` territories in file order, from the start of `territories.json` in `folder`; fewer (or
    /// none) when the file is missing, short, or written in a way only the full load understands.
    public static func territories(inFolder folder: String, limit: Int = 200) -> [Territory] {
        let path = CatalogLoader.path(of: CatalogLoader.territoriesFile, in: folder)
        guard limit > 0, case .success(let source) = DataFiles.open(path) else { return [] }
        let read = source.withBytes(0..<prefixBytes) { bytes in records(in: bytes, limit: limit) }
        return (try? read.get()) ?? []
    }

    /// The records at the start of a JSON array, stopping at the first one the plain decoder does not
    /// take whole (the prefix usually ends inside a record).
    static func records(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Territory] {
        var reader = JSONReader(bytes: bytes)
        var decoder = TerritoryDecoder()
        var found: [Territory] = []
        reader.skipWhitespace()
        guard !reader.atEnd, bytes[reader.index] == UInt8(ascii: "[") else { return [] }
        reader.index += 1
        while found.count < limit {
            reader.skipWhitespace()
            guard let territory = decoder.decode(&reader) else { break }
            found.append(territory)
            reader.skipWhitespace()
            guard !reader.atEnd, bytes[reader.index] == UInt8(ascii: ",") else { break }
            reader.index += 1
        }
        return found
    }
}
