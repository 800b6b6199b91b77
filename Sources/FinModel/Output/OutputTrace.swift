/// The audit trail of one figure: its value, its formula and source, the roundings applied, and
/// the same for each figure it uses, down to the inputs.
///
///     surplus[2019/20] = £438.80
///       Scenarios/federation-beyond-april-2019.scenario:25: surplus = income - expenses
///       income[2019/20] = £179,000.00
///         ...
public struct OutputTrace: Sendable, Equatable {
    /// The line's or input's name: `surplus`.
    public var name: String
    /// The year and member the figure is for, as in `2019/20` or `"Enderby", 2019/20`; or empty.
    public var place: String
    /// The figure, or one per year where no year was asked for.
    public var figures: [OutputCell]
    /// What a single figure adds up, as in `over 31 practices in 2019/20`.
    public var scope: String?
    /// Whether the figure is an input (an assumption) rather than computed.
    public var isInput: Bool
    /// `file:line`, where the figure is defined.
    public var location: String
    /// The definition as written in the file.
    public var formula: String
    /// The note written after the definition: where the figure comes from.
    public var note: String?
    /// Each rounding in the formula, with its rule and step.
    public var roundings: [String]
    /// The traces of the figures the formula uses, to the depth asked for.
    public var uses: [OutputTrace]

    /// A trace with every part a writer shows.
    public init(
        name: String, place: String, figures: [OutputCell], scope: String?, isInput: Bool, location: String, formula: String,
        note: String?, roundings: [String], uses: [OutputTrace]
    ) {
        self.name = name
        self.place = place
        self.figures = figures
        self.scope = scope
        self.isInput = isInput
        self.location = location
        self.formula = formula
        self.note = note
        self.roundings = roundings
        self.uses = uses
    }
}
