/// FinModel: exact money, financial years, rates, uplift and apportionment for public-sector
/// funding models, and the scenario language that evaluates plain-text models built from them.
///
/// The library is layered, one folder a stage, data flowing one way (docs/architecture.md):
/// `Values/` exact values; `Model/` pure functions over them (uplift, apportionment, series);
/// `Syntax/` source text to a syntax tree; `Semantics/` names, units and built-in functions
/// resolved and checked; `Evaluation/` figures; `Analysis/` seek, sensitivity, explain and
/// compare; `Output/` the one output model; `Render/` its formats. Nothing here prints, reads the
/// terminal or exits: that is the tool's job.
public enum FinModel {
    /// The version printed by `scenario --version`.
    public static let version = "0.1.0"
}
