/// The HTML page's style sheet, inlined in every page so the file needs nothing else.
///
/// Three media in one sheet:
/// - screen: a readable column, figures right-aligned in tabular digits, tables that scroll
///   sideways inside their own box rather than widening the page;
/// - phone (narrow screens): smaller type and padding, charts scaled to the width;
/// - print: A4 with margins, each section from a new page, rows and charts never split, no
///   scroll boxes, and colours kept for the checks and charts (`print-color-adjust`).
///
/// Only system fonts are named, so nothing is fetched. Colours of the series (`.s0` … `.s5`)
/// are a colour-blind-safe palette; failures are red, passes within tolerance amber.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6474; --rule: #d5dae3; --band: #f4f6f9; --fail: #b3261e; --fail-bg: #fde7e5;
          --within: #8a5a00; --within-bg: #fff3cd; --pass: #1e6b3a; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 40px; color: var(--ink); background: #fff;
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 6px; }
        h2 { font-size: 1.3em; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.05em; margin: 22px 0 8px; }
        code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
        .meta, .note, footer { color: var(--muted); font-size: 0.9em; }
        .note { margin: 6px 0 0; }
        nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; margin: 10px 0 0; padding: 0; }
        nav a { color: #1f4e99; }
        .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
        table { border-collapse: collapse; margin: 0; font-variant-numeric: tabular-nums lining-nums; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
        th.group { text-align: center; border-bottom: 1px solid var(--ink); }
        tbody th { font-weight: normal; }
        .num { text-align: right; white-space: nowrap; }
        table.figures th[scope="row"] { white-space: nowrap; }
        td.neg { color: var(--fail); }
        tfoot tr.total th, tfoot tr.total td { font-weight: 600; border-top: 2px solid var(--ink); border-bottom: 3px double var(--ink); }
        tr.subtotal th, tr.subtotal td { font-weight: 600; border-top: 1px solid var(--ink); }
        tr.group th { text-align: left; font-weight: 600; padding-top: 0.6em; }
        table.figures tbody tr:nth-child(even) { background: var(--band); }
        table.comparison tr.first th, table.comparison tr.first td { border-top: 1px solid var(--ink); }
        .moved { color: #8a2be2; font-weight: 600; }
        td.changed mark { background: #fff3bf; }
        table.inputs td.note { color: var(--muted); min-width: 16em; }
        table.inputs .year { color: var(--muted); font-size: 0.85em; margin-right: 4px; }
        /* A figure with a long unit ('patients per practice') wraps before its unit, not the check's name. */
        table.checks th[scope="row"] { min-width: 12em; }
        table.checks td.num { white-space: normal; min-width: 7em; }
        table.checks .verdict { white-space: nowrap; }
        table.checks tr.fail { background: var(--fail-bg); }
        table.checks tr.fail .verdict { color: var(--fail); font-weight: 700; }
        table.checks tr.within .verdict, table.checks tr.expected .verdict { color: var(--within); font-weight: 600; }
        table.checks tr.pass .verdict { color: var(--pass); }
        table.checks mark { background: var(--within-bg); color: var(--within); padding: 0 3px; border-radius: 2px; }
        table.checks tr.fail mark { background: var(--fail); color: #fff; }
        p.summary { font-weight: 600; }
        p.summary.fail { color: var(--fail); }
        p.summary.pass { color: var(--pass); }
        ul.options { padding-left: 1.2em; }
        figure.chart { margin: 12px 0 20px; max-width: 600px; }
        figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px 24px; max-width: 1000px; }
        .multiples figure.chart figcaption { font-weight: normal; }
        .multiples figure.chart { margin: 0; }
        svg.chart { display: block; width: 100%; height: auto; }
        /* 13 units in a viewBox of at most 480: at least 10 px when a chart is drawn 376 px wide. */
        svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
        svg.chart text.tick, svg.chart text.figure { fill: var(--muted); }
        svg.chart line.grid { stroke: var(--rule); stroke-width: 1; }
        svg.chart line.zero { stroke: var(--ink); stroke-width: 1.2; }
        svg.chart polyline.line, svg.chart g.legend line.line { fill: none; stroke-width: 2.5; }
        svg.chart circle.point { stroke: #fff; stroke-width: 1.5; }
        .s0 { fill: #2f6db5; stroke: #2f6db5; } .s1 { fill: #e08a2c; stroke: #e08a2c; } .s2 { fill: #2a9d8f; stroke: #2a9d8f; }
        .s3 { fill: #c8553d; stroke: #c8553d; } .s4 { fill: #7b5ea7; stroke: #7b5ea7; } .s5 { fill: #6b7280; stroke: #6b7280; }
        svg.chart rect.bar { stroke: none; }
        svg.chart line.connector { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 2; }
        svg.chart polyline.line { fill: none; }
        ol.sources { padding-left: 1.4em; }
        ol.sources > li { margin-bottom: 10px; }
        ol.sources cite { font-style: normal; font-weight: 600; }
        ol.sources ul { margin: 4px 0 0; padding-left: 1.2em; color: var(--muted); }
        footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; }
        @media (max-width: 640px) {
          body { font-size: 14px; padding: 14px 12px 28px; }
          h1 { font-size: 1.35em; }
          h2 { margin-top: 24px; }
          th, td { padding: 3px 7px; }
          .multiples { grid-template-columns: minmax(0, 1fr); }
          /* Assumptions read as a list on a phone: each input, its value, then its source. */
          table.inputs thead { display: none; }
          table.inputs, table.inputs tbody, table.inputs tr, table.inputs th, table.inputs td { display: block; border: none; }
          table.inputs tr { border-bottom: 1px solid var(--rule); padding: 6px 0; }
          table.inputs td.num { text-align: left; white-space: normal; }
          table.inputs td.note { min-width: 0; }
        }
        @page { size: A4; margin: 14mm 12mm 16mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #5b6474; } }
        @media print {
          html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          nav { display: none; }
          /* Each section from a new page, but the first shares the title's: no near-blank first page. */
          section { break-before: page; }
          main > section:first-child { break-before: auto; }
          h2 { margin-top: 18px; }
          h2, h3, figcaption { break-after: avoid; }
          .scroll { overflow: visible; }
          table { font-size: 8.5pt; }
          tr, figure.chart, .multiples figure.chart { break-inside: avoid; }
          /* Options' charts side by side as blocks, two to a row: a grid's rows can split across pages. */
          .multiples { display: block; max-width: none; }
          /* An options chart's heading and its panels stay on one page: a row of panels pushed
             to the next page would leave the heading with half the options. */
          h3 { break-after: avoid; }
          .multiples { break-inside: avoid; }
          .multiples figure.chart { display: inline-block; vertical-align: top; width: 48%; margin: 0 1% 10px 0; }
          figure.chart { max-width: 150mm; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
