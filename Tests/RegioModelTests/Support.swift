import Foundation
import RegioTestSupport
import Testing
@testable import RegioModel

/// Self-removing fixture folders come from the shared test support; named here for every file of this target.
typealias FixtureDirectory = RegioTestSupport.FixtureDirectory

/// A JSON array with one record per line: record `n` sits on line `n + 2`.
func jsonLines(_ records: [String]) -> String {
    "[\n" + records.joined(separator: ",\n") + "\n]\n"
}

/// Small, valid records to build fixtures from; each test breaks one thing.
enum Records {
    static let alpha = #"{"id": "alpha", "kind": "region", "name": "Alpha", "country": "SE", "nuts": "SE331", "sources": ["https://example.org/a"], "confidence": "stated"}"#
    static let beta = #"{"id": "beta", "kind": "city", "name": "Beta", "country": "DE", "nuts": null, "sources": ["https://example.org/b"], "confidence": "inferred"}"#
    static let net = #"{"id": "net", "kind": "network", "name": "Net", "parent": null, "started": "2022-05", "sources": ["https://example.org/n"]}"#
    static let platform = #"{"id": "platform", "kind": "thematic-platform", "name": "Platform", "sources": ["https://example.org/p"]}"#
    static let alphaInNet = #"{"territory": "alpha", "initiative": "net", "role": "lead", "sources": ["https://example.org/m"], "confidence": "stated"}"#
    static let betaInNet = #"{"territory": "beta", "initiative": "net", "role": "member", "sources": ["https://example.org/m"], "confidence": "inferred"}"#

    static let territories = jsonLines([alpha, beta])
    static let initiatives = jsonLines([net, platform])
    static let memberships = jsonLines([alphaInNet, betaInNet])

    static func territory(_ id: String, country: String = "SE", nuts: String = "null", extra: String = "") -> String {
        #"{"id": "\#(id)", "kind": "region", "name": "\#(id.capitalized)", "country": "\#(country)", "nuts": \#(nuts), "sources": ["s"], "confidence": "stated"\#(extra)}"#
    }

    static func initiative(_ id: String, kind: String = "network", parent: String? = nil, extra: String = "") -> String {
        let parentJSON = parent.map { "\"\($0)\"" } ?? "null"
        return #"{"id": "\#(id)", "kind": "\#(kind)", "name": "\#(id.capitalized)", "parent": \#(parentJSON), "sources": ["s"]\#(extra)}"#
    }

    static func membership(_ territory: String, _ initiative: String, role: String = "member", extra: String = "") -> String {
        #"{"territory": "\#(territory)", "initiative": "\#(initiative)", "role": "\#(role)", "sources": ["s"], "confidence": "stated"\#(extra)}"#
    }
}

/// The outcome of validating three files: the catalog when it loaded, and every problem reported
/// (the errors that stopped loading, or the warnings of a catalog that loaded).
struct Validation {
    var catalog: Catalog?
    var problems: [DataProblem]

    var errors: [DataProblem] { problems.filter { $0.severity == .error } }
    var warnings: [DataProblem] { problems.filter { $0.severity == .warning } }
    func problems(_ kind: DataProblem.Kind) -> [DataProblem] { problems.filter { $0.kind == kind } }
}

func validate(territories: String? = Records.territories, initiatives: String? = Records.initiatives,
              memberships: String? = Records.memberships) -> Validation {
    do {
        let catalog = try CatalogLoader.load(territories: territories.map { Array($0.utf8) },
                                             initiatives: initiatives.map { Array($0.utf8) },
                                             memberships: memberships.map { Array($0.utf8) },
                                             origin: .directory("fixture"), directory: "fixture")
        return Validation(catalog: catalog, problems: catalog.warnings)
    } catch {
        return Validation(catalog: nil, problems: error.problems)
    }
}

func load(directory: String) -> Validation {
    do {
        let catalog = try CatalogLoader.load(directory: directory)
        return Validation(catalog: catalog, problems: catalog.warnings)
    } catch {
        return Validation(catalog: nil, problems: error.problems)
    }
}

/// The 1-based column of the first occurrence of `needle` in `line`, counted in characters.
func column(of needle: String, in line: String) -> Int {
    guard let range = line.range(of: needle) else { return -1 }
    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
}

/// The raw dataset files compiled into RegioModel, for expectations computed independently of the loader.
enum RawDataset {
    static let directory = bundledDatasetFolder

    static func records(_ file: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }
}

/// The bundled store, built once for every test target (in RegioTestSupport).
let bundledStore = RegioTestSupport.bundledStore
