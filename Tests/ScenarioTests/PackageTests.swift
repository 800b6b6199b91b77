import Testing

@Test func scenarioTestTargetBuilds() {
    #expect(Bool(true))
}
