import Lexicon

/// A labeled set for fitting weights: a header naming a text column and a label column, and for
/// stance a parent-text column; an optional group column (a thread id) keeps a group's rows in one
/// cross-validation fold.
///
/// Labels are the task's classes (`support`, `deny`, `query`, `comment`; `civil`, `uncivil`, or 0
/// and 1). Every row after the header is an example, a row left out for a reason (a stance row
/// without a parent: reply stance is toward a parent), or a skipped row with its `file:line`.
package struct ClassLabeledSet: Sendable {
    /// One labeled text.
    package struct Example: Sendable, Hashable {
        /// The 1-based line in the file.
        package var line: Int
        /// The text.
        package var text: String
        /// The parent text, for stance.
        package var parent: String?
        /// The index of its class in the task's classes.
        package var label: Int
        /// Its group (a thread id), when the set names a group column.
        package var group: String?
    }

    /// What the labels are.
    package var task: FeatureWeights.Task
    /// The examples, in file order.
    package var examples: [Example]
    /// How many stance rows were left out for having no parent text.
    package var withoutParent = 0
    /// The rows that could not be read, in file order.
    package var skipped: [LabeledSetError] = []

    /// Reads every row of `lines`.
    /// - Throws: `file:line: what is wrong` when the header lacks a column.
    package init(
        lines: ByteLineReader, file: String, task: FeatureWeights.Task, textColumn: String = "text",
        labelColumn: String = "label", parentColumn: String = "parent_text", groupColumn: String? = nil
    ) throws(LabeledSetError) {
        self.task = task
        examples = []
        var required = [textColumn, labelColumn]
        if task == .stance { required.append(parentColumn) }
        if let groupColumn { required.append(groupColumn) }
        var table: DataTable
        do {
            table = try DataTable(lines: lines, file: file, requiring: required, plainTextAllowed: false)
        } catch {
            throw LabeledSetError(description: error.description)
        }
        let header = table.header
        let textIndex = header?.column(textColumn) ?? 0
        let labelIndex = header?.column(labelColumn) ?? 0
        let parentIndex = task == .stance ? header?.column(parentColumn) : nil
        let groupIndex = groupColumn.flatMap { header?.column($0) }
        let needed = [textIndex, labelIndex, parentIndex ?? 0, groupIndex ?? 0].max() ?? 0
        let classes = task.classes
        while let row = table.next() {
            func skip(_ message: String) {
                skipped.append(LabeledSetError(file: file, line: row.line, message: message))
            }
            guard row.fields.count > needed, let text = row[textIndex], let label = row[labelIndex] else {
                skip(
                    row.fields.allSatisfy({ $0.isEmpty })
                        ? "blank row"
                        : "expected at least \(needed + 1) tab-separated fields, found \(row.fields.count); is a tab missing?"
                )
                continue
            }
            let name = task == .incivility && (label == "0" || label == "1") ? classes[label == "1" ? 1 : 0] : label
            guard let classIndex = classes.firstIndex(of: name) else {
                let allowed = classes.joined(separator: ", ") + (task == .incivility ? " (or 0, 1)" : "")
                skip("bad label '\(label)': expected one of \(allowed)")
                continue
            }
            let parent = parentIndex.flatMap { row[$0] }
            if task == .stance, parent?.isEmpty ?? true {
                withoutParent += 1
                continue
            }
            examples.append(
                Example(
                    line: row.line, text: text, parent: parent, label: classIndex, group: groupIndex.flatMap { row[$0] }
                ))
        }
    }
}
