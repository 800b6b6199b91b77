/// The scenario `scenario init` writes: a small, commented model to change into one's own.
///
/// It is modelled on the work the tool was made for: a fund of £3 per patient (the LLR
/// transformation fund's rate), uplifted 2% a year, split across 11 ELR practices by list size
/// (those sharing the NHS England pharmacists, seed 002). It shows each thing a new user needs
/// once, with a comment saying what it is and which command uses it: inputs with their
/// sources, a table shown to the pound, a table by practice, checks (one within a tolerance),
/// a variant and two charts. It runs, passes `check`, and is already in `fmt`'s layout.
///
///     StarterScenario.scenario(named: "fund.scenario", practicesFile: nil)
///     // "# A starter scenario from 'scenario init': ..."
enum StarterScenario {
    /// The practice-list CSV's name, written beside the scenario with `--with-practices`.
    static let practicesFileName = "practices.csv"

    /// The 11 practices of seed 002 and their list sizes, 93,492 patients in all.
    static let practices: [(name: String, listSize: String)] = [
        ("Enderby", "6,254"), ("Northfield", "11,490"), ("Masharani", "6,000"), ("Croft", "9,130"),
        ("South Wigston", "8,701"), ("County", "11,918"), ("Oakham", "16,000"), ("Market Overton", "4,000"),
        ("Empingham", "6,460"), ("Billesdon", "6,939"), ("Long Clawson", "6,600"),
    ]

    /// The practice list as CSV: a `name` column and a `list_size` column, plain numbers.
    static var practicesCSV: String {
        "name,list_size\n" + practices.map { "\($0.name),\($0.listSize.filter(\.isNumber))\n" }.joined()
    }

    /// The scenario, its comments naming the file as `name` (as the user typed it, quoted for a
    /// shell when it needs to be); its practices listed in the file, or read from `practicesFile`.
    static func scenario(named name: String, practicesFile: String?) -> String {
        let file = ShellQuote.word(name)
        let list: String
        if let practicesFile {
            list = """
                # The practices and their registered patients, read from \(practicesFile) beside this file:
                # a row per practice, its name and its list size. The fund is split by list size.
                list practices (list_size patients) from "\(practicesFile)"
                """
        } else {
            let width = practices.map(\.name.count).max()! + 4  // quotes, then two spaces as fmt aligns
            let sizeWidth = practices.map(\.listSize.count).max()!
            let rows = practices.map { practice in
                let name = "\"\(practice.name)\""
                return "  " + name + String(repeating: " ", count: width - name.count + sizeWidth - practice.listSize.count)
                    + practice.listSize
            }
            list = """
                # The practices and their registered patients. The fund is split in proportion to list size.
                list practices (list_size patients):
                \(rows.joined(separator: "\n"))
                """
        }
        return """
            # A starter scenario from 'scenario init': a practice fund of £3 per patient, uplifted 2% a year
            # and split across practices by list size. Change anything: 'scenario check' says whether the
            # stated figures still hold, and 'scenario help language' describes every statement.
            title "Practice fund: £3 per patient, uplifted 2% a year"
            years 2019/20 to 2021/22

            # Inputs are the assumptions. A note in quotes says where each came from; change one for a single
            # run with: scenario run \(file) --set "fund_uplift=3%"
            input rate        = £3.00 per patient "LLR Blueprint for General Practice (seed 003): £3 per patient"
            input fund_uplift = 2% "assumed: a yearly uplift, compounded from the second year"

            \(list)

            # A table prints its lines, one column per year and a total. 'shown to £1' rounds for display
            # only: the figures, totals and checks keep every penny.
            table "Fund" shown to £1 half_up:
              patients "Registered patients" = yearly(total(list_size)) total: none
              fund "Fund"                    = uplift(rate * total(list_size), by: fund_uplift, from: 2019/20, policy: each_year, rule: half_up, step: £0.01)

            # A table by a list has a row per practice. apportion gives whole pennies that add up exactly.
            table "Fund by practice" by practices:
              share "Share of the fund" = apportion(fund, by: list_size, step: £0.01)

            # Checks compare a figure stated elsewhere (a board paper, a budget) with the computed one.
            check fund[2019/20] = £280,476 "Year 1: 93,492 patients at £3"
            check total(fund) = £858,369 within £0.50 "Three years, as stated to the pound"
            check share["Enderby", 2019/20] = £18,762 "Enderby's share in 2019/20"

            # A variant is a named option: scenario compare \(file) shows it beside the base.
            variant three_percent "A 3% uplift":
              fund_uplift = 3%

            # Charts are drawn by: scenario report \(file) --output fund.html
            chart "The fund by year" bars fund
            chart "Shares of the fund, 2019/20" bars share[2019/20]

            """
    }
}

/// A word as a POSIX shell reads it back: as it is when it holds only safe characters, else in
/// single quotes, so a suggested command can be pasted.
///
///     ShellQuote.word("fund.scenario")      // fund.scenario
///     ShellQuote.word("my fund.scenario")   // 'my fund.scenario'
///     ShellQuote.word("it's.scenario")      // 'it'\''s.scenario'
enum ShellQuote {
    static func word(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+,:@%=")
        if !word.isEmpty, word.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
