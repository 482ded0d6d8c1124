import Foundation
import Testing

// Helpers for the end-to-end tests: finding the built `regio`, running it as a plain process, and driving
// it inside a private tmux server (see DESIGN.md, "Driving the real binary in tests (tmux recipe)").

/// A failure of the harness or of an expectation that has to stop the test (a timeout, a missing binary).
/// Its description goes into the test report, so it carries the last screen seen.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - The binary under test

enum RegioBinary {
    /// The `regio` executable: `$REGIO_BINARY` if set, else the `regio` that SwiftPM built next to the test
    /// executable (both live in `<scratch>/debug/`).
    static func path() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["REGIO_BINARY"], !override.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: override) else {
                throw EndToEndFailure("REGIO_BINARY is set to '\(override)', but no executable file is there")
            }
            return override
        }
        let testExecutable: String
        do {
            testExecutable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        } catch {
            throw EndToEndFailure("cannot resolve /proc/self/exe to find the regio binary (\(error)); "
                                  + "set REGIO_BINARY to the path of a built regio")
        }
        let directory = (testExecutable as NSString).deletingLastPathComponent
        let candidate = directory + "/regio"
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw EndToEndFailure("the regio binary was not found at \(candidate) (next to the test executable "
                                  + "\(testExecutable)); build it with 'swift build --build-tests' or set REGIO_BINARY")
        }
        return candidate
    }
}

// MARK: - Plain processes

/// What a finished process left behind.
struct ProcessOutput {
    var status: Int32
    /// True when the process was killed by a signal; `status` is then the signal number.
    var killedBySignal: Bool
    var stdout: String
    var stderr: String
    var stdoutData: Data
}

enum ProcessRunner {
    /// Environment for child processes: the test's own, without anything that would make tmux attach to an
    /// outer session or change the locale or colours behind the tests' back.
    static var cleanEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NO_COLOR", "REGIO_BINARY"] {
            environment.removeValue(forKey: name)
        }
        environment["LANG"] = "C.UTF-8"
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        environment["XDG_CACHE_HOME"] = testCacheHome
        return environment
    }

    /// The cache regio keeps between runs goes to a folder of the test process, never the user's
    /// ~/.cache: removed when the tests end.
    static let testCacheHome: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("regio-test-cache-\(getpid())").path
        atexit { try? FileManager.default.removeItem(atPath: ProcessRunner.testCacheHome) }
        return path
    }()

    /// Starts a program with posix_spawn: stdin from /dev/null, stdout and stderr into files, no other
    /// inherited descriptors, an empty signal mask and default signal dispositions.
    ///
    /// Not Foundation's `Process`, for two reasons found the hard way: the test runner's threads block most
    /// signals and `Process` hands that mask on, so a tmux server started by it never sees SIGCHLD (dead panes
    /// never get an exit status) and regio in its panes starts with SIGTERM and SIGWINCH blocked; and the
    /// ends of a `Pipe` leak into the daemonised tmux server, so reading tmux's output to EOF never ends.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                      stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let closeFrom = closeFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else {
            throw EndToEndFailure("cannot start \(executable): \(String(cString: strerror(error)))")
        }
        return pid
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34+), which the Glibc module does not export.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// Waits for a spawned child; (status, killed by a signal). Kills it after `timeout` seconds.
    static func wait(for pid: pid_t, timeout: Double, what: String) throws -> (status: Int32, signaled: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR {
                throw EndToEndFailure("waitpid for \(what) failed: \(String(cString: strerror(errno)))")
            }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw EndToEndFailure("\(what) did not finish in \(timeout) s")
            }
            usleep(2_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? ((status >> 8) & 0xff, false) : (signal, true)
    }

    /// Runs a program to completion with stdin from /dev/null and stdout/stderr captured in files (so a
    /// large output can never dead-lock on a full pipe). Kills it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: Double = 30) throws -> ProcessOutput {
        let directory = try ScratchFolder("regio-e2e")
        defer { directory.remove() }
        let outPath = directory.file("stdout")
        let errPath = directory.file("stderr")
        let what = ([executable] + arguments).joined(separator: " ")
        let pid = try spawn(executable, arguments, environment: environment ?? cleanEnvironment,
                            stdout: outPath, stderr: errPath)
        let (status, signaled) = try wait(for: pid, timeout: timeout, what: what)
        let stdoutData = FileManager.default.contents(atPath: outPath) ?? Data()
        let stderrData = FileManager.default.contents(atPath: errPath) ?? Data()
        return ProcessOutput(status: status, killedBySignal: signaled,
                             stdout: String(decoding: stdoutData, as: UTF8.self),
                             stderr: String(decoding: stderrData, as: UTF8.self),
                             stdoutData: stdoutData)
    }

    /// Runs `regio` with arguments.
    static func regio(_ arguments: [String]) throws -> ProcessOutput {
        try run(try RegioBinary.path(), arguments)
    }

    /// Runs a shell command line with /bin/sh -c.
    static func shell(_ command: String) throws -> ProcessOutput {
        try run("/bin/sh", ["-c", command])
    }
}

/// Quotes a word for /bin/sh.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

// MARK: - tmux

/// How a dead pane's process ended.
struct PaneExit: Equatable, CustomStringConvertible {
    /// The exit status, when the process exited.
    var status: Int?
    /// The signal, when the process was killed by one (tmux ≥ 3.3 reports `#{pane_dead_signal}`).
    var signal: Int?

    var description: String {
        if let signal { return "killed by signal \(signal)" }
        if let status { return "exit status \(status)" }
        return "unknown end"
    }
}

/// One private tmux server running one program in one pane. Killed at the end (`close()`, or `deinit`).
final class TmuxSession {
    let socket: String
    let target = "regio"
    private(set) var serverPID: pid_t = 0
    /// The server's socket file, removed at the end (tmux leaves it behind after kill-server).
    private var socketPath: String?
    private var closed = false
    /// The last screen captured while polling, for failure messages.
    private(set) var lastScreen = ""
    /// A private, empty config folder, so a user's ~/.config/regio/config.toml cannot change the keys.
    let configHome: String

    private static let counter = Counter()

    /// Starts a private server and a session of `width`×`height` running `command` (a shell command line;
    /// it should `exec` the program so that the pane's process *is* the program).
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "regio-e2e-\(getpid())-\(Self.counter.next())-\(UUID().uuidString.prefix(8))"
        configHome = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try FileManager.default.createDirectory(atPath: configHome, withIntermediateDirectories: true)
        do {
            // A keepalive session first, so the server exists and the options can be set before the session
            // under test is created: the TERM of a new pane comes from default-terminal at creation time.
            try tmux(["new-session", "-d", "-s", "keepalive", "-x", "80", "-y", "24", "exec sleep 3600"])
            try tmux(["set", "-g", "remain-on-exit", "on"])
            try tmux(["set", "-g", "default-terminal", "tmux-256color"])
            let server = try tmux(["display", "-p", "-t", "keepalive", "#{pid}|#{socket_path}"])
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
            serverPID = server.first.flatMap { pid_t($0) } ?? 0
            socketPath = server.count > 1 ? server[1] : nil
            var arguments = ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                             "-e", "LANG=C.UTF-8", "-e", "SWIFT_BACKTRACE=interactive=no",
                             "-e", "XDG_CONFIG_HOME=\(configHome)"]
            for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
                arguments += ["-e", "\(name)=\(value)"]
            }
            arguments.append(command)
            try tmux(arguments)
        } catch {
            close()
            throw error
        }
    }

    /// A session running `regio` with arguments, exec'd so that the pane's process is regio itself.
    convenience init(regio arguments: [String] = [], width: Int = 120, height: Int = 40) throws {
        let binary = try RegioBinary.path()
        let command = "exec " + ([binary] + arguments).map(shellQuoted).joined(separator: " ")
        try self.init(command: command, width: width, height: height)
    }

    deinit { close() }

    /// Kills the private server (and with it the program, if still running). Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        if let socketPath { unlink(socketPath) }
        try? FileManager.default.removeItem(atPath: configHome)
    }

    // MARK: Talking to tmux

    /// Runs `tmux -L <socket> -f /dev/null <arguments>` and returns its stdout; throws on a non-zero exit.
    /// (The calls of one session are sequential, so its two output files are reused.)
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outPath = configHome + "/tmux.out"
        let errPath = configHome + "/tmux.err"
        let what = "tmux " + arguments.joined(separator: " ")
        let pid = try ProcessRunner.spawn(Self.tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments,
                                          environment: ProcessRunner.cleanEnvironment,
                                          stdout: outPath, stderr: errPath)
        let (status, signaled) = try ProcessRunner.wait(for: pid, timeout: 10, what: what)
        let output = FileManager.default.contents(atPath: outPath) ?? Data()
        guard status == 0 && !signaled else {
            let errors = FileManager.default.contents(atPath: errPath) ?? Data()
            throw EndToEndFailure("\(what) failed with \(signaled ? "signal" : "status") \(status): "
                                  + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    static let tmuxPath: String = {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"] {
            let path = directory + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "/usr/bin/tmux"
    }()

    /// Sends key names (`Enter`, `Escape`, `Down`, `C-c`, `j` …).
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Sends literal text (`send-keys -l`), e.g. 'Österbotten'.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The pane's text grid (`capture-pane -p`); `escapes` adds colour and attribute escapes (`-e`);
    /// `history` includes the scrollback and joins wrapped lines (`-S - -J`).
    func capture(escapes: Bool = false, history: Bool = false) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if escapes { arguments.append("-e") }
        if history { arguments += ["-S", "-", "-J"] }
        let screen = try tmux(arguments)
        lastScreen = screen
        return screen
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A format evaluated for the pane (`display -p`).
    func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    var isPaneDead: Bool { get throws { try display("#{pane_dead}") == "1" } }
    var alternateOn: Bool { get throws { try display("#{alternate_on}") == "1" } }
    var cursorVisible: Bool { get throws { try display("#{cursor_flag}") == "1" } }
    var panePID: pid_t { get throws { pid_t(try display("#{pane_pid}")) ?? 0 } }

    // MARK: Waiting

    /// How long a wait may take by default: generous, because the whole suite runs its tmux sessions in
    /// parallel and on a loaded machine (several builds on two cores) a settled capture can take seconds;
    /// a wait that succeeds returns as soon as the screen is right.
    static let defaultTimeout: Double = 30

    /// Polls the screen every 20 ms until `condition` holds on a settled screen (two captures in a row
    /// alike, so that a frame ncurses is still writing is never taken for the result); returns that
    /// screen. On timeout throws with the last screen captured.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = TmuxSession.defaultTimeout, escapes: Bool = false,
                   _ condition: (String) throws -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: String?
        while true {
            let screen = try capture(escapes: escapes)
            if screen == previous, try condition(screen) { return screen }
            previous = screen
            if try isPaneDead {
                // The program is gone: nothing more will change. One last look, then fail with the reason.
                let final = try capture(escapes: escapes)
                if try condition(final) { return final }
                let exit = try? waitForExit(timeout: 2)
                throw EndToEndFailure("regio ended (\(exit.map(\.description) ?? "?")) while waiting for \(what); "
                                      + "last screen:\n\(final)")
            }
            if Date() > deadline {
                throw EndToEndFailure("timed out after \(timeout) s waiting for \(what); last screen:\n\(screen)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = TmuxSession.defaultTimeout) async throws -> String {
        try await waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen matches a regular expression.
    @discardableResult
    func waitFor(regex pattern: String, timeout: Double = TmuxSession.defaultTimeout) async throws -> String {
        let regex = try NSRegularExpression(pattern: pattern)
        return try await waitUntil("/\(pattern)/", timeout: timeout) { screen in
            regex.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) != nil
        }
    }

    /// Waits until the pane's process has ended and tmux has its exit status or signal.
    func waitForExit(timeout: Double = TmuxSession.defaultTimeout) throws -> PaneExit {
        let deadline = Date().addingTimeInterval(timeout)
        var nudged = Date.distantPast
        while true {
            let fields = try display("#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}")
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 3, fields[0] == "1" {
                if !fields[1].isEmpty || !fields[2].isEmpty {
                    return PaneExit(status: Int(fields[1]), signal: Int(fields[2]))
                }
                // The pane is dead (its pty closed) but tmux has not reaped the process yet. On this machine
                // tmux 3.3a sometimes misses the SIGCHLD and leaves the child a zombie until the next one;
                // a SIGCHLD of our own makes it call waitpid. (Harmless: tmux only reaps its children.)
                if serverPID > 0, Date().timeIntervalSince(nudged) > 0.1 {
                    kill(serverPID, SIGCHLD)
                    nudged = Date()
                }
            }
            if Date() > deadline {
                let screen = (try? capture()) ?? lastScreen
                throw EndToEndFailure("timed out after \(timeout) s waiting for regio to exit "
                                      + "(pane_dead|status|signal = \(fields.joined(separator: "|"))); "
                                      + "last screen:\n\(screen)")
            }
            usleep(20_000)
        }
    }
}

/// A thread-safe counter for unique socket names.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

// MARK: - Reading screens

enum ScreenText {
    /// Lines of a captured screen.
    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The screen with every run of whitespace (line breaks included) made one space: for messages that
    /// word-wrap differently at different widths.
    static func flattened(_ screen: String) -> String {
        screen.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The columns `range` of every line (one Character per cell: the dataset's names have no wide
    /// characters).
    static func columns(_ range: Range<Int>, of screen: String) -> String {
        lines(screen).map { line in
            let characters = Array(line)
            guard range.lowerBound < characters.count else { return "" }
            return String(characters[range.lowerBound..<min(range.upperBound, characters.count)])
        }.joined(separator: "\n")
    }

    private static let sgr = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m")
    private static let anyEscape = try! NSRegularExpression(pattern: "\u{1B}(\\[[0-9;:?]*[A-Za-z@]|[()][0-9A-Za-z]|[=>])")

    /// A line with its escape sequences removed.
    static func plain(_ line: String) -> String {
        anyEscape.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
            .replacingOccurrences(of: "\u{0E}", with: "").replacingOccurrences(of: "\u{0F}", with: "")
    }

    /// Whether a line captured with `-e` sets a background colour or reverse video somewhere: how a
    /// selected row looks, with colour (a background) or without (reverse).
    static func isHighlighted(_ line: String) -> Bool {
        for match in sgr.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let range = Range(match.range(at: 1), in: line) else { continue }
            let parameters = line[range].split(separator: ";").compactMap { Int($0) }
            var index = 0
            while index < parameters.count {
                let parameter = parameters[index]
                if parameter == 7 || (40...47).contains(parameter) || (100...107).contains(parameter) { return true }
                if parameter == 38 || parameter == 48 {
                    if parameter == 48 { return true }
                    // Skip a foreground colour's arguments (5;n or 2;r;g;b).
                    index += (index + 1 < parameters.count && parameters[index + 1] == 2) ? 4 : 2
                }
                index += 1
            }
        }
        return false
    }

    /// The plain text of the highlighted lines between the header (first line) and the footer (last
    /// non-empty line), with their line numbers.
    static func highlightedBodyLines(_ escapedScreen: String) -> [(index: Int, text: String)] {
        let all = lines(escapedScreen)
        guard let last = all.lastIndex(where: { !plain($0).trimmingCharacters(in: .whitespaces).isEmpty }),
              last > 1 else { return [] }
        return (1..<last).filter { isHighlighted(all[$0]) }.map { ($0, plain(all[$0])) }
    }
}
