/// Help for the subcommands that write files: `report` (HTML) and `export` (XLSX).
extension HelpText {
    static let report = """
        Usage: scenario report FILE --output report.html [--variant NAME]... [--set NAME=VALUE]...

        Writes one self-contained HTML page: the title, the assumptions with their sources, every
        table as the terminal shows it, the charts the scenario's 'chart' lines ask for, and the
        checks with every difference marked. With --variant, the base and each named variant are
        also compared side by side, in tables and in charts on one scale. The page needs no
        network, prints on A4 with a page per section, and reads on a phone.

        Options:
          --output FILE      the HTML file to write (required); written whole or not at all
          --variant NAME     a variant to compare with the base; repeat for more
          --set NAME=VALUE   override an input, as in 'scenario run'
          --allow-path DIR   let the scenario read files under DIR as well as its own folder

        Exit status: 0 written, 2 bad input or usage (nothing is written).

        """

    static let export = """
        Usage: scenario export FILE --output model.xlsx [--variant NAME] [--set NAME=VALUE]...

        Writes a workbook that Excel and LibreOffice open: the inputs on a sheet of their own, then
        one sheet per table. Figures are numbers, exact to their last decimal, formatted in £ as
        the table shows them; totals are formulas (=SUM(B2:D2), and column totals for tables by
        list) with their values, so a reviewer can see and re-check them.

        Options:
          --output FILE      the .xlsx file to write (required); written whole or not at all
          --variant NAME     export one of the scenario's variants
          --set NAME=VALUE   override an input, as in 'scenario run'
          --allow-path DIR   let the scenario read files under DIR as well as its own folder

        Exit status: 0 written, 2 bad input or usage (nothing is written).

        """
}
