/// Lists the tags of an HTML document whose attribute values are double-quoted, as both the
/// report and Chromium's `--dump-dom` serialisation write them: a slow, simple reader for tests.
///
/// Comments and the doctype are skipped; the contents of `<style>` and `<script>` are raw text.
/// A `<` in text would open a tag here exactly as it would for a browser, so an escaping bug
/// shows up as an unexpected tag or attribute.
struct HTMLTagScanner {
    /// One start or end tag.
    struct Tag: Hashable {
        var name: String
        var isEnd: Bool
        var attributes: [Attribute]
    }

    /// One attribute of a start tag.
    struct Attribute: Hashable {
        var name: String
        var value: String
    }

    /// The tags of `html`, in order.
    static func tags(_ html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var position = 0
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) {
            position = open + 1
            if bytes[position...].starts(with: "!--".utf8) {
                position = find("-->", in: bytes, from: position).map { $0 + 3 } ?? bytes.count
                continue
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "!") {
                position = bytes[position...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                continue
            }
            let isEnd = position < bytes.count && bytes[position] == UInt8(ascii: "/")
            if isEnd { position += 1 }
            guard position < bytes.count, isLetter(bytes[position]) else { continue }
            let name = read(bytes, &position) { !isSpace($0) && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
            var attributes: [Attribute] = []
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                let attribute = read(bytes, &position) {
                    !isSpace($0) && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">")
                }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        position += 1
                        value = read(bytes, &position) { $0 != UInt8(ascii: "\"") }
                        position += 1
                    } else {
                        value = read(bytes, &position) { !isSpace($0) && $0 != UInt8(ascii: ">") }
                    }
                }
                attributes.append(Attribute(name: attribute.lowercased(), value: value))
            }
            position += 1
            let lowered = name.lowercased()
            tags.append(Tag(name: lowered, isEnd: isEnd, attributes: attributes))
            if !isEnd, lowered == "style" || lowered == "script" {
                position = find("</" + lowered, in: bytes, from: position) ?? bytes.count
            }
        }
        return tags
    }

    private static func read(_ bytes: [UInt8], _ position: inout Int, while accept: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, accept(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

/// What the HTML report may contain: the tags and attributes it writes, and nothing that loads
/// or runs.
enum HTMLReportVocabulary {
    static let tags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "article", "header", "section", "h1", "h2", "h3",
        "p", "ul", "ol", "li", "div", "span", "a", "b", "bdi", "meter", "mark", "blockquote", "details", "summary",
        "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "line", "rect", "polyline", "nav",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "title", "aria-label",
        "aria-labelledby", "min", "max", "low", "high", "optimum", "value", "dir", "role", "viewbox", "x", "y",
        "x1", "y1", "x2", "y2", "width", "height", "points",
    ]

    /// The problems in `html`: a tag or attribute the report never writes, a link out of the page,
    /// more than one style element.
    static func violations(in html: String) -> [String] {
        var problems: [String] = []
        var styles = 0
        for tag in HTMLTagScanner.tags(html) where !tag.isEnd {
            if !tags.contains(tag.name) { problems.append("tag <\(tag.name)>") }
            if tag.name == "style" { styles += 1 }
            for attribute in tag.attributes {
                if !attributes.contains(attribute.name) {
                    problems.append("attribute \(attribute.name) on <\(tag.name)>")
                }
                if attribute.name == "href", !attribute.value.hasPrefix("#") {
                    problems.append("link out of the page: \(attribute.value)")
                }
                if attribute.name == "http-equiv", attribute.value.lowercased() != "content-security-policy" {
                    problems.append("meta http-equiv=\(attribute.value)")
                }
            }
        }
        if styles != 1 { problems.append("\(styles) style elements") }
        return problems
    }
}
