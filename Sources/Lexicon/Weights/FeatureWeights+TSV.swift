extension FeatureWeights {
    /// The columns of a weights file's header.
    package static let columns = ["feature", "class", "weight"]

    /// Reads a weights file: `#` notes before the header, the header `feature<TAB>class<TAB>weight`,
    /// then one weight a line (blank lines and `#` lines after the header are skipped too).
    /// - Throws: `file:line: what is wrong` for a missing column, an unknown class, a bad number or a
    ///   feature given twice for one class.
    package init(task: Task, file: String, text: String) throws(LexiconError) {
        let table: DataTable
        do {
            table = try DataTable(
                lines: ByteLineReader(bytes: Array(text.utf8)), file: file, requiring: Self.columns,
                plainTextAllowed: false)
        } catch {
            switch error {
            case .missingColumns(_, let line, _, let found):
                throw .malformed(
                    file: file, line: line,
                    message:
                        "header must name the columns \(Self.columns.joined(separator: ", ")) separated by tabs; found \(found.joined(separator: ", "))"
                )
            case .empty: throw .empty(file: file)
            case .unreadable(_, let reason): throw .unreadable(path: file, reason: reason)
            }
        }
        try self.init(task: task, file: file, table: table)
    }

    private init(task: Task, file: String, table: DataTable) throws(LexiconError) {
        var table = table
        let header = table.header
        let featureColumn = header?.column("feature") ?? 0
        let classColumn = header?.column("class") ?? 1
        let weightColumn = header?.column("weight") ?? 2
        let classes = task.classes
        // Each feature once, in file order: its place in the flat per-class arrays below.
        var place: [String: Int] = [:]
        var features: [String] = []
        // The line that names each feature first (its origin).
        var firstLines: [Int] = []
        var values: [Double] = []
        // The line of each feature's weight for each class (0: none yet).
        var lines: [Int] = []
        let classBytes = classes.map { Array($0.utf8) }
        var fields: [Range<Int>] = []
        while let (line, bytes) = table.nextLine() {
            DataTableRow.fieldRanges(of: bytes[...], into: &fields)
            if fields.allSatisfy({ $0.isEmpty }) || bytes[fields[0]].first == UInt8(ascii: "#") { continue }
            func problem(_ message: String) -> LexiconError {
                .malformed(file: file, line: line, message: message)
            }
            func field(_ column: Int) -> ArraySlice<UInt8>? {
                column < fields.count && !fields[column].isEmpty ? bytes[fields[column]] : nil
            }
            guard let featureBytes = field(featureColumn), let name = field(classColumn),
                let number = field(weightColumn)
            else {
                throw problem("expected 3 tab-separated fields (feature, class, weight); is a tab missing?")
            }
            guard let classIndex = classBytes.firstIndex(where: { $0.elementsEqual(name) }) else {
                throw problem(
                    "unknown class '\(String(decoding: name, as: UTF8.self))' for \(task.rawValue) weights: expected one of \(classes.joined(separator: ", "))"
                )
            }
            guard let weight = Self.number(number), weight.isFinite else {
                throw problem("bad weight '\(String(decoding: number, as: UTF8.self))': expected a number")
            }
            let feature = String(decoding: featureBytes, as: UTF8.self)
            let base: Int
            if let known = place[feature] {
                base = known * classes.count
            } else {
                place[feature] = features.count
                base = features.count * classes.count
                features.append(feature)
                firstLines.append(line)
                values += repeatElement(0, count: classes.count)
                lines += repeatElement(0, count: classes.count)
            }
            let earlier = lines[base + classIndex]
            if earlier > 0 {
                throw problem("'\(feature)' has a \(classes[classIndex]) weight already, on line \(earlier)")
            }
            lines[base + classIndex] = line
            values[base + classIndex] = weight
        }
        var weights: [String: [Double]] = [:]
        var origins: [String: String] = [:]
        weights.reserveCapacity(features.count)
        origins.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            let base = index * classes.count
            weights[feature] = Array(values[base..<base + classes.count])
            origins[feature] = "\(file):\(firstLines[index])"
        }
        self.init(task: task, weights: weights, origins: origins)
    }

    /// The number `bytes` spell, as `Double(String)` reads it. A plain decimal of at most 15
    /// digits (`-0.250000`, the form weights files are written in) is its digits as an integer
    /// divided by a power of ten: both are exact doubles, so the one rounding of the division gives
    /// the correctly rounded value, as the standard library's does; any other spelling goes through `String`.
    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var fraction: Int?
        let negative = bytes.first == UInt8(ascii: "-")
        for byte in bytes.dropFirst(negative ? 1 : 0) {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if let places = fraction { fraction = places + 1 }
                if digits > 15 { return Double(String(decoding: bytes, as: UTF8.self)) }
            } else if byte == UInt8(ascii: "."), fraction == nil {
                fraction = 0
            } else {
                return Double(String(decoding: bytes, as: UTF8.self))
            }
        }
        guard digits > 0 else { return Double(String(decoding: bytes, as: UTF8.self)) }
        let value = Double(mantissa) / Self.powersOfTen[fraction ?? 0]
        return negative ? -value : value
    }

    /// 10⁰ … 10¹⁵, each exact as a double.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// The weights as a file: `notes` as `#` lines, the header, then one line per feature and
    /// class whose weight is not zero at six decimals, features in byte order, classes in the task's
    /// order; numbers in fixed notation, so that the same weights always give the same bytes.
    package func tsv(notes: [String]) -> String {
        var out = notes.map { "# \($0)\n" }.joined()
        out += Self.columns.joined(separator: "\t") + "\n"
        for feature in sortedFeatures {
            guard let values = weights[feature] else { continue }
            for (index, name) in task.classes.enumerated() {
                let text = Self.fixed(values[index])
                if text == "0.000000" || text == "-0.000000" { continue }
                out += "\(feature)\t\(name)\t\(text)\n"
            }
        }
        return out
    }

    /// `value` with six decimals, rounded half away from zero, without locale or exponent.
    package static func fixed(_ value: Double, decimals: Int = 6) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return value < 0 ? "-9e15" : "9e15" }
        let integer = UInt64(scaled)
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let fraction = String(integer % divisor)
        let sign = value < 0 && integer != 0 ? "-" : ""
        return "\(sign)\(integer / divisor).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }
}
