import Analysis

/// The lines `scan --jsonl-in` writes, schema `threadscan.line/1` (documented in the README): one
/// compact JSON object per input line, each with the input's `line` number and the record's `id`.
package enum LineReportJSON {
    /// The schema name and version.
    package static let schema = "threadscan.line/1"

    /// The line of a record whose thread was reported: the `threadscan.report/1` object under
    /// `report`; with `--group-by thread`, the group's `thread` key and its records' ids.
    package static func report(
        line: Int, id: JSONValue, report: ThreadReport, group: (thread: String, records: [JSONValue])? = nil
    ) -> String {
        var members = head(line: line, id: id)
        if let group { members += [("thread", .string(group.thread)), ("records", .array(group.records))] }
        members.append(("report", ThreadReportJSON.value(report)))
        return JSONValue.object(members).serialized() + "\n"
    }

    /// The line of a record whose thread is reported on a later line (`--group-by thread`): the
    /// group's `thread` key and the `line` and `id` of the record whose line carries the report.
    package static func pointer(line: Int, id: JSONValue, thread: String, reportLine: Int, reportID: JSONValue)
        -> String
    {
        let members =
            head(line: line, id: id) + [
                ("thread", .string(thread)), ("reportedAt", .object([("line", .int(reportLine)), ("id", reportID)])),
            ]
        return JSONValue.object(members).serialized() + "\n"
    }

    /// The line of an input line that is not a record, with the reason.
    package static func error(line: Int, id: JSONValue, message: String) -> String {
        JSONValue.object(head(line: line, id: id) + [("error", .string(message))]).serialized() + "\n"
    }

    private static func head(line: Int, id: JSONValue) -> [(String, JSONValue)] {
        [("schema", .string(schema)), ("line", .int(line)), ("id", id)]
    }
}
