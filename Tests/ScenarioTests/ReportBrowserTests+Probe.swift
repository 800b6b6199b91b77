import Foundation
import Testing

/// Loading a report in Chromium and reading back what the page recorded about itself.
extension ReportBrowserTests {
    struct Bar: Decodable {
        let value: Double
        let width: Double
        let height: Double
        /// The bar's edges on the page, in CSS pixels.
        let left: Double
        let right: Double
        /// A waterfall's `start`, `step` or `end`; nil in other charts.
        let role: String?
    }

    struct Point: Decodable {
        let value: Double
        let y: Double
        let series: String
    }

    struct Chart: Decodable {
        let label: String
        let kind: String
        let bars: [Bar]
        let points: [Point]
        /// The figures written beside the bars, in order (`+£27,000.00`).
        let figures: [String]
    }

    /// What the injected script recorded once the page had loaded.
    struct Probe: Decodable {
        let problems: [String]
        let charts: [Chart]
        let title: String
        let pageWidth: Double
        let viewportWidth: Double
        let pageHeight: Double
        let scripts: Int
        /// The smallest chart text as drawn, in CSS pixels (its font size times the chart's
        /// scale); nil on a page without charts.
        let smallestChartText: Double?
    }

    /// Records errors of every kind, and `alert` (a name that runs would call it), then measures
    /// each chart's bars and points as laid out, and writes the record into the page as JSON.
    static let probeScript = """
        <script>
        (function () {
          var problems = [];
          window.addEventListener('error', function (e) {
            problems.push('error: ' + (e.message || (e.target && e.target.outerHTML) || 'unknown'));
          }, true);
          window.addEventListener('unhandledrejection', function (e) { problems.push('rejection: ' + e.reason); });
          document.addEventListener('securitypolicyviolation', function (e) { problems.push('policy: ' + e.violatedDirective); });
          var consoleError = console.error;
          console.error = function () { problems.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); consoleError.apply(console, arguments); };
          window.alert = function (message) { problems.push('alert: ' + message); };
          window.addEventListener('load', function () {
            var all = function (root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };
            var charts = all(document, 'svg.chart').map(function (svg) {
              return {
                label: svg.getAttribute('aria-label'), kind: svg.getAttribute('data-kind'),
                bars: all(svg, 'rect.bar').map(function (rect) {
                  var box = rect.getBoundingClientRect();
                  return { value: parseFloat(rect.getAttribute('data-value')), width: box.width, height: box.height,
                           left: box.left, right: box.right, role: rect.getAttribute('data-role') };
                }),
                figures: all(svg, 'text.figure').map(function (text) { return text.textContent; }),
                points: all(svg, 'circle.point').map(function (circle) {
                  var box = circle.getBoundingClientRect();
                  return { value: parseFloat(circle.getAttribute('data-value')), y: box.top + box.height / 2, series: circle.getAttribute('data-series') };
                })
              };
            });
            var sizes = all(document, 'svg.chart text').map(function (text) {
              return parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
            });
            var record = document.createElement('pre');
            record.id = 'test-probe';
            record.textContent = JSON.stringify({
              problems: problems, charts: charts, title: document.title,
              pageWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth,
              pageHeight: document.documentElement.scrollHeight, scripts: document.scripts.length,
              smallestChartText: sizes.length ? Math.min.apply(null, sizes) : null
            });
            document.body.appendChild(record);
          });
        })();
        </script>
        """

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        "--disable-extensions", "--force-device-scale-factor=1"]

    /// Loads a copy of the report with the probe, at a phone's width unless told, and reads the record.
    static func probe(_ report: URL, in folder: URL, width: Int = 390) throws -> Probe {
        let html = try String(contentsOf: report, encoding: .utf8)
        let probed = folder.appendingPathComponent("probed-" + report.lastPathComponent)
        try Data(html.replacingOccurrences(of: "<head>", with: "<head>\n" + probeScript).utf8).write(to: probed)
        let result = try ExternalTool.run(chromium!, flags + [
            "--user-data-dir=" + folder.appendingPathComponent("profile-probe-\(width)").path, "--window-size=\(width),844",
            "--dump-dom", probed.absoluteString,
        ])
        guard let start = result.stdout.range(of: "<pre id=\"test-probe\">"),
              let end = result.stdout.range(of: "</pre>", range: start.upperBound..<result.stdout.endIndex)
        else {
            throw ExternalTool.Failure(description: "chromium printed no record (exit \(result.status)): \(result.stdout.prefix(500)) \(result.stderr.suffix(1_000))")
        }
        let text = String(result.stdout[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Probe.self, from: Data(text.utf8))
    }

    /// Saves the whole page, as a desktop and as a phone shows it, for a person to look at.
    static func screenshot(_ report: URL, in folder: URL, name: String) throws {
        let shots = TranscriptRunner.packageRoot.appendingPathComponent(".build/report-screenshots", isDirectory: true)
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        for (suffix, width) in [("", 1100), ("-phone", 390)] {
            // The page's height at this width, so the screenshot holds all of it.
            let probe = try self.probe(report, in: folder, width: width)
            #expect(probe.problems.isEmpty, "at \(width) px the page reported: \(probe.problems)")
            let height = min(16_000, max(600, Int(probe.pageHeight.rounded(.up))))
            let file = shots.appendingPathComponent("\(name)\(suffix).png")
            let result = try ExternalTool.run(chromium!, flags + [
                "--user-data-dir=" + folder.appendingPathComponent("profile-shot\(suffix)").path, "--window-size=\(width),\(height)",
                "--screenshot=" + file.path, report.absoluteString,
            ])
            #expect(result.status == 0 && FileManager.default.fileExists(atPath: file.path), "no screenshot \(file.path): \(result.stderr.suffix(500))")
        }
    }

    /// Each bar's length ÷ |figure| is the same across the chart, to half a pixel.
    static func expectProportional(_ bars: [(value: Double, length: Double)], _ chart: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let largest = bars.max(by: { abs($0.value) < abs($1.value) }), largest.value != 0 else { return }
        let scale = largest.length / abs(largest.value)
        #expect(scale > 0, "\(chart): the largest bar is not drawn", sourceLocation: sourceLocation)
        for bar in bars {
            #expect(abs(bar.length - abs(bar.value) * scale) <= 0.5,
                    "\(chart): a bar of \(bar.value) is \(bar.length) px, not \(abs(bar.value) * scale)", sourceLocation: sourceLocation)
        }
    }

    /// Points stand on one scale: a higher figure is higher on the page, in proportion.
    static func expectLinear(_ points: [Point], _ chart: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let low = points.min(by: { $0.value < $1.value }), let high = points.max(by: { $0.value < $1.value }), high.value > low.value else { return }
        let pixelsPerUnit = (low.y - high.y) / (high.value - low.value)
        #expect(pixelsPerUnit > 0, "\(chart): a higher figure is not higher on the page", sourceLocation: sourceLocation)
        for point in points {
            let expected = low.y - (point.value - low.value) * pixelsPerUnit
            #expect(abs(point.y - expected) <= 0.5, "\(chart): the point for \(point.value) is at \(point.y), not \(expected)", sourceLocation: sourceLocation)
        }
    }
}
