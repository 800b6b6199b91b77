/// A document the scenario's figures are taken from, as its `source` statement declares it,
/// with every input, line and table that cites it and where: one entry of the report's
/// sources list.
///
/// A board reader finds a figure's origin by the document's title and date, not by a file
/// number, so the title is given in full once, and each figure says only where in it to look.
///
///     source coo_2018 "ELR GP Federation, Chief Operating Officer report, April 2018"
///     input salary = £58,620 per pharmacist "rate per pharmacist, year 1" from coo_2018 "appendix B"
///     // OutputSource(name: "coo_2018", title: "ELR GP Federation, …",
///     //              citedBy: [.init(kind: .input, name: "salary", label: "Salary", place: "appendix B")])
public struct OutputSource: Sendable, Equatable {
    /// A figure or a table that cites the document.
    public struct Citing: Sendable, Equatable {
        /// What cites the document.
        public enum Kind: String, Sendable, Equatable {
            /// An input: an assumption of the model.
            case input
            /// A line of a table, or a line defined outside one.
            case line
            /// A whole table, by its header.
            case table
            /// An input's value in a variant.
            case variant
        }

        /// What cites the document.
        public var kind: Kind
        /// The input's or line's name, the table's title, or `variant.input` for a variant's value.
        public var name: String
        /// What people read: the line's label, the table's title, or the variant's description.
        public var label: String
        /// Where in the document: `appendix B`; nil for the document as a whole.
        public var place: String?

        /// A citation by `kind` and `name`, labelled `label`, of `place` in the document.
        public init(kind: Kind, name: String, label: String, place: String?) {
            self.kind = kind
            self.name = name
            self.label = label
            self.place = place
        }
    }

    /// The short name figures cite it by: `coo_2018`.
    public var name: String
    /// The document's full title and date, as a reader would look it up.
    public var title: String
    /// Every input, line, table and variant value that cites it, in file order.
    public var citedBy: [Citing]

    /// The document `name`, titled `title`, cited by `citedBy`.
    public init(name: String, title: String, citedBy: [Citing]) {
        self.name = name
        self.title = title
        self.citedBy = citedBy
    }
}

/// One citation of a document by a figure or a table: the document and the place in it.
public struct OutputCitation: Sendable, Equatable {
    /// The source's short name, as the scenario declares it: `coo_2018`.
    public var source: String
    /// The document's full title.
    public var title: String
    /// Where in the document: `appendix B`; nil for the whole document.
    public var place: String?

    /// A citation of `place` in the document `source`, titled `title`.
    public init(source: String, title: String, place: String?) {
        self.source = source
        self.title = title
        self.place = place
    }

    /// The title, then the place: `ELR GP Federation, Chief Operating Officer report, April 2018, appendix B`.
    public var text: String { place.map { "\(title), \($0)" } ?? title }
}

extension OutputCitation {
    /// A figure's note and the documents it cites, in one text for a column headed Source: nil
    /// when it has neither. The same sentence `explain` prints, so a figure reads alike everywhere.
    ///
    ///     "expenses forecast for 2018/19 (ELR CCG …: ELR GP Federation strategy update, table 2)"
    static func sourceText(note: String?, citations: [OutputCitation]) -> String? {
        let cited = citations.map(\.text).joined(separator: "; ")
        switch (note, cited.isEmpty) {
        case (nil, true): return nil
        case (let note?, true): return note
        case (nil, false): return cited
        case (let note?, false): return "\(note) (\(cited))"
        }
    }
}

extension ReportLine {
    /// The note and the documents cited, as the options' inputs and the workbook show them.
    public var sourceText: String? { OutputCitation.sourceText(note: note, citations: citations) }
}

extension OutputLine {
    /// The note and the documents cited, as the workbook's Inputs sheet shows them.
    public var sourceText: String? { OutputCitation.sourceText(note: note, citations: citations) }
}
