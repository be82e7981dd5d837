import ThreadScan

/// `threadscan dom`: the DOM that threadscan builds from saved HTML and MHTML pages, for checking
/// selectors and seeing what the parser made of a page.
enum DOMCommand {
    static let command = Command(
        name: "dom",
        abstract: "Print the DOM of saved HTML or MHTML pages: the tree, an outline, or counts.",
        discussion: """
            The page is decoded as a browser does (byte order mark, MHTML charset, <meta> charset,
            UTF-8 or windows-1252) and parsed by the WHATWG tree builder; an MHTML file gives its
            main text/html part. html5lib prints the tree in the html5lib-tests format; outline prints
            one line per element matched by --select (every element without it): line:column in the
            file, the start tag's attributes, and the first words of its visible text; count prints
            one line per file with its numbers of nodes, elements and text nodes (and of matches).
            """,
        arguments: [
            ArgumentSpec(
                name: "file", help: "A saved page (.html or .mhtml), or '-' for standard input.", repeating: true)
        ],
        options: [
            .value("select", short: "s", valueName: "selector", help: "Only the elements this CSS selector matches."),
            .value(
                "format", short: "f", valueName: "format", help: "Output format.",
                kind: .choice(["html5lib", "outline", "count"]), defaultValue: "html5lib"),
        ],
        run: run
    )

    /// Messages, named once so tests and the README quote the same text.
    enum Message {
        static let noHTMLPart = "MHTML file without a text/html part"
        static let notRendered = "(not rendered)"
    }

    /// How many characters of an element's visible text an outline line shows.
    static let outlineTextLength = 60

    /// What an outline without `--select` shows: every element (template contents aside, as
    /// `querySelectorAll` leaves them out).
    private static let everyElement = try! CSSSelector("*")

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let format = arguments.value("format") ?? "html5lib"
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "missing expected argument '<file>...'")
        }
        var selector: CSSSelector?
        if let text = arguments.value("select") {
            do {
                selector = try CSSSelector(text)
            } catch {
                throw UsageError(message: String(error.diagnostic(selector: text).dropFirst("error: ".count)))
            }
        }
        let titled = arguments.positionals.count > 1 && format != "count"
        var failures = 0
        for (position, path) in arguments.positionals.enumerated() {
            guard let bytes = terminal.readPage(path) else {
                failures += 1
                continue
            }
            guard let page = HTMLPage.read(bytes, format: PageFormat.detect(bytes) == .mhtml ? .mhtml : .html) else {
                terminal.error("Error: \(path): \(Message.noHTMLPart)\n")
                failures += 1
                continue
            }
            for warning in page.decoded.warnings {
                terminal.error("warning: \(path): \(warning)\n")
            }
            if titled { terminal.write((position > 0 ? "\n" : "") + "==> \(path) <==\n") }
            let matches = selector.map { $0.select(in: page.document) }
            switch format {
            case "count": terminal.write(count(page.document, matches: matches, path: path))
            case "outline": terminal.write(outline(page, elements: matches ?? everyElement.select(in: page.document)))
            default:
                guard let matches else {
                    terminal.write(page.document.html5libDump())
                    continue
                }
                for element in matches { terminal.write(page.document.html5libDump(of: element)) }
            }
        }
        return failures == 0 ? ExitCode.success : ExitCode.failure
    }

    /// `PATH: N nodes, E elements, T text nodes` (and `, M matching`).
    private static func count(_ document: HTMLDocument, matches: [Int32]?, path: String) -> String {
        let elements = document.nodes.count { $0.kind == .element }
        let texts = document.nodes.count { $0.kind == .text }
        var line = "\(path): \(document.nodes.count) nodes, \(elements) elements, \(texts) text nodes"
        if let matches { line += ", \(matches.count) matching" }
        return line + "\n"
    }

    /// One line per element: `LINE:COLUMN <name attr="value"…> first words of its visible text`.
    /// - Complexity: O(e·w) for e elements, each walked only until it has shown enough text.
    private static func outline(_ page: HTMLPage, elements: [Int32]) -> String {
        var out = ""
        for element in elements {
            let node = page.document[element]
            let (line, column) = page.location(node.range.lowerBound)
            out += "\(line):\(column) <\(page.document.name(of: element))"
            for attribute in page.document.attributes(of: element) {
                let value = String(decoding: page.document.value(of: attribute), as: UTF8.self)
                out += " \(String(decoding: attribute.qualifiedName, as: UTF8.self))=\"\(PostLine.clean(value))\""
            }
            out += ">"
            if node.range.isEmpty { out += " (implied)" }
            if !page.document.isRendered(element) {
                out += " " + Message.notRendered
            } else {
                let text = page.document.visibleText(of: element, limit: outlineTextLength * 4)
                let words = PostLine.firstWords(text, limit: outlineTextLength)
                if !words.isEmpty { out += " " + words }
            }
            out += "\n"
        }
        return out
    }
}
