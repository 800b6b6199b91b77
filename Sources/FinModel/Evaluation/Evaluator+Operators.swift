/// Arithmetic, comparison and logic over values, cell by cell, with shapes broadcast.
extension Evaluator {
    /// The shape both operands fit: a value for each year and member that either has (the
    /// checker made sure they share a list, if both have one).
    func broadcast(_ shapes: [Value.Shape]) -> Value.Shape {
        var result = Value.Shape.scalar
        for shape in shapes {
            result.list = result.list ?? shape.list
            result.hasYears = result.hasYears || shape.hasYears
        }
        return result
    }

    /// The shape two operands fit, as above, without an array to hold them: an operator's
    /// every evaluation asks this.
    func broadcast(_ first: Value.Shape, _ second: Value.Shape) -> Value.Shape {
        Value.Shape(list: first.list ?? second.list, hasYears: first.hasYears || second.hasYears)
    }

    /// Where a cell is, for messages: " in 2017/18 for 'Enderby'".
    func place(of index: Int, in shape: Value.Shape) -> String {
        let (year, member) = coordinates(of: index, in: shape)
        var parts: [String] = []
        if let axis = model.axis, shape.hasYears, !axis.periods.isEmpty {
            parts.append("in \(axis.periods[index % axes.yearCount].label)")
        } else if let year {
            parts.append("in \(year)")
        }
        if let member { parts.append("for '\(member)'") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
    }

    /// The year and member a cell stands for, where the shape has them.
    func coordinates(of index: Int, in shape: Value.Shape) -> (year: FinancialYear?, member: String?) {
        let member = shape.hasYears ? index / axes.yearCount : index
        let year = shape.hasYears && !model.years.isEmpty ? model.years[index % axes.yearCount] : nil
        var name: String?
        if let list = shape.list, let members = model.lists[list]?.members, member < members.count { name = members[member] }
        return (year, name)
    }

    func map(_ value: Value, span: SourceSpan, _ f: (Exact) throws(ArithmeticError) -> Exact) throws(Failure) -> Value {
        let value = value.withExactFigures
        var cells: [Exact] = []
        cells.reserveCapacity(value.figures.count)
        guard keepsFailures || !value.failures.isEmpty else {
            for (index, cell) in value.cells.enumerated() {
                cells.append(try arithmetic(span, where: place(of: index, in: value.shape)) { () throws(ArithmeticError) in try f(cell) })
            }
            return Value(kind: value.kind, shape: value.shape, cells: cells)
        }
        // A failed cell stays failed; a new failure is kept (inside a branch) or reported.
        var failures: [Int: Diagnostic] = [:]
        for (index, cell) in value.cells.enumerated() {
            if let failure = value.failures[index] {
                failures[index] = failure
                cells.append(.zero)
                continue
            }
            cells.append(try keepingFailure(at: index, in: &failures) { () throws(Failure) in
                try arithmetic(span, where: place(of: index, in: value.shape)) { () throws(ArithmeticError) in try f(cell) }
            })
        }
        return Value(kind: value.kind, shape: value.shape, cells: cells, failures: failures)
    }

    /// Combines cells of values of different shapes under one kind.
    func zip(_ operands: [Value], kind: Value.Kind, span: SourceSpan, _ f: ([Exact]) throws(ArithmeticError) -> Exact) throws(Failure) -> Value {
        // Converted once, not at every read of a cell (a figure broadcast across a list is read
        // once for each member).
        let operands = operands.map(\.withExactFigures)
        let shape = broadcast(operands.map(\.shape))
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var arguments = [Exact](repeating: .zero, count: operands.count)
        guard keepsFailures || operands.contains(where: { !$0.failures.isEmpty }) else {
            for index in 0..<count {
                for (k, operand) in operands.enumerated() { arguments[k] = axes.cell(operand, at: index, of: shape) }
                cells.append(try arithmetic(span, where: place(of: index, in: shape)) { () throws(ArithmeticError) in try f(arguments) })
            }
            return Value(kind: kind, shape: shape, cells: cells)
        }
        // A cell of the result fails when a cell it is made from failed, or its own arithmetic does.
        var failures: [Int: Diagnostic] = [:]
        cells: for index in 0..<count {
            for (k, operand) in operands.enumerated() {
                let source = axes.sourceIndex(operand, at: index, of: shape)
                if let failure = operand.failures[source] {
                    failures[index] = failure
                    cells.append(.zero)
                    continue cells
                }
                arguments[k] = operand.figures[source]
            }
            cells.append(try keepingFailure(at: index, in: &failures) { () throws(Failure) in
                try arithmetic(span, where: place(of: index, in: shape)) { () throws(ArithmeticError) in try f(arguments) }
            })
        }
        return Value(kind: kind, shape: shape, cells: cells, failures: failures)
    }

    /// One side of an operator: its value, or for text in quotes compared with a text attribute
    /// the number that stands for the text in that attribute (`ListTexts`).
    private func operand(_ syntax: Expression, against other: Expression) throws(Failure) -> Value {
        if case .text(let text) = syntax.kind, case .name(let name) = other.kind, let list = model.attributes[name],
           let code = model.lists[list]?.texts[name]?.firstIndex(of: text) {
            return constant(Exact(Int64(code)), .text)
        }
        return try compute(syntax)
    }

    func binary(_ op: BinaryOperator, _ leftSyntax: Expression, _ rightSyntax: Expression, expression: Expression) throws(Failure) -> Value {
        let left = try operand(leftSyntax, against: rightSyntax)
        if op == .and || op == .or { return try logical(op, left, rightSyntax, span: expression.operatorSpan ?? expression.span) }
        let right = try operand(rightSyntax, against: leftSyntax)
        let opSpan = expression.operatorSpan ?? expression.span
        if let fast = fixedBinary(op, left, right) { return fast }
        switch op {
        case .and, .or:
            return try zip([left, right], kind: .boolean, span: opSpan) { cells in
                let truth = op == .and ? (cells[0] != .zero && cells[1] != .zero) : (cells[0] != .zero || cells[1] != .zero)
                return truth ? .one : .zero
            }
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return try zip([left, right], kind: .boolean, span: opSpan) { cells in
                let (a, b) = (cells[0], cells[1])
                let truth = switch op {
                case .equal: a == b
                case .notEqual: a != b
                case .less: a < b
                case .lessEqual: a <= b
                case .greater: a > b
                default: a >= b
                }
                return truth ? .one : .zero
            }
        case .add, .subtract:
            return try zip([left, right], kind: left.kind, span: opSpan) { cells throws(ArithmeticError) in
                op == .add ? try cells[0].adding(cells[1]) : try cells[0].subtracting(cells[1])
            }
        case .multiply, .divide:
            let (leftUnit, rightUnit) = (left.unit ?? .none, right.unit ?? .none)
            let unit = op == .multiply ? leftUnit.multiplied(by: rightUnit) : leftUnit.divided(by: rightUnit)
            return try zip([left, right], kind: .number(unit), span: opSpan) { cells throws(ArithmeticError) in
                op == .multiply ? try cells[0].multiplied(by: cells[1]) : try cells[0].divided(by: cells[1])
            }
        }
    }

    /// `£98,923 | £131,250 | £119,827`: one figure for each year.
    func row(_ items: [Expression]) throws(Failure) -> Value {
        var kind: Value.Kind = .number(.none)
        var cells: [Exact] = []
        var failures: [Int: Diagnostic] = [:]
        cells.reserveCapacity(items.count)
        for item in items {
            let value = try compute(item)
            kind = value.kind
            for (index, failure) in value.failures { failures[cells.count + index] = failure }
            cells.append(contentsOf: value.figures)
        }
        // One value for each financial year of a model of months or quarters holds in every
        // period of its year (`Model+FinancialYears`); one for each period stays as it is.
        if model.isOnePerFinancialYear(cells.count) {
            let positions = model.financialYearPositions
            var spreadFailures: [Int: Diagnostic] = [:]
            for (period, position) in positions.enumerated() { spreadFailures[period] = failures[position] }
            return Value(kind: kind, shape: Value.Shape(list: nil, hasYears: true), cells: positions.map { cells[$0] }, failures: spreadFailures)
        }
        return Value(kind: kind, shape: Value.Shape(list: nil, hasYears: true), cells: cells, failures: failures)
    }

    /// `income[2017/18]`, `cost["Enderby"]`: the cells of one year or one member.
    func index(_ baseSyntax: Expression, _ indices: [Expression]) throws(Failure) -> Value {
        // The base keeps its failed cells, so only a failure in a cell the index picks is an
        // error (the caller's `compute` reports it): `(£100 / list_size)["Northfield"]` is
        // Northfield's figure even where another practice's list size is zero.
        var keeping = self
        keeping.keepsFailures = true
        var value = try keeping.compute(baseSyntax)
        for indexSyntax in indices {
            switch indexSyntax.kind {
            case .year(let year):
                guard let position = model.years.firstIndex(of: year) else { throw .dependencyFailed }
                value = pick(value, keepingYears: false) { member, _ in member * axes.yearCount + position }
            case .month(let month):
                guard let position = model.axis?.position(of: .month(month)) else { throw .dependencyFailed }
                value = pick(value, keepingYears: false) { member, _ in member * axes.yearCount + position }
            case .text(let member):
                guard let list = value.shape.list, let position = model.lists[list]?.members.firstIndex(of: member) else { throw .dependencyFailed }
                value = pick(value, keepingYears: true) { _, year in position * (value.shape.hasYears ? axes.yearCount : 1) + year }
                value.shape.list = nil
            default:
                throw .dependencyFailed  // the checker reported it
            }
        }
        return value
    }

    /// Cells picked out of `value`: by member and year position in the result.
    private func pick(_ value: Value, keepingYears: Bool, _ source: (Int, Int) -> Int) -> Value {
        var shape = value.shape
        if !keepingYears { shape.hasYears = false }
        let resultMembers = keepingYears ? 1 : (value.shape.list.flatMap { axes.listSizes[$0] } ?? 1)
        let resultYears = keepingYears && value.shape.hasYears ? axes.yearCount : 1
        if value.failures.isEmpty, case .fixed(let column) = value.figures.storage {
            var units: [Int64] = []
            units.reserveCapacity(resultMembers * resultYears)
            for member in 0..<resultMembers {
                for year in 0..<resultYears { units.append(column.units[source(member, year)]) }
            }
            return Value(kind: value.kind, shape: shape, column: FixedColumn(denominator: column.denominator, units: units))
        }
        let value = value.withExactFigures
        var cells: [Exact] = []
        var failures: [Int: Diagnostic] = [:]
        for member in 0..<resultMembers {
            for year in 0..<resultYears {
                let index = source(member, year)
                if let failure = value.failures[index] { failures[cells.count] = failure }
                cells.append(value.figures[index])
            }
        }
        return Value(kind: value.kind, shape: shape, cells: cells, failures: failures)
    }
}
