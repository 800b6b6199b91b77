import Foundation

/// The project's peers in `Benchmarks/peers/`, run on the same workload in the same invocation:
/// C (compiled here with the system `cc -O2`), numpy and pure Python. Each prints the grand
/// total, the checksum and its own timing of the work (`total_s`, without process start-up),
/// which is what is compared. A peer whose tool is missing is skipped with the reason.
enum Peers {
    /// `Benchmarks/peers`, found from the working directory (the package root, as `swift run`
    /// leaves it) or from where this file was compiled.
    static func directory() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Benchmarks/peers",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("peers").path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/projection.c") }
    }

    /// What a peer printed: `grand_total_pence N`, `checksum N`, `cells N … total_s X …`.
    struct Output {
        var grandTotalPence: Int64
        var checksum: UInt64
        var cells: Int
        var seconds: Double
        /// Every `key value` pair printed, such as `huge_page_bytes` and `threads`.
        var fields: [String: String]

        init?(_ text: String) {
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                for pair in stride(from: 0, to: words.count - 1, by: 2) { fields[words[pair]] = words[pair + 1] }
            }
            guard let total = fields["grand_total_pence"].flatMap({ Int64($0) }), let checksum = fields["checksum"].flatMap({ UInt64($0) }),
                  let cells = fields["cells"].flatMap({ Int($0) }), let seconds = fields["total_s"].flatMap({ Double($0) }) else { return nil }
            (grandTotalPence, self.checksum, self.cells, self.seconds, self.fields) = (total, checksum, cells, seconds, fields)
        }
    }

    /// Runs a peer command once to warm up and `Repetition.timed` times on `sizes`.
    static func measure(name: String, implementation: String, command: [String], sizes: Sizes) -> CaseResult {
        let arguments = Array(command.dropFirst()) + [String(sizes.practices), String(sizes.streams), String(sizes.years)]
        var samples: [Double] = []
        var peak: Int64 = 0
        var last: Output?
        for run in 0..<(Repetition.warmUps + Repetition.timed) {
            guard let outcome = Subprocess.run(command[0], arguments) else {
                return .failed(name, implementation, size: sizes.description, reason: "could not start \(command[0])")
            }
            guard outcome.succeeded, let output = Output(outcome.output) else {
                return .failed(name, implementation, size: sizes.description, reason: "exit \(outcome.status): \(outcome.output.suffix(300))")
            }
            if run >= Repetition.warmUps { samples.append(output.seconds) }
            peak = max(peak, outcome.peakResidentBytes)
            last = output
        }
        let expected = Checksums.reference(for: sizes) ?? PlainReference.run(sizes).checksums
        var result = CaseResult(
            name: name, implementation: implementation, size: sizes.description, timings: Timings(samples), cells: last!.cells,
            checksum: last!.checksum, grandTotalPence: last!.grandTotalPence, expectedChecksum: expected.checksum,
            expectedGrandTotalPence: expected.grandTotalPence,
            ok: last!.checksum == expected.checksum && last!.grandTotalPence == expected.grandTotalPence && last!.cells == sizes.cells,
            peakResidentBytes: peak)
        for key in ["huge_page_bytes", "threads"] {
            if let value = last!.fields[key].flatMap(Double.init) { result.figures[key] = value }
        }
        if let bytes = result.figures["huge_page_bytes"] { result.note = "\(Int(bytes) >> 20) MiB in huge pages" }
        return result
    }

    /// The C peers, each compiled into a temporary folder that is removed afterwards: the plain
    /// peer (`projection.c`, `cc -O2`), and the peer at the machine's limit (`projection_fast.c`:
    /// huge pages) on one core and, with `-fopenmp`, on every core. A peer that cannot be built
    /// (no compiler, no OpenMP) is skipped with the reason.
    static func cPeers(_ sizes: Sizes, peers: String?) -> [CaseResult] {
        let builds: [(name: String, implementation: String, source: String, flags: [String])] = [
            ("peer-c", "C (cc -O2)", "projection.c", []),
            ("peer-c-huge", "C, huge pages (cc -O2)", "projection_fast.c", []),
            ("peer-c-openmp", "C, huge pages, OpenMP (cc -O2 -fopenmp)", "projection_fast.c", ["-fopenmp"]),
        ]
        guard let peers else {
            return builds.map { .skipped($0.name, $0.implementation, size: sizes.description, reason: "Benchmarks/peers not found") }
        }
        guard Subprocess.isOnPath("cc") else {
            return builds.map { .skipped($0.name, $0.implementation, size: sizes.description, reason: "no C compiler ('cc' not found)") }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-bench-\(getpid())-\(UInt32.random(in: 0 ... .max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return builds.map { .failed($0.name, $0.implementation, size: sizes.description, reason: "cannot make a temporary folder: \(error)") }
        }
        let compiler = Subprocess.run("cc", ["--version"])?.output.split(separator: "\n").first.map(String.init)
        return builds.map { build in
            let binary = folder.appendingPathComponent(build.name).path
            guard let compiled = Subprocess.run("cc", ["-O2", "-std=c99"] + build.flags + ["-o", binary, peers + "/" + build.source]), compiled.succeeded else {
                if build.flags.contains("-fopenmp") {
                    return .skipped(build.name, build.implementation, size: sizes.description, reason: "cc -fopenmp cannot build it (no OpenMP here)")
                }
                return .failed(build.name, build.implementation, size: sizes.description, reason: "\(build.source) does not compile with cc")
            }
            var result = measure(name: build.name, implementation: build.implementation, command: [binary], sizes: sizes)
            result.note = ([compiler] + [result.note]).compactMap { $0 }.joined(separator: "; ")
            return result
        }
    }

    static func numpy(_ sizes: Sizes, peers: String?) -> CaseResult {
        let name = "peer-numpy"
        guard let peers else { return .skipped(name, "numpy", size: sizes.description, reason: "Benchmarks/peers not found") }
        guard Subprocess.isOnPath("python3") else { return .skipped(name, "numpy", size: sizes.description, reason: "python3 not found") }
        guard let probe = Subprocess.run("python3", ["-c", "import numpy, sys; print(numpy.__version__, sys.version.split()[0])"]), probe.succeeded else {
            return .skipped(name, "numpy", size: sizes.description, reason: "numpy is not importable")
        }
        let versions = probe.output.split(separator: " ")
        let implementation = "numpy \(versions.first ?? "") (Python \(versions.dropFirst().first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""))"
        return measure(name: name, implementation: implementation, command: ["python3", peers + "/projection_numpy.py"], sizes: sizes)
    }

    static func python(_ sizes: Sizes, peers: String?) -> CaseResult {
        let name = "peer-python"
        guard let peers else { return .skipped(name, "pure Python", size: sizes.description, reason: "Benchmarks/peers not found") }
        guard Subprocess.isOnPath("python3"), let probe = Subprocess.run("python3", ["-c", "import sys; print(sys.version.split()[0])"]), probe.succeeded else {
            return .skipped(name, "pure Python", size: sizes.description, reason: "python3 not found")
        }
        let implementation = "pure Python \(probe.output.trimmingCharacters(in: .whitespacesAndNewlines))"
        var result = measure(name: name, implementation: implementation, command: ["python3", peers + "/projection_reference.py"], sizes: sizes)
        result.note = "run at \(sizes.practices) practices; compare per cell"
        return result
    }
}
