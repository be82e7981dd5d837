import ThreadScan

/// `threadscan parse`: the structure of saved pages, without analysis.
enum ParseCommand {
    static let command = Command(
        name: "parse",
        abstract: "Take saved pages apart: title, posts, quotes, reactions and boilerplate.",
        discussion: """
            Every non-blank line of a page lands in exactly one segment (title, boilerplate, postHeader,
            body, quoteHeader, quote, reaction, attachment, signature). JSON output follows the schema
            threadscan.parse/1 described in the README. Files given that are pages of one thread (their
            canonical URL without its page parameter, their prev/next links, or their thread id agree)
            are merged into one thread in page order, a post seen on two pages counted once; 'merge'
            in the JSON names the pages.
            """,
        arguments: [
            ArgumentSpec(
                name: "file", help: "A saved page (copied text, .html or .mhtml), or '-' for standard input.",
                repeating: true)
        ],
        options: [
            .value(
                "format", short: "f", valueName: "format", help: "Output format.",
                kind: .choice(["json", "jsonl", "text"]), defaultValue: "json"),
            PlatformOption.spec,
            LexiconOption.spec,
        ],
        run: run
    )

    private static func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let format = arguments.value("format") ?? "json"
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "missing expected argument '<file>...'")
        }
        let parser: PageParser
        let lexicons = try LexiconOption.bundle(arguments, for: [.pages])
        do {
            parser = try PageParser(lexicons: lexicons)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        try PlatformOption.check(arguments, known: parser.platforms)
        var failures = 0
        var pages: [DiscussionThread] = []
        for path in arguments.positionals {
            guard let bytes = terminal.readPage(path) else {
                failures += 1
                continue
            }
            let page = parser.parse(bytes, source: path, platform: arguments.value("platform"))
            for warning in page.warnings {
                terminal.error("warning: \(path): \(warning)\n")
            }
            pages.append(page)
        }
        var documents: [JSONValue] = []
        for thread in PageGrouping.threads(pages, byTitle: false, merge: false) {
            switch format {
            case "text":
                terminal.write(ThreadOutline.render(thread))
            case "jsonl":
                terminal.write(ThreadJSON.value(thread).serialized() + "\n")
            default:
                documents.append(ThreadJSON.value(thread))
            }
        }
        if format == "json", !documents.isEmpty {
            let output = documents.count == 1 && arguments.positionals.count == 1 ? documents[0] : .array(documents)
            terminal.write(output.serialized(pretty: true) + "\n")
        }
        return failures == 0 ? ExitCode.success : ExitCode.failure
    }
}
