// scenario-bench: the "national projection" benchmark, FinModel against its C, numpy and pure
// Python peers in one run, with the scenario language end to end, what-if, goal seek and every
// command of `scenario` at two sizes.
//
//     swift run -c release scenario-bench [--quick] [--json PATH]
//
// Every FinModel case runs in a child process (this binary again, with a hidden `--case`), so
// each case's peak memory is its own; peers are child processes too. Each case runs once to warm
// up, then five times; the table shows the median, minimum and maximum. Exit status: 0 when
// every result agrees with its reference, 1 when one does not, 2 for a usage mistake.
import FinModel
import Foundation

let usage = """
    usage: scenario-bench [--quick] [--json PATH]

      --quick      reduced sizes, for CI: seconds, not minutes
      --json PATH  also write the results as one JSON object to PATH

    Runs the national projection workload (docs/performance.md: 6,500 practices, 30 streams,
    10 years) with FinModel (every core, huge pages) and with the C peers (plain, huge pages,
    OpenMP), numpy and pure Python, the memory limit lines, scaling, the scenario language end to end (by year and by month), parse throughput, what-if, goal seek, and every
    command of `scenario` on a by-practice model at two sizes.

    """

/// The sizes a run uses: national scale, or small ones for `--quick`.
struct Plan {
    let quick: Bool
    var projection: Sizes { quick ? Sizes.national.with(practices: 100) : .national }
    var python: Sizes { quick ? Sizes.national.with(practices: 100) : Sizes.national.with(practices: 650) }
    var scaling: [Int] { quick ? [10, 100, 1_000] : [650, 6_500, 65_000] }
    var scenario: Sizes { quick ? Sizes.national.with(practices: 100) : .national }
    var parseStreams: Int { quick ? 500 : 10_000 }
    /// The by-practice model's sizes for the command cases: the goal compares the cost per
    /// practice at the second with that at the first.
    var commandPractices: [Int] { quick ? [50, 500] : [6_500, 65_000] }
}

/// The package's `Scenarios/` folder, from the working directory or from this file's location.
func shippedScenario(_ name: String) -> String? {
    let candidates = [
        FileManager.default.currentDirectoryPath + "/Scenarios/" + name,
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios").appendingPathComponent(name).path,
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
}

// MARK: Child: one case, its result as one JSON line

/// Runs the case a parent asked for and prints `RESULT {json}`.
func runChild(_ arguments: [String]) -> Int32 {
    var options: [String: String] = [:]
    var index = 0
    while index + 1 < arguments.count {
        options[arguments[index]] = arguments[index + 1]
        index += 2
    }
    guard let name = options["--case"] else { return 2 }
    if let runs = options["--runs"].flatMap({ Int($0) }), runs > 0 {
        (Repetition.warmUps, Repetition.timed) = (0, runs)
    }
    let practices = options["--practices"].flatMap { Int($0) } ?? Sizes.national.practices
    let sizes = Sizes.national.with(practices: practices)
    let result: CaseResult
    switch name {
    case "projection": result = SwiftCases.projection(sizes, name: "projection")
    case "projection-rerun": result = SwiftCases.projection(sizes, name: "projection-rerun", rerun: true)
    case "projection-array": result = SwiftCases.projectionInArray(sizes, name: "projection-array")
    case "limit-huge": result = SwiftCases.hugePageLimit(sizes)
    case "scaling": result = SwiftCases.projection(sizes, name: "scaling-\(practices)")
    case "limit": result = SwiftCases.limit(sizes)
    case "scenario": result = SwiftCases.scenario(sizes)
    case "scenario-monthly": result = SwiftCases.monthlyScenario(sizes)
    case "parse": result = SwiftCases.parse(streams: options["--streams"].flatMap { Int($0) } ?? 10_000)
    case "what-if": result = SwiftCases.whatIf(sizes)
    case "goal-seek": result = SwiftCases.goalSeek(scenarioPath: shippedScenario("federation-beyond-april-2019.scenario"))
    case "command": result = CommandCases.run(options["--command"] ?? "", practices: practices)
    default: return 2
    }
    var measured = result
    if !SwiftCases.lastProcessorSeconds.samples.isEmpty {
        measured.figures["cpu_median_s"] = SwiftCases.lastProcessorSeconds.median
    }
    guard let data = try? JSONEncoder().encode(measured) else { return 1 }
    print("RESULT " + String(decoding: data, as: UTF8.self))
    return 0
}

/// Runs one case in a child process and reads its result; the child's own peak memory is kept.
func inChild(_ name: String, _ extra: [String] = [], label: String, resultName: String? = nil) -> CaseResult {
    let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
    fflush(nil)  // every stream: the table so far before the progress line
    FileHandle.standardError.write(Data("  \(label)…\n".utf8))
    guard let outcome = Subprocess.run(executable, ["--case", name] + extra, passStandardError: true) else {
        return .failed(resultName ?? name, SwiftCases.implementation, size: "", reason: "could not start the child process")
    }
    guard outcome.succeeded, let line = outcome.output.split(separator: "\n").last(where: { $0.hasPrefix("RESULT ") }),
          var result = try? JSONDecoder().decode(CaseResult.self, from: Data(line.dropFirst("RESULT ".count).utf8)) else {
        return .failed(resultName ?? name, SwiftCases.implementation, size: "", reason: "child exited \(outcome.status): \(outcome.output.suffix(300))")
    }
    result.peakResidentBytes = outcome.peakResidentBytes
    return result
}

// MARK: Parent: every case, the table, the goals

func runAll(quick: Bool, jsonPath: String?) -> Int32 {
    let plan = Plan(quick: quick)
    let machine = machineDescription()
    let peers = Peers.directory()
    print("scenario-bench: national projection workload\(quick ? " (--quick: reduced sizes)" : "")")
    print("machine: \(machine)")
    print("each case: \(Repetition.warmUps) warm-up run, then \(Repetition.timed) timed runs; median, min and max\n")

    // The projection and the C peer run back to back, so that on a shared machine they meet
    // much the same load; the ratios between them are the figures to quote.
    var results: [CaseResult] = []
    let practices = String(plan.projection.practices)
    fflush(nil)  // every stream: the table so far before the progress line
    FileHandle.standardError.write(Data("running the projection, then its peers…\n".utf8))
    results.append(inChild("projection", ["--practices", practices], label: "projection"))
    FileHandle.standardError.write(Data("  C peers, numpy and pure Python…\n".utf8))
    results += Peers.cPeers(plan.projection, peers: peers)
    results.append(Peers.numpy(plan.projection, peers: peers))
    results.append(Peers.python(plan.python, peers: peers))
    FileHandle.standardError.write(Data("running the other FinModel cases, each in its own process…\n".utf8))
    results.append(inChild("limit-huge", ["--practices", practices], label: "memory limit line, huge pages"))
    results.append(inChild("limit", ["--practices", practices], label: "memory limit line"))
    results.append(inChild("projection-rerun", ["--practices", practices], label: "projection, one buffer re-run"))
    results.append(inChild("projection-array", ["--practices", practices], label: "projection into an array, one core"))
    for size in plan.scaling {
        results.append(inChild("scaling", ["--practices", String(size)], label: "scaling at \(size) practices"))
    }
    results.append(inChild("scenario", ["--practices", String(plan.scenario.practices)], label: "scenario end to end"))
    results.append(inChild("scenario-monthly", ["--practices", String(plan.scenario.practices)], label: "monthly scenario end to end"))
    results.append(inChild("parse", ["--streams", String(plan.parseStreams)], label: "parse"))
    results.append(inChild("what-if", ["--practices", String(plan.scenario.practices)], label: "what-if"))
    results.append(inChild("goal-seek", label: "goal seek"))
    FileHandle.standardError.write(Data("running every command on the by-practice model…\n".utf8))
    // --quick checks the commands' output, which one run shows: no warm-up, no repetitions.
    let commandRuns = quick ? ["--runs", "1"] : []
    for command in CommandCases.all {
        for size in plan.commandPractices {
            results.append(inChild("command", ["--command", command, "--practices", String(size)] + commandRuns, label: "\(command) at \(size) practices",
                                   resultName: "\(command)-\(size)"))
        }
    }

    // Ratios to the C peer run in this invocation.
    if let c = results.first(where: { $0.name == "peer-c" && $0.timings != nil }), let cMedian = c.timings?.median, let cRate = c.cellsPerSecond {
        for index in results.indices where results[index].timings != nil {
            results[index].timeRatioToC = results[index].timings!.median / cMedian
            if let rate = results[index].cellsPerSecond, results[index].name != "scenario" {
                results[index].speedRatioToC = rate / cRate
            }
        }
    }
    let goals = Goals.evaluate(results, plan: plan)

    print(ReportWriter.table(results))
    print("\nvs C speed: cells per second ÷ the C peer's (above 1 is faster); vs C time: median ÷ the C peer's median.")
    print("scenario cells are yearly, a twelfth of the projection's, so it has no speed ratio; scenario-monthly has the projection's cells; see the goals.\n")
    for result in results {
        let figures = result.figures.keys.sorted().map { key in "\(key) \(ReportWriter.number(result.figures[key]))" }
        if result.note != nil || !figures.isEmpty {
            print("\(result.name): " + ([result.note].compactMap { $0 } + figures).joined(separator: "; "))
        }
    }
    print("\ngoals\(quick ? " (judged on full runs; --quick sizes are too small to mean much)" : ""):")
    print(ReportWriter.goals(goals))

    if let jsonPath {
        do {
            try ReportWriter.json(results, goals: goals, quick: quick, machine: machine).write(toFile: jsonPath, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("scenario-bench: cannot write \(jsonPath): \(error)\n".utf8))
            return 1
        }
    }
    let failed = results.filter { !$0.ok }
    if !failed.isEmpty {
        print("\nFAILED: " + failed.map(\.name).joined(separator: ", "))
        return 1
    }
    return 0
}

// MARK: Entry

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--case" {
    exit(runChild(arguments))
}
var quick = false
var jsonPath: String?
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--quick": quick = true
    case "--json":
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("scenario-bench: --json needs a path\n\n\(usage)".utf8))
            exit(2)
        }
        jsonPath = path
        arguments.removeFirst()
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    default:
        FileHandle.standardError.write(Data("scenario-bench: unknown argument '\(argument)'\n\n\(usage)".utf8))
        exit(2)
    }
}
exit(runAll(quick: quick, jsonPath: jsonPath))
