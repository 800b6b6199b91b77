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

        init?(_ text: String) {
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                for pair in stride(from: 0, to: words.count - 1, by: 2) { fields[words[pair]] = words[pair + 1] }
            }
            guard let total = fields["grand_total_pence"].flatMap({ Int64($0) }), let checksum = fields["checksum"].flatMap({ UInt64($0) }),
                  let cells = fields["cells"].flatMap({ Int($0) }), let seconds = fields["total_s"].flatMap({ Double($0) }) else { return nil }
            (grandTotalPence, self.checksum, self.cells, self.seconds) = (total, checksum, cells, seconds)
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
        return CaseResult(
            name: name, implementation: implementation, size: sizes.description, timings: Timings(samples), cells: last!.cells,
            checksum: last!.checksum, grandTotalPence: last!.grandTotalPence, expectedChecksum: expected.checksum,
            expectedGrandTotalPence: expected.grandTotalPence,
            ok: last!.checksum == expected.checksum && last!.grandTotalPence == expected.grandTotalPence && last!.cells == sizes.cells,
            peakResidentBytes: peak)
    }

    /// The C peer, compiled into a temporary folder that is removed afterwards.
    static func c(_ sizes: Sizes, peers: String?) -> CaseResult {
        let name = "peer-c", implementation = "C (cc -O2)"
        guard let peers else { return .skipped(name, implementation, size: sizes.description, reason: "Benchmarks/peers not found") }
        guard Subprocess.isOnPath("cc") else { return .skipped(name, implementation, size: sizes.description, reason: "no C compiler ('cc' not found)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-bench-\(getpid())-\(UInt32.random(in: 0 ... .max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return .failed(name, implementation, size: sizes.description, reason: "cannot make a temporary folder: \(error)")
        }
        let binary = folder.appendingPathComponent("projection").path
        guard let build = Subprocess.run("cc", ["-O2", "-std=c99", "-o", binary, peers + "/projection.c"]), build.succeeded else {
            return .failed(name, implementation, size: sizes.description, reason: "projection.c does not compile with cc")
        }
        var result = measure(name: name, implementation: implementation, command: [binary], sizes: sizes)
        if let version = Subprocess.run("cc", ["--version"])?.output.split(separator: "\n").first { result.note = String(version) }
        return result
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
