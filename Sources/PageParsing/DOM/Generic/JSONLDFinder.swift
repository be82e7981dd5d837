import Foundation

/// The generic adapter's second method: posts in `<script type="application/ld+json">` blocks
/// of the microdata types, with `author` (a string or an object's `name`), `datePublished` or
/// `dateCreated`, `text` or `articleBody`, and replies nested under `comment`,
/// `suggestedAnswer` or `acceptedAnswer`.
enum JSONLDFinder {
    /// One post as the JSON gives it.
    struct Entry {
        /// The author's name.
        var author: String?
        /// The date as written.
        var date: String?
        /// The post's text.
        var text: String
        /// The entry this one replies to (its index), when it is nested in one.
        var parent: Int?
        /// The script element the entry is in.
        var script: Int32
    }

    /// The entries of every JSON-LD script of `document`, in the JSON's order.
    /// - Complexity: O(n + j) for j bytes of JSON; the JSON is walked with an explicit stack.
    static func entries(_ document: HTMLDocument, walk: PageWalk) -> [Entry] {
        var entries: [Entry] = []
        for current in walk.preorder where document.nodes[Int(current)].isHTML(.script) {
            guard let type = document.attribute(Self.type, of: current),
                GenericNodeFacts.folded(type[...]).map(LinePattern.asciiLowercased) == Self.ldJSON,
                let json = try? JSONSerialization.jsonObject(
                    with: Data(document.textContentBytes(of: current)), options: [.fragmentsAllowed])
            else { continue }
            var stack: [(value: Any, parent: Int?)] = [(json, nil)]
            while let (value, parent) = stack.popLast() {
                var children: [(Any, Int?)] = []
                if let array = value as? [Any] {
                    children = array.map { ($0, parent) }
                } else if let object = value as? [String: Any] {
                    var own = parent
                    if isPost(object["@type"]) {
                        entries.append(
                            Entry(
                                author: name(object["author"]),
                                date: (object["datePublished"] ?? object["dateCreated"]) as? String,
                                text: ((object["text"] ?? object["articleBody"]) as? String) ?? "", parent: parent,
                                script: current))
                        own = entries.count - 1
                    }
                    for key in object.keys.sorted() where key != "author" {
                        let value = object[key] as Any
                        children.append((value, own))
                    }
                }
                stack.append(contentsOf: children.reversed().map { (value: $0.0, parent: $0.1) })
            }
        }
        return entries
    }

    private static func isPost(_ type: Any?) -> Bool {
        let names = (type as? [String]) ?? [(type as? String) ?? ""]
        return names.contains { MicrodataFinder.postTypes.contains(Array($0.utf8)) }
    }

    private static func name(_ author: Any?) -> String? {
        if let text = author as? String { return text }
        if let object = author as? [String: Any] { return object["name"] as? String }
        if let array = author as? [Any] { return name(array.first) }
        return nil
    }

    /// The element of each entry whose visible text is its text: the smallest element, at most
    /// four levels above the text node holding the start of the entry's text, whose text holds all
    /// of it; `nil` for an entry not found in the page.
    /// - Complexity: O(n + e·s) for e entries of elements of at most s nodes.
    static func elements(_ entries: [Entry], document: HTMLDocument, walk: PageWalk) -> [Int32?] {
        var starts: [[UInt8]: [Int32]] = [:]
        for current in walk.preorder where !walk.text[Int(current)].isEmpty {
            let text = walk.text[Int(current)]
            guard text.count >= 8 else { continue }
            starts[Array(text.prefix(Self.keyLength)), default: []].append(current)
        }
        var used = Set<Int32>()
        return entries.map { entry in
            let text = GenericNodeFacts.folded(Array(entry.text.utf8)[...])
            guard text.count >= 8, let found = starts[Array(text.prefix(Self.keyLength))],
                let node = found.first(where: { !used.contains($0) })
            else { return nil }
            used.insert(node)
            var element = document.nodes[Int(node)].parent
            for _ in 0..<4 {
                let parent = document.nodes[Int(element)].parent
                guard parent > 0,
                    GenericNodeFacts.folded(document.textContentBytes(of: element)[...]).count < text.count
                else { break }
                element = parent
            }
            return element
        }
    }

    /// The bytes of a text's start that find it in the page.
    private static let keyLength = 40
    private static let type = Array("type".utf8)
    private static let ldJSON = Array("application/ld+json".utf8)
    private static let replyKeys: Set<String> = ["comment", "suggestedAnswer", "acceptedAnswer"]
}
