import RegioModel

/// Turns `--nuts` values into NUTS codes ("se33" → SE33), or fails naming the code and the versions.
enum NUTSArguments {
    static func resolve(_ values: [String]) throws -> [String] {
        var codes: [String] = []
        // As for --country: an empty value is a mistake, not "no filter".
        if values.contains(where: { $0.trimmingSpaces.isEmpty }) {
            throw CommandFailure.usage("--nuts needs a NUTS code, e.g. --nuts SE33; it was empty")
        }
        for value in values.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let code = value.uppercased().trimmingSpaces
            if let problem = NUTS.filterProblem(code) { throw CommandFailure.usage(problem) }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
