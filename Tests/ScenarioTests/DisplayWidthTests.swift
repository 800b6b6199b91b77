import Testing

@testable import scenario

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("日本語", 6), ("ｆｕｌｌ", 8), ("한국", 4), ("e\u{301}", 1), ("😀", 2),
        ("🇬🇧", 2), ("👍\u{1F3FD}", 4), ("a\u{200D}b", 2), ("\u{1B}", 2), ("\u{7F}", 2), ("\u{85}", 1), ("", 0),
    ])
    func columnsAddUpPerScalarLikeTheTerminal(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.columns(text) == columns)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a\u{1B}[Ab", "a^[[Ab"), ("\t\r\n", "^I^M^J"), ("\u{7F}", "^?"), ("\u{0}", "^@"), ("x\u{85}", "x\u{FFFD}"),
    ])
    func controlCharactersAreShownInCaretNotation(_ text: String, _ shown: String) {
        #expect(DisplayWidth.visible(text) == shown)
        #expect(DisplayWidth.columns(text) == DisplayWidth.columns(DisplayWidth.visible(text)))
    }
}
