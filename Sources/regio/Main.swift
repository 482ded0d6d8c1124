import ArgumentParser
import Foundation

/// Entry point. Parses the command line and reports every failure on stderr as `regio: …`, with the
/// exit status the failure calls for (64 usage, 65 invalid data, 1 other errors).
@main
enum Main {
    static func main() {
        // A closed pipe (`regio list | head -1`) should end regio quietly, not with a signal or a message.
        signal(SIGPIPE, SIG_IGN)
        // A file-size limit (ulimit -f) must make a write fail with EFBIG (reported, status 74), not kill regio.
        signal(SIGXFSZ, SIG_IGN)
        Output.guardStandardDescriptors()
        MemoryReturn.keepLargeBlocksReturnable()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The plain dashboard command lines skip ArgumentParser's few milliseconds (see DashboardFastPath),
        // and the bundled data starts loading on the other core at once.
        let plainDashboard = DashboardFastPath.line(arguments)
        if plainDashboard?.showsBundledData == true { StoreLoading.startBundled() }
        do {
            if let request = plainDashboard.flatMap(DashboardFastPath.request(for:)) {
                try request.run()
            } else {
                var command = try RegioCommand.parseAsRoot()
                try command.run()
            }
            CacheSaves.finish()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            CacheSaves.finish()
            exit(failure.status)
        } catch let exitCode as ExitCode {
            CacheSaves.finish()
            exit(exitCode.rawValue)
        } catch {
            CacheSaves.finish()
            let status = RegioCommand.exitCode(for: error)
            var message = RegioCommand.fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if status == .success {
                Output.write(message.hasSuffix("\n") ? message : message + "\n")
                Output.flush()
            } else {
                Output.error(message)
            }
            exit(status.rawValue)
        }
        Output.flush()
    }
}

/// A failure with a message for the user and the exit status that goes with it.
struct CommandFailure: Error {
    var message: String
    var status: Int32

    static let invalidDataStatus: Int32 = 65

    static func notFound(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 64) }
}
