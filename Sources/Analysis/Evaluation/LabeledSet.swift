/// A labeled evaluation set read from TSV: a header naming a text column and a label column
/// (other columns ignored, `#` comment lines and blank lines skipped); label 1 = uncivil, 0 = civil.
public struct LabeledSet: Sendable {
    /// One labeled text.
    public struct Example: Hashable, Sendable {
        /// The 1-based line in the file.
        public var line: Int
        /// The text.
        public var text: String
        /// Whether it is labeled uncivil.
        public var isUncivil: Bool
    }

    /// The examples in file order.
    public var examples: [Example]

    /// Parses `text`, the contents of `file`.
    /// - Throws: `file:line: what is wrong` for a missing column, a short line or a bad label.
    public init(file: String, text: String, textColumn: String = "text", labelColumn: String = "label")
        throws(LabeledSetError)
    {
        examples = []
        var header: [Substring]?
        var textIndex = 0
        var labelIndex = 0
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard header != nil else {
                header = fields
                let names = fields.map { $0.trimmingCharacters(in: " ") }
                guard let t = names.firstIndex(of: textColumn), let l = names.firstIndex(of: labelColumn) else {
                    let missing = [textColumn, labelColumn].filter { !names.contains($0) }.map { "'\($0)'" }.joined(
                        separator: " and ")
                    throw LabeledSetError(
                        file: file, line: lineNumber,
                        message:
                            "header has no \(missing) column (it names: \(names.joined(separator: ", "))); use --column / --label to pick others"
                    )
                }
                (textIndex, labelIndex) = (t, l)
                continue
            }
            guard fields.count > max(textIndex, labelIndex) else {
                throw LabeledSetError(
                    file: file, line: lineNumber,
                    message:
                        "expected at least \(max(textIndex, labelIndex) + 1) tab-separated fields, found \(fields.count); is a tab missing?"
                )
            }
            let label = fields[labelIndex].trimmingCharacters(in: " ")
            guard label == "0" || label == "1" else {
                throw LabeledSetError(
                    file: file, line: lineNumber, message: "bad label '\(label)': expected 1 (uncivil) or 0 (civil)")
            }
            examples.append(Example(line: lineNumber, text: String(fields[textIndex]), isUncivil: label == "1"))
        }
        if header == nil {
            throw LabeledSetError(
                file: file, line: 1,
                message: "empty file; expected a header naming '\(textColumn)' and '\(labelColumn)' columns")
        }
    }
}

/// A problem in a labeled evaluation file.
public struct LabeledSetError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}
