import ArgumentParser
import Foundation
import RegioModel
import RegioUI
import Synchronization

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure load, filter, search and render times on generated data (use a release build).",
        discussion: """
            Each size has about a tenth as many territories as memberships and a hundredth as many \
            initiatives. Load time and peak memory are measured in a fresh process per run; figures are \
            medians of --runs runs, latencies p50 and p99 over 200 keystrokes or frames of each kind. The \
            baseline, measured the same way, is Foundation's JSONSerialization parsing the same three files: \
            no validation, no records, no indexes.

            Example:
              swift run -c release regio bench --sizes 1000,100000,1000000
            """
    )

    @Option(help: "Membership counts to measure, comma-separated.")
    var sizes: String = "1000,100000,1000000"

    @Option(help: "Runs per measurement (the median is reported).")
    var runs: Int = 3

    @Flag(help: "Print machine-readable JSON instead of a table.")
    var json = false

    @Option(help: .hidden) var measureLoad: String?
    @Option(help: .hidden) var measureWarmLoad: String?
    @Option(help: .hidden) var cacheDirectory: String?
    @Option(help: .hidden) var measureBaseline: String?

    func validate() throws {
        guard (1...1_000).contains(runs) else { throw ValidationError("--runs must be between 1 and 1000, not \(runs)") }
        _ = try counts()
    }

    /// The sizes of --sizes; a word that is not a number, or one out of range, is an error (not skipped).
    private func counts() throws -> [Int] {
        let words = sizes.split(separator: ",").map { String($0).trimmingSpaces }
        guard !words.isEmpty else { throw ValidationError("--sizes needs numbers, e.g. 1000,100000") }
        return try words.map { word in
            guard let count = Int(word), (1...DatasetGenerator.maximumMemberships).contains(count) else {
                throw ValidationError("--sizes must be whole numbers between 1 and \(DatasetGenerator.maximumMemberships), not '\(word)'")
            }
            return count
        }
    }


    func run() throws {
        if let directory = measureLoad { return try measureLoadInThisProcess(directory) }
        if let directory = measureWarmLoad, let cacheDirectory { return try measureWarmLoadInThisProcess(directory, cacheDirectory) }
        if let directory = measureBaseline { return try measureBaselineInThisProcess(directory) }
        let counts = try counts()
        // A folder of this run's own: two benchmarks at once never share one, and nothing regio did not
        // make is ever removed. Ctrl-C stops the measuring child and removes the folder.
        let folder = try Self.makePrivateFolder()
        InterruptCleanup.removeOnInterrupt(folder) { Self.child.withLock { $0?.terminate() } }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var results: [BenchResult] = []
        for count in counts {
            let directory = folder + "/data-\(count)"
            try DatasetGenerator(territories: max(10, count / 10), initiatives: max(5, count / 100), memberships: count,
                                 seed: 1).write(to: directory)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            if !json { Output.note("measuring \(count) memberships…\n") }
            results.append(try measure(count: count, directory: directory))
        }
        if json {
            Output.write(JSONOutput.array(results.map(\.json)).rendered())
        } else {
            Output.write(BenchResult.table(results))
        }
    }

    /// Keystrokes or frames timed of each kind. Below a hundred, a p99 is simply the slowest one, which a
    /// single busy moment on a shared machine decides; of 200 it is the third slowest.
    static let latencySamples = 200

    private func measure(count: Int, directory: String) throws -> BenchResult {
        var loads: [Double] = [], memory: [Double] = [], baselines: [Double] = [], baselineMemory: [Double] = []
        var warmLoads: [Double] = [], warmMemory: [Double] = []
        // A cache of its own, primed once, so that the warm load reads an entry this build wrote.
        let cacheDirectory = directory + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let catalog = try CatalogLoader.load(directory: directory)
        let store = Store(catalog: catalog)
        let cache = CatalogCache(directory: cacheDirectory, stamp: "bench")
        guard cache.save(catalog.with(store.indexes), loaded: cache.before(loading: directory)) else {
            throw CommandFailure(message: "could not write a cache entry in \(cacheDirectory)", status: 1)
        }
        for _ in 0..<runs {
            // Alternated, so that a busy moment on the machine falls on all alike.
            let (seconds, megabytes) = try loadInChildProcess(["--measure-load", directory])
            loads.append(seconds)
            memory.append(megabytes)
            let (warmSeconds, warmMegabytes) = try loadInChildProcess(["--measure-warm-load", directory, "--cache-directory", cacheDirectory])
            warmLoads.append(warmSeconds)
            warmMemory.append(warmMegabytes)
            let (baselineSeconds, baselineMegabytes) = try loadInChildProcess(["--measure-baseline", directory])
            baselines.append(baselineSeconds)
            baselineMemory.append(baselineMegabytes)
        }
        var result = BenchResult(memberships: count, territories: store.territories.count,
                                 initiatives: store.initiatives.count,
                                 loadSeconds: Stats.median(loads), peakMegabytes: Stats.median(memory),
                                 warmLoadSeconds: Stats.median(warmLoads), warmPeakMegabytes: Stats.median(warmMemory),
                                 baselineSeconds: Stats.median(baselines), baselineMegabytes: Stats.median(baselineMemory))
        // As in the dashboard: update and render share the lists and documents worked out so far.
        let views = ViewCache()
        let reducer = Reducer(store: store, views: views)
        let renderer = Renderer(store: store, views: views)
        var state = AppState(size: (200, 60))
        state = reducer.reduce(state, .resize(width: 200, height: 60))

        // Filter by one member state, then another, as the picker does.
        let countries = store.countriesPresent
        var filter: [Double] = []
        for repetition in 0..<Self.latencySamples {
            var picking = state
            picking.picker = PickerState(chosen: [countries[repetition % countries.count]])
            filter.append(Stats.time { _ = renderer.render(reducer.reduce(picking, .command(.confirm))) })
        }
        result.filter = Stats.percentiles(filter)

        // Typing six-letter queries one keystroke at a time: eight queries, then the same again (the lists
        // kept from before are the last few only, so a query comes round again to nothing kept).
        var search: [Double] = []
        while search.count < Self.latencySamples {
            for query in ["bornho", "ostrot", "valle ", "kraków", "tregan", "cluj b", "saint-", "nordri"] {
                var typing = reducer.reduce(state, .command(.search))
                for character in query {
                    search.append(Stats.time { typing = reducer.reduce(typing, .type(character)); _ = renderer.render(typing) })
                }
            }
        }
        result.searchKeystroke = Stats.percentiles(search)

        // Keystrokes as the user waits for them, update and the frame after it: move down the participants,
        // change their sort, open the highlighted one's detail.
        var keys: [Double] = []
        var moving = state
        // Five keystrokes every two repetitions.
        for repetition in 0..<Self.latencySamples * 2 / 5 {
            keys.append(Stats.time { moving = reducer.reduce(moving, .command(.moveDown)); _ = renderer.render(moving) })
            keys.append(Stats.time { _ = renderer.render(reducer.reduce(moving, .command(.sort))) })
            if repetition % 2 == 0 {
                keys.append(Stats.time { _ = renderer.render(reducer.reduce(moving, .command(.open))) })
            }
        }
        result.keys = Stats.percentiles(keys)

        // One frame of the participants pane, and of the largest detail view.
        var frames: [Double] = []
        for _ in 0..<Self.latencySamples { frames.append(Stats.time { _ = renderer.render(state) }) }
        result.renderList = Stats.percentiles(frames)
        // The largest detail views: the initiative with the most members, counting those of everything
        // below it, and the territory in the most collaborations. Each frame is the first of a page just
        // opened (nothing kept from an earlier frame: a page's document is laid out once, then reused, so
        // a frame after it costs next to nothing). The slower of the two is reported.
        let initiative = store.initiatives.indices.max { store.memberCount(ofInitiative: $0) < store.memberCount(ofInitiative: $1) } ?? 0
        let territory = store.territories.indices.max { store.collaborationCount(ofTerritory: $0) < store.collaborationCount(ofTerritory: $1) } ?? 0
        var slowest: (p50: Double, p99: Double) = (0, 0)
        for entity in [EntityRef.initiative(initiative), .territory(territory)] {
            var detail = state
            detail.history = [DetailPage(entity: entity)]
            var detailFrames: [Double] = []
            for _ in 0..<Self.latencySamples {
                let opening = Renderer(store: store, views: ViewCache())
                detailFrames.append(Stats.time { _ = opening.render(detail) })
            }
            let percentiles = Stats.percentiles(detailFrames)
            if percentiles.p99 >= slowest.p99 { slowest = percentiles }
        }
        result.renderDetail = slowest
        result.largestDetailRows = store.members(ofInitiative: initiative).count
        return result
    }

    /// A new folder under the temporary directory, readable by this user only.
    private static func makePrivateFolder() throws -> String {
        var template = Array((FileManager.default.temporaryDirectory.path + "/regio-bench-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CommandFailure(message: "cannot make a temporary folder: \(String(cString: strerror(errno)))", status: 1)
        }
        return String(cString: made)
    }

    /// The measuring child running now, stopped with regio on Ctrl-C.
    private static let child = Mutex<Process?>(nil)

    private func loadInChildProcess(_ arguments: [String]) throws -> (Double, Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        process.arguments = ["bench"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try Self.child.withLock { running in
            try process.run()
            running = process
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        Self.child.withLock { $0 = nil }
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double(String($0)) }
        guard process.terminationStatus == 0, fields.count == 2 else {
            throw CommandFailure(message: "the load measurement failed (status \(process.terminationStatus))", status: 1)
        }
        return (fields[0], fields[1])
    }

    /// Runs in the child: read, parse, validate and index, then print seconds and peak RSS in MiB.
    private func measureLoadInThisProcess(_ directory: String) throws {
        let start = ContinuousClock.now
        let store = Store(catalog: try CatalogLoader.load(directory: directory))
        Self.report(since: start, keeping: store)
    }

    /// Runs in the child: the same through the cache (check the entry and the files' hashes, decode, index).
    private func measureWarmLoadInThisProcess(_ directory: String, _ cacheDirectory: String) throws {
        let start = ContinuousClock.now
        guard let catalog = CatalogCache(directory: cacheDirectory, stamp: "bench").load(folder: directory) else {
            throw CommandFailure(message: "the cache entry for \(directory) was not used", status: 1)
        }
        Self.report(since: start, keeping: Store(catalog: catalog))
    }

    /// Runs in the child: the baseline, Foundation reading and parsing the same files and nothing more.
    private func measureBaselineInThisProcess(_ directory: String) throws {
        let start = ContinuousClock.now
        let documents = try CatalogLoader.dataFiles.map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)))
        }
        Self.report(since: start, keeping: documents)
    }

    private static func report(since start: ContinuousClock.Instant, keeping result: some Any) {
        let elapsed = ContinuousClock.now - start
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        withExtendedLifetime(result) {}
        Output.line("\(Stats.seconds(elapsed)) \(Double(usage.ru_maxrss) / 1024)")
    }
}

struct BenchResult {
    var memberships: Int, territories: Int, initiatives: Int
    var loadSeconds: Double, peakMegabytes: Double
    var warmLoadSeconds: Double, warmPeakMegabytes: Double
    var baselineSeconds: Double, baselineMegabytes: Double
    var filter = (p50: 0.0, p99: 0.0), searchKeystroke = (p50: 0.0, p99: 0.0), keys = (p50: 0.0, p99: 0.0)
    var renderList = (p50: 0.0, p99: 0.0), renderDetail = (p50: 0.0, p99: 0.0)
    var largestDetailRows = 0

    var json: JSONOutput {
        func ms(_ value: Double) -> JSONOutput { .string(String(format: "%.3f", value * 1000)) }
        return .object([
            ("memberships", .int(memberships)), ("territories", .int(territories)), ("initiatives", .int(initiatives)),
            ("load_ms", ms(loadSeconds)), ("peak_rss_mib", .string(String(format: "%.1f", peakMegabytes))),
            ("warm_load_ms", ms(warmLoadSeconds)), ("warm_peak_rss_mib", .string(String(format: "%.1f", warmPeakMegabytes))),
            ("baseline_json_parse_ms", ms(baselineSeconds)),
            ("baseline_peak_rss_mib", .string(String(format: "%.1f", baselineMegabytes))),
            ("filter_p50_ms", ms(filter.p50)), ("filter_p99_ms", ms(filter.p99)),
            ("search_keystroke_p50_ms", ms(searchKeystroke.p50)), ("search_keystroke_p99_ms", ms(searchKeystroke.p99)),
            ("move_sort_open_p50_ms", ms(keys.p50)), ("move_sort_open_p99_ms", ms(keys.p99)),
            ("render_list_p50_ms", ms(renderList.p50)), ("render_list_p99_ms", ms(renderList.p99)),
            ("render_detail_p50_ms", ms(renderDetail.p50)), ("render_detail_p99_ms", ms(renderDetail.p99)),
            ("largest_detail_members", .int(largestDetailRows)),
        ])
    }

    static func table(_ results: [BenchResult]) -> String {
        var table = Table(columns: [.init(title: "memberships", alignRight: true), .init(title: "load ms", alignRight: true),
                                    .init(title: "peak MiB", alignRight: true),
                                    .init(title: "warm ms/MiB", alignRight: true),
                                    .init(title: "baseline ms/MiB", alignRight: true),
                                    .init(title: "filter p50/p99", alignRight: true),
                                    .init(title: "search key p50/p99", alignRight: true),
                                    .init(title: "move/sort/open p50/p99", alignRight: true),
                                    .init(title: "frame list p50/p99", alignRight: true),
                                    .init(title: "frame detail p50/p99", alignRight: true)])
        func pair(_ value: (p50: Double, p99: Double)) -> String {
            String(format: "%.2f/%.2f", value.p50 * 1000, value.p99 * 1000)
        }
        for result in results {
            table.rows.append([String(result.memberships), String(format: "%.0f", result.loadSeconds * 1000),
                               String(format: "%.0f", result.peakMegabytes),
                               String(format: "%.0f/%.0f", result.warmLoadSeconds * 1000, result.warmPeakMegabytes),
                               String(format: "%.0f/%.0f", result.baselineSeconds * 1000, result.baselineMegabytes),
                               pair(result.filter),
                               pair(result.searchKeystroke), pair(result.keys), pair(result.renderList), pair(result.renderDetail)])
        }
        return table.rendered(width: nil)
            + "times in ms, medians; load = read, parse, validate and index, in a fresh process;\n"
            + "warm = the same folder again through the cache: check the entry and hash the files, decode, index;\n"
            + "filter, search key, move/sort/open = one keystroke's update and the frame after it (200 of each);\n"
            + "frame list = the participants pane again; frame detail = the first frame of the largest detail page, just opened;\n"
            + "baseline = Foundation's JSONSerialization parsing the same files (no checks, no indexes);\n"
            + "targets at 1M: load ≤ 1000, peak ≤ 150 MiB, every keystroke p99 ≤ 8\n"
    }
}

enum Stats {
    static func time(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        return seconds(ContinuousClock.now - start)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    static func percentiles(_ values: [Double]) -> (p50: Double, p99: Double) {
        (percentile(values, 0.5), percentile(values, 0.99))
    }
}
