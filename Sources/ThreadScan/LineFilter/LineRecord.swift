import PageParsing
import Reports
import Serve

/// One line of `scan --jsonl-in`: its number, its `id`, and the page it carries or why it is not
/// a record.
///
/// A record is a JSON object with an `id` (a string or an integer, given back as it came) and
/// exactly one page: `html` (the page's HTML as a string), `mhtml_base64` (an MHTML file in
/// base64) or `text` (copied text). `url` (a string) names the page; `thread` (a string or an
/// integer) names its thread for `--group-by thread`. Other members are ignored.
package struct LineRecord: Sendable {
    /// A record's page.
    package struct Page: Sendable {
        /// The page's bytes: the HTML or text as UTF-8, or the MHTML file decoded.
        package var bytes: [UInt8]
        /// The page's format as the member it came in says (`nil` for `mhtml_base64`, whose
        /// file is detected: an HTML file in base64 is read as HTML).
        package var format: PageFormat?
        /// The page's `url`, when given.
        package var url: String?
        /// The record's `thread`, when given, as text (an integer in decimal).
        package var thread: String?
    }

    /// The 1-based line number in the input.
    package var line: Int
    /// The record's `id`, or `null` when the line has none.
    package var id: JSONValue
    /// The page, or why the line is not a record.
    package var page: Result<Page, LineRecordError>

    /// The name the page goes by in the report: its `url`, else its `id`.
    package var source: String {
        if case .success(let page) = page, let url = page.url { return url }
        switch id {
        case .string(let text): return text
        default: return id.serialized()
        }
    }

    /// Reads line `line`, whose bytes (without the line break) are `bytes`.
    /// - Complexity: O(n) in the line's length.
    package init(_ bytes: [UInt8], line: Int) {
        self.line = line
        id = .null
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else {
            page = .failure(.emptyLine)
            return
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            page = .failure(.notJSON(error.description))
            return
        }
        guard value.members != nil else {
            page = .failure(.notAnObject(found: LineRecordError.typeName(value)))
            return
        }
        do throws(LineRecordError) {
            id = try Self.id(of: value)
            page = .success(try Self.page(of: value))
        } catch {
            page = .failure(error)
        }
    }

    /// The `id`: a string or an integer.
    private static func id(of record: JSONValue) throws(LineRecordError) -> JSONValue {
        guard let id = record["id"] else { throw .missing("id", expected: "a string or an integer") }
        switch id {
        case .string, .int: return id
        default: throw .wrongType("id", expected: "a string or an integer", found: LineRecordError.typeName(id))
        }
    }

    /// The page member, `url` and `thread`.
    private static func page(of record: JSONValue) throws(LineRecordError) -> Page {
        let present = LineRecordError.pageKeys.filter { record[$0] != nil }
        guard present.count == 1, let key = present.first, let content = record[key] else {
            throw .pageMembers(found: present)
        }
        guard let text = content.stringValue else {
            throw .wrongType(key, expected: "a string", found: LineRecordError.typeName(content))
        }
        var url: String?
        if let value = record["url"] {
            guard let string = value.stringValue else {
                throw .wrongType("url", expected: "a string", found: LineRecordError.typeName(value))
            }
            url = string
        }
        var thread: String?
        switch record["thread"] {
        case nil: break
        case .string(let name)?: thread = name
        case .int(let number)?: thread = String(number)
        case let value?:
            throw .wrongType("thread", expected: "a string or an integer", found: LineRecordError.typeName(value))
        }
        switch key {
        case "html": return Page(bytes: Array(text.utf8), format: .html, url: url, thread: thread)
        case "text": return Page(bytes: Array(text.utf8), format: .copiedText, url: url, thread: thread)
        default:
            do {
                let bytes = try Base64.decodeStrictly(Array(text.utf8))
                return Page(bytes: bytes, format: nil, url: url, thread: thread)
            } catch {
                throw .badBase64(error.description)
            }
        }
    }
}
