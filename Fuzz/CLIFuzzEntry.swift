import Foundation

/// The libFuzzer entry point of the command-line target: each input becomes a sandbox, an
/// argument vector and perhaps a REPL script (`CLIFuzzCase`); `scenario` runs in-process on
/// them, and every run must keep the promises in `CLIFuzzOracle`.
///
/// Built by `Fuzz/run.sh cli SECONDS` from the library and the CLI's sources but `main.swift`.
/// `FUZZ_CLI_ROOT` names the folder the sandboxes go in (default: a fresh one in the temporary
/// folder); `FUZZ_CLI_DEVICE_OUTPUTS=1` lets outputs name the sandbox's FIFO and device node;
/// `FUZZ_CLI_VERBOSE=1` prints each run's arguments, exit status and the files it wrote.
@_cdecl("LLVMFuzzerTestOneInput")
public func cliFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    CLIFuzzRunner.shared.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

final class CLIFuzzRunner: @unchecked Sendable {
    static let shared = CLIFuzzRunner()

    private var sandbox: CLIFuzzSandbox
    private let deviceOutputs: Bool
    private let verbose: Bool

    private init() {
        let environment = ProcessInfo.processInfo.environment
        let root = environment["FUZZ_CLI_ROOT"] ?? (NSTemporaryDirectory() + "fuzz-cli-\(ProcessInfo.processInfo.processIdentifier)")
        sandbox = CLIFuzzSandbox(root: root)
        deviceOutputs = environment["FUZZ_CLI_DEVICE_OUTPUTS"] == "1"
        verbose = environment["FUZZ_CLI_VERBOSE"] == "1"
        signal(SIGPIPE, SIG_IGN)  // as main.swift does: a write to a FIFO whose reader left fails, quietly
    }

    func check(_ bytes: [UInt8]) {
        let fuzzCase = CLIFuzzCase.decode(bytes, devices: deviceOutputs)
        sandbox.make(scenario: fuzzCase.scenario, files: fuzzCase.files)
        defer { sandbox.remove() }
        var runs: [(arguments: [String], script: [String])] = [(fuzzCase.arguments, [])]
        if let script = fuzzCase.replLines {
            if fuzzCase.arguments.first == "repl" {
                runs[0].script = script
            } else {
                runs.append((["repl", "model.scenario"], script))
            }
        }
        var created: Set<String> = []
        for (arguments, script) in runs {
            let before = CLIFuzzSandbox.snapshot(sandbox.sandbox)
            let outsideBefore = sandbox.outside()
            let input = Array(script.joined(separator: "\n").utf8) + (script.isEmpty ? [] : [0x0A])
            let stopDraining = deviceOutputs ? sandbox.drainFIFO() : {}
            let stopFeeding = sandbox.feedFIFO(fuzzCase.scenario)
            let outcome = CLIFuzzCapture.run(in: sandbox.work, capture: sandbox.capture, input: input) {
                let status = ScenarioCommand.run(arguments).rawValue
                Output.flush()
                return status
            }
            stopFeeding()
            stopDraining()
            let after = CLIFuzzSandbox.snapshot(sandbox.sandbox)
            let run = CLIFuzzOracle.Run(arguments: arguments, script: script, outcome: outcome, before: before, after: after, created: created,
                                     outsideBefore: outsideBefore)
            let problems = CLIFuzzOracle.violations(run, sandbox: sandbox)
            if !problems.isEmpty {
                let stderr = String(decoding: outcome.stderr.prefix(2000), as: UTF8.self)
                fatalError("""
                    cli fuzz oracle: \(problems.joined(separator: "; "))
                      arguments: \(arguments)
                      repl: \(script)
                      exit: \(outcome.status)
                      stderr: \(stderr)
                    """)
            }
            let written = after.keys.filter { before[$0] == nil || before[$0] != after[$0] }.sorted()
            if verbose {
                FileHandle.standardError.write(Data("cli fuzz: \(arguments) repl \(script.count) lines: exit \(outcome.status), \(outcome.stdout.count) bytes out, wrote \(written)\n".utf8))
            }
            created.formUnion(written)
        }
    }
}
