import ThreadModel

/// Turns per-line assignments into segments: runs of non-blank lines with the same kind, name
/// and post (blank lines between them included).
enum SegmentBuilder {
    /// The segments of `lines` under `assignments`.
    /// - Complexity: O(n) in the number of lines.
    static func segments(lines: SourceLines, assignments: LineAssignments, bytes: [UInt8]) -> [Segment] {
        var segments: [Segment] = []
        var current: (assignment: LineAssignment, first: Int, last: Int)?
        func close() {
            guard let run = current else { return }
            let first = lines[run.first]
            let last = lines[run.last]
            let span = SourceSpan(
                lineStart: first.number, lineEnd: last.number, byteStart: first.byteStart, byteEnd: last.byteEnd
            )
            let text = String(decoding: bytes[first.byteStart..<last.byteEnd], as: UTF8.self)
            segments.append(
                Segment(
                    kind: run.assignment.kind, name: run.assignment.name, post: run.assignment.post, span: span,
                    text: text)
            )
            current = nil
        }
        for index in lines.indices where !lines[index].isBlank {
            let assignment = assignments[index] ?? LineAssignment(kind: .boilerplate, name: "unrecognised", post: nil)
            if let run = current, run.assignment == assignment {
                current?.last = index
            } else {
                close()
                current = (assignment, index, index)
            }
        }
        close()
        return segments
    }
}
