import CLibFuzzer
import Foundation

// Two ways to run the same targets:
// - built with libFuzzer (scripts/fuzz.sh: `-sanitize=fuzzer -DFUZZING`), libFuzzer's driver calls
//   LLVMFuzzerTestOneInput with inputs it evolves; REGIO_FUZZ_TARGET names the target;
// - built normally, `regio-fuzz TARGET FILE…` runs each file through the target once: how CI replays the
//   committed corpus (Fuzz/corpus/TARGET) and any crash file the fuzzer found.

private let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["REGIO_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("regio-fuzz: set REGIO_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    selectedTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
@main
enum Fuzz {
    static func main() {
        _ = selectedTarget
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            fuzzOneInput(data!, size)
        })
    }
}
#else
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: regio-fuzz \(names) FILE…\n".utf8))
            exit(64)
        }
        var count = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("regio-fuzz: cannot read \(path)\n".utf8))
                exit(66)
            }
            data.withUnsafeBytes { target.run($0.bindMemory(to: UInt8.self)) }
            count += 1
        }
        print("regio-fuzz: \(target.rawValue): \(count) inputs replayed, no crash")
    }
}
#endif
