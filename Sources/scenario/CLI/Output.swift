import FinModel
import Foundation

/// Standard output and error, buffered and written in whole pieces.
///
/// Output goes through here so that nothing is interleaved and tests see exactly what a user sees.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    static func error(_ text: String) {
        flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    static func diagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRenderer.render(diagnostics))
    }
}
