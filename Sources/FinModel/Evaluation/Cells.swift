/// A value's figures, in one of two representations that hold the same numbers: exact fractions,
/// or a fixed-point column of whole steps (`FixedColumn`).
///
/// The evaluator computes in fixed point wherever every figure is a whole number of a step it
/// can hold (`Evaluator+FixedPoint.swift`) and in `Exact` elsewhere; everything that reads a
/// value reads it as a collection of `Exact`, so the representation is invisible but in speed
/// and size (eight bytes a cell instead of thirty-two).
///
///     let cells = Cells(FixedColumn(denominator: 100, units: [150, 275]))
///     cells[1]            // 11/4, that is £2.75
///     Array(cells)        // [3/2, 11/4]
struct Cells: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case exact([Exact])
        case fixed(FixedColumn)
    }

    private(set) var storage: Storage

    init(_ exact: [Exact]) { storage = .exact(exact) }
    init(_ fixed: FixedColumn) { storage = .fixed(fixed) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    var count: Int {
        switch storage {
        case .exact(let cells): cells.count
        case .fixed(let column): column.count
        }
    }

    subscript(index: Int) -> Exact {
        switch storage {
        case .exact(let cells): cells[index]
        case .fixed(let column): column.exact(at: index)
        }
    }

    /// The figures as exact fractions: the exact path's input, converted once rather than at
    /// every read.
    var exactCells: [Exact] {
        switch storage {
        case .exact(let cells): cells
        case .fixed(let column): column.exactCells
        }
    }

    /// The figures as a fixed-point column: the one held, or the exact figures converted when
    /// they fit (`FixedColumn.init(exactly:)`).
    var fixed: FixedColumn? {
        switch storage {
        case .fixed(let column): column
        case .exact(let cells): FixedColumn(exactly: cells)
        }
    }

    /// Whether `other` holds the same figures, compared without converting a fixed-point
    /// column to exact fractions: what the REPL's report does for every line after each `set`.
    func sameFigures(as other: Cells) -> Bool {
        guard count == other.count else { return false }
        switch (storage, other.storage) {
        case (.fixed(let mine), .fixed(let theirs)) where mine.denominator == theirs.denominator: return mine.units == theirs.units
        case (.exact(let mine), .exact(let theirs)): return mine == theirs
        default: return elementsEqual(other)
        }
    }

    /// Held as a fixed-point column (not merely convertible to one).
    var isFixed: Bool {
        if case .fixed = storage { return true }
        return false
    }
}
