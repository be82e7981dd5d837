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
        while let row = table.next() {
            if row.fields.allSatisfy(\.isEmpty) || row.fields[0].hasPrefix("#") { continue }
            func problem(_ message: String) -> LexiconError {
                .malformed(file: file, line: row.line, message: message)
            }
            guard let feature = row[featureColumn], let name = row[classColumn], let number = row[weightColumn],
                !feature.isEmpty, !name.isEmpty, !number.isEmpty
            else {
                throw problem("expected 3 tab-separated fields (feature, class, weight); is a tab missing?")
            }
            guard let classIndex = classes.firstIndex(of: name) else {
                throw problem(
                    "unknown class '\(name)' for \(task.rawValue) weights: expected one of \(classes.joined(separator: ", "))"
                )
            }
            guard let weight = Double(number), weight.isFinite else {
                throw problem("bad weight '\(number)': expected a number")
            }
            let base: Int
            if let known = place[feature] {
                base = known * classes.count
            } else {
                place[feature] = features.count
                base = features.count * classes.count
                features.append(feature)
                firstLines.append(row.line)
                values += repeatElement(0, count: classes.count)
                lines += repeatElement(0, count: classes.count)
            }
            let earlier = lines[base + classIndex]
            if earlier > 0 { throw problem("'\(feature)' has a \(name) weight already, on line \(earlier)") }
            lines[base + classIndex] = row.line
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
