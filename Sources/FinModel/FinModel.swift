/// FinModel: exact money, financial years, rates, uplift and apportionment for public-sector
/// funding models, and the scenario language that evaluates plain-text models built from them.
///
/// The library is layered. `Values/` holds exact values (money in integer pence, exact rationals,
/// percentages, rates, financial years); `Model/` holds pure functions over them (uplift,
/// apportionment, series); `Language/` turns scenario source into evaluated reports; `Render/`
/// formats a report. Nothing here prints, reads the terminal or exits: that is the tool's job.
public enum FinModel {
    /// The version printed by `scenario --version`.
    public static let version = "0.1.0"
}
