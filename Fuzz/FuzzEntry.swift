/// The libFuzzer entry point: every input must keep the promises in FuzzOracle.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let problems = FuzzOracle.violations(bytes)
    if let first = problems.first {
        fatalError("fuzz oracle: \(first)")
    }
    return 0
}
