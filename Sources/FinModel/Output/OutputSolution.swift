/// What a goal seek found: the input's value, what the target comes to there, and the value one
/// step back, so a reader sees that the step between them crosses the target.
///
///     practice_contribution = £0.52 per patient
///       surplus[2019/20] = £438.80 (target £0.00, residual +£438.80)
///       at £0.51 per patient: surplus[2019/20] = -£2,811.20
public struct OutputSolution: Sendable, Equatable {
    /// The input varied: `practice_contribution`.
    public var input: String
    /// The input's value that reaches the target, with its unit.
    public var value: OutputCell
    /// The figure sought, as written: `surplus[2019/20]`.
    public var target: String
    /// What the figure comes to at `value`.
    public var achieved: OutputCell
    /// The value the figure should reach.
    public var goal: OutputCell
    /// achieved − goal, with its sign.
    public var residual: OutputCell
    /// The input one step back, and what the figure comes to there, when there is one.
    public var neighbour: OutputCell?
    /// What the figure comes to at `neighbour`.
    public var neighbourAchieved: OutputCell?

    /// A solution with every part a writer shows.
    public init(
        input: String, value: OutputCell, target: String, achieved: OutputCell, goal: OutputCell, residual: OutputCell,
        neighbour: OutputCell?, neighbourAchieved: OutputCell?
    ) {
        self.input = input
        self.value = value
        self.target = target
        self.achieved = achieved
        self.goal = goal
        self.residual = residual
        self.neighbour = neighbour
        self.neighbourAchieved = neighbourAchieved
    }
}
