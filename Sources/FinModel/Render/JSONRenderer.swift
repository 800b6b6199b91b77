/// The JSON format: one object with the title, the periods, each table's lines with their
/// per-period values and totals, the inputs, and the checks with stated, computed, difference
/// and pass/fail.
public enum JSONRenderer {
    public static func render(_ report: Report, tables: [ReportTable]? = nil) -> String {
        document(report, tables: tables).text() + "\n"
    }

    public static func document(_ report: Report, tables: [ReportTable]? = nil) -> JSONValue {
        let years = report.years.map(\.description)
        var members: [(String, JSONValue)] = [
            ("title", .string(report.title)),
            ("variant", report.variant.map(JSONValue.string) ?? .null),
            ("periods", .array(years.map(JSONValue.string))),
            ("inputs", .array(report.inputs.map { line(of: $0, members: [], years: years) })),
        ]
        members.append(("tables", .array((tables ?? report.tables).map { table in
            var object: [(String, JSONValue)] = [("title", .string(table.title))]
            object.append(("by", table.list.map(JSONValue.string) ?? .null))
            if table.list != nil { object.append(("members", .array(table.members.map(JSONValue.string)))) }
            if let display = table.display {
                object.append(("display", .object([("step", .string(FigureText.number(display.step))), ("rule", .string(display.rule.scenarioName))])))
            }
            object.append(("lines", .array(table.lines.map { line(of: $0, members: table.members, years: years) })))
            return .object(object)
        })))
        if tables == nil {
            let failed = report.checks.filter { !$0.passed }.count
            members.append(("checks", .array(report.checks.map(check))))
            members.append(("summary", .object([
                ("checks", .integer(report.checks.count)), ("passed", .integer(report.checks.count - failed)), ("failed", .integer(failed)),
            ])))
        }
        return .object(members)
    }

    static func figure(_ value: Exact, _ format: ValueFormat) -> JSONValue {
        switch format {
        case .boolean: .bool(value != .zero)
        default: .string(FigureText.plain(value, format: format))
        }
    }

    static func byYear(_ values: ArraySlice<Exact>, years: [String], format: ValueFormat) -> JSONValue {
        .object(zip(years, values).map { ($0, figure($1, format)) })
    }

    static func line(of line: ReportLine, members: [String], years: [String]) -> JSONValue {
        var object: [(String, JSONValue)] = [
            ("name", .string(line.name)), ("label", .string(line.label)), ("unit", .string(line.unit)),
            ("format", .string(formatName(line.format))), ("source_line", .integer(line.line)),
        ]
        if let note = line.note { object.append(("note", .string(note))) }
        let yearCount = line.hasYears ? years.count : 1
        if line.list != nil {
            object.append(("values", .object(members.enumerated().map { index, member in
                let cells = line.values[(index * yearCount)..<(index * yearCount + yearCount)]
                return (member, line.hasYears ? byYear(cells, years: years, format: line.format) : figure(cells.first!, line.format))
            })))
            if let totals = line.totals, line.hasYears {
                object.append(("member_totals_over_years", .object(zip(members, totals).map { ($0, figure($1, line.format)) })))
            }
            if let memberTotals = line.memberTotals {
                if line.hasYears {
                    var totals = zip(years, memberTotals).map { ($0, figure($1, line.format)) }
                    if let grand = line.grandTotal { totals.append(("total", figure(grand, line.format))) }
                    object.append(("totals", .object(totals)))
                } else {
                    object.append(("total", figure(memberTotals[0], line.format)))
                }
            }
        } else if line.hasYears {
            object.append(("values", byYear(line.values[...], years: years, format: line.format)))
            object.append(("total", line.totals.map { figure($0[0], line.format) } ?? .null))
        } else {
            object.append(("value", figure(line.values[0], line.format)))
        }
        return .object(object)
    }

    static func formatName(_ format: ValueFormat) -> String {
        switch format {
        case .money: "money"
        case .quantity: "quantity"
        case .percent: "percent"
        case .plain: "number"
        case .year: "year"
        case .boolean: "boolean"
        }
    }

    static func check(_ check: CheckResult) -> JSONValue {
        .object([
            ("label", .string(check.label)), ("place", .string(check.place)), ("line", .integer(check.line)),
            ("stated", figure(check.stated, check.format)), ("computed", figure(check.computed, check.format)),
            ("difference", figure(check.difference, check.format)), ("tolerance", figure(check.tolerance, check.format)),
            ("passed", .bool(check.passed)),
        ])
    }
}
