/// What an expression computes: a kind with its unit, the axes it varies over, and its cells.
///
/// A value varies over at most two axes: the model's years, and the members of one list
/// (practices, CCGs). Cells are stored member-major, year-minor, so a line over 11 practices and
/// 4 years has 44 cells and `cells[member * 4 + year]` is one practice's year.
struct Value: Sendable {
    typealias Kind = ValueKind
    typealias Shape = ValueShape

    var kind: Kind
    var shape: Shape
    /// Empty while the checker works out kinds and shapes; full when evaluated. Exact fractions
    /// or a fixed-point column (`Cells`): the same figures either way.
    var figures: Cells
    /// The cells whose figure could not be computed, by index, each with the error it would
    /// report (its `cells` entry is zero). Only an evaluator inside a branch of `if` hands on
    /// such a value: there a cell the condition does not choose may fail, as in
    /// `if patients = 0 patients then £0 else cost / patients` (`Evaluator.conditional`).
    var failures: [Int: Diagnostic] = [:]

    var unit: Unit? { kind.unit }

    /// The error of the first cell that failed, if any: what a line reports when it needs it.
    var firstFailure: Diagnostic? {
        failures.isEmpty ? nil : failures.min { $0.key < $1.key }!.value
    }
}

extension Value {
    /// A value of exact figures.
    init(kind: Kind, shape: Shape, cells: [Exact], failures: [Int: Diagnostic] = [:]) {
        self.init(kind: kind, shape: shape, figures: Cells(cells), failures: failures)
    }

    /// A value of figures in fixed point.
    init(kind: Kind, shape: Shape, column: FixedColumn) {
        self.init(kind: kind, shape: shape, figures: Cells(column))
    }

    /// The figures as exact fractions, as the report, checks and analyses read them.
    ///
    /// - Important: Reading this converts a fixed-point value's every cell, so the evaluator
    ///   hands values on with exact figures (`Evaluator.value(of:)`, `evaluate(_:)`) and reads
    ///   `figures` itself.
    var cells: [Exact] {
        get { figures.exactCells }
        set { figures = Cells(newValue) }
    }

    /// The same value with its figures held as exact fractions.
    var withExactFigures: Value {
        guard figures.isFixed else { return self }
        var value = self
        value.figures = Cells(figures.exactCells)
        return value
    }
}

/// The sizes of the axes a value can vary over, so cells can be laid out and broadcast.
struct Axes: Sendable {
    let yearCount: Int
    let listSizes: [String: Int]

    func count(_ shape: Value.Shape) -> Int {
        (shape.list.flatMap { listSizes[$0] } ?? 1) * (shape.hasYears ? yearCount : 1)
    }

    /// The cell of `value` that lines up with cell `index` of a value of shape `target`.
    @inline(__always)
    func cell(_ value: Value, at index: Int, of target: Value.Shape) -> Exact {
        value.figures[sourceIndex(value, at: index, of: target)]
    }

    /// The index of the cell of `value` that lines up with cell `index` of shape `target`.
    @inline(__always)
    func sourceIndex(_ value: Value, at index: Int, of target: Value.Shape) -> Int {
        if value.figures.count == 1 { return 0 }
        let member = target.hasYears ? index / yearCount : index
        let year = target.hasYears ? index % yearCount : 0
        let m = value.shape.list == nil ? 0 : member
        return value.shape.hasYears ? m * yearCount + year : m
    }
}

extension Model {
    var axes: Axes {
        Axes(yearCount: max(1, years.count), listSizes: lists.mapValues(\.members.count))
    }
}
