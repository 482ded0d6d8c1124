import Foundation

/// What a command leaves behind when it is stopped with Ctrl-C or SIGTERM: a half-written folder, a
/// child process. The handler runs on a queue of its own, where removing files is safe (a signal handler
/// proper may not), then regio ends with the signal's status.
enum InterruptCleanup {
    /// Removes `path` on SIGINT or SIGTERM, after `first` (stopping a child that writes into it).
    static func removeOnInterrupt(_ path: String, first: @escaping @Sendable () -> Void = {}) {
        let queue = DispatchQueue(label: "regio.interrupt")
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                first()
                try? FileManager.default.removeItem(atPath: path)
                if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Foundation.exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
        interruptSources = sources // kept alive for the rest of the run
    }

    nonisolated(unsafe) private static var interruptSources: [DispatchSourceSignal] = []
}
