/// Decimal text for exact values: exact where the value terminates, rounded only on request.
extension Exact: CustomStringConvertible {
    /// The value written exactly: terminating decimals in full, others as a fraction.
    ///
    ///     try Exact(parsingDecimal: "1.02").power(3).description   // "1.061208"
    ///     Exact(-7).description                                     // "-7"
    ///     try Exact(numerator: -1, denominator: 3).description      // "-1/3"
    public var description: String {
        guard let places = decimalPlaces else { return "\(numerator)/\(denominator)" }
        return decimalText(places: places, rule: .towardZero, grouping: false)
    }

    /// How many digits after the point write the value exactly, or nil when its decimal never ends.
    ///
    /// A reduced fraction terminates exactly when its denominator is 2^a × 5^b; it then needs
    /// max(a, b) places.
    ///
    ///     try Exact(numerator: 1, denominator: 8).decimalPlaces   // 3
    ///     try Exact(numerator: 1, denominator: 3).decimalPlaces   // nil
    ///     Exact(12).decimalPlaces                                 // 0
    public var decimalPlaces: Int? {
        var rest = denominator.magnitude
        let twos = rest.trailingZeroBitCount
        rest >>= twos
        var fives = 0
        while rest % 5 == 0 {
            rest /= 5
            fives += 1
        }
        return rest == 1 ? max(twos, fives) : nil
    }

    /// Fixed-point text with exactly `places` digits after the point, rounded under `rule`.
    ///
    /// Digits come from long division, so any value and any number of places is written without
    /// overflow. A value that rounds to zero is written without a minus sign.
    ///
    ///     try Exact(numerator: 1234567, denominator: 1000).decimalText(places: 2, rule: .halfUp, grouping: true)
    ///                                                     // "1,234.57"
    ///     try Exact(numerator: -1, denominator: 8).decimalText(places: 2, rule: .halfEven, grouping: false)
    ///                                                     // "-0.12"
    ///     try Exact(numerator: -1, denominator: 1000).decimalText(places: 2, rule: .halfUp, grouping: false)
    ///                                                     // "0.00"
    ///
    /// | value   | places | halfEven | halfUp | towardZero | down   | up     |
    /// |---------|--------|----------|--------|------------|--------|--------|
    /// |  0.125  | 2      |  0.12    |  0.13  |  0.12      |  0.12  |  0.13  |
    /// | -0.125  | 2      | -0.12    | -0.13  | -0.12      | -0.13  | -0.12  |
    /// |  2.5    | 0      |  2       |  3     |  2         |  2     |  3     |
    ///
    /// - Precondition: `places >= 0`; a negative count is treated as zero.
    public func decimalText(places: Int, rule: RoundingRule, grouping: Bool) -> String {
        decimalText(places: places, rule: rule, grouping: grouping, shiftingPointLeftBy: 0)
    }

    /// Fixed-point text of `self ÷ 10^shift`: for thousands (3) and millions (6) of pounds.
    ///
    /// Moving the point is exact, so this never divides and never overflows, and the rounding is
    /// that of the scaled value.
    func decimalText(places: Int, rule: RoundingRule, grouping: Bool, shiftingPointLeftBy shift: Int) -> String {
        let digits = roundedDigits(places: max(places, 0), shift: max(shift, 0), rule: rule)
        var text = String(decoding: digits.whole.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        if grouping { text = Exact.grouped(text) }
        if !digits.fraction.isEmpty {
            text += "." + String(decoding: digits.fraction.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        }
        let isZero = digits.whole.allSatisfy { $0 == 0 } && digits.fraction.allSatisfy { $0 == 0 }
        return numerator < 0 && !isZero ? "-" + text : text
    }

    /// The digits of `|self| ÷ 10^shift` rounded to `places` decimals under `rule`.
    ///
    /// Digits come from long division of the magnitudes, so any value is written without
    /// overflow. When the shift drops whole digits, the dropped digits and the remainder are
    /// classed as exact, below, at or above half, and the rule decides from that class.
    private func roundedDigits(places: Int, shift: Int, rule: RoundingRule) -> (whole: [UInt8], fraction: [UInt8]) {
        let divisor = denominator.magnitude
        var remainder = numerator.magnitude % divisor
        let wholePart = numerator.magnitude / divisor
        // A whole part within 64 bits (nearly every figure a table shows) is written by the
        // standard library several times faster than a 128-bit number.
        var digits = (UInt64(exactly: wholePart).map { String($0) } ?? String(wholePart)).utf8.map { $0 - UInt8(ascii: "0") }
        for _ in 0..<max(places - shift, 0) {
            let next = Exact.nextDigit(remainder, divisor)
            digits.append(next.digit)
            remainder = next.remainder
        }
        let drop = max(shift - places, 0)
        if digits.count <= drop { digits.insert(contentsOf: repeatElement(0, count: drop + 1 - digits.count), at: 0) }
        let dropped = digits.suffix(drop)
        digits.removeLast(drop)
        // The part beyond the last kept digit, as a fraction with the same position relative to half.
        let beyond: (remainder: UInt128, divisor: UInt128)
        if let first = dropped.first {
            let restIsZero = remainder == 0 && dropped.dropFirst().allSatisfy { $0 == 0 }
            beyond = first == 0 && restIsZero ? (0, 2) : first < 5 ? (1, 4) : first == 5 && restIsZero ? (1, 2) : (3, 4)
        } else {
            beyond = (remainder, divisor)
        }
        if rule.magnitudeStep(
            negative: numerator < 0, remainder: beyond.remainder, divisor: beyond.divisor,
            truncatedIsOdd: digits.last! & 1 != 0)
        {
            // One more unit in the last kept place, carrying leftward.
            var index = digits.count - 1
            while index >= 0 && digits[index] == 9 {
                digits[index] = 0
                index -= 1
            }
            if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0) }
        }
        if digits.count <= places { digits.insert(contentsOf: repeatElement(0, count: places + 1 - digits.count), at: 0) }
        var whole = Array(digits.dropLast(places))
        while whole.count > 1 && whole[0] == 0 { whole.removeFirst() }
        return (whole, Array(digits.suffix(places)))
    }

    /// One step of long division: the digit and remainder of `10 × remainder / divisor`.
    ///
    /// `remainder < divisor <= 2^127`, so the digit is below 10. When `10 × remainder` would not
    /// fit 128 bits, it is built by ten modular additions, each below `2 × divisor <= 2^128`.
    /// (The standard library's generic full-width multiply is avoided: it is slow for `UInt128`.)
    static func nextDigit(_ remainder: UInt128, _ divisor: UInt128) -> (digit: UInt8, remainder: UInt128) {
        if remainder <= UInt128.max / 10 {
            let scaled = remainder * 10
            return (UInt8(truncatingIfNeeded: scaled / divisor), scaled % divisor)
        }
        var digit: UInt8 = 0, rest: UInt128 = 0
        for _ in 0..<10 {
            // rest < divisor and remainder < divisor: the sum fits, and one subtraction reduces it.
            let sum = rest + remainder
            if sum >= divisor {
                rest = sum - divisor
                digit += 1
            } else {
                rest = sum
            }
        }
        return (digit, rest)
    }

    /// Digits with a ',' between groups of three, counted from the right: "1234567" → "1,234,567".
    static func grouped(_ digits: String) -> String {
        guard digits.utf8.count > 3 else { return digits }
        var result = ""
        result.reserveCapacity(digits.utf8.count + digits.utf8.count / 3)
        let firstGroup = digits.utf8.count % 3
        for (index, character) in digits.enumerated() {
            if index > 0 && (index - firstGroup) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
