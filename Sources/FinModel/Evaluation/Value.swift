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
    /// Empty while the checker works out kinds and shapes; full when evaluated.
    var cells: [Exact]

    var unit: Unit? { kind.unit }
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
        if value.cells.count == 1 { return value.cells[0] }
        let member = target.hasYears ? index / yearCount : index
        let year = target.hasYears ? index % yearCount : 0
        let m = value.shape.list == nil ? 0 : member
        return value.shape.hasYears ? value.cells[m * yearCount + year] : value.cells[m]
    }
}

extension Model {
    var axes: Axes {
        Axes(yearCount: max(1, years.count), listSizes: lists.mapValues(\.members.count))
    }
}
