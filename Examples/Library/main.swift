import ThreadScan

let path = CommandLine.arguments.dropFirst().first ?? "Examples/xenforo-thread.html"
let scanner = try ThreadScanner(lexicons: .defaults)
let page = try PageInput.read(path)
let report = scanner.report(scanner.parse(pages: [(bytes: page, source: path)]))
for entry in report.queue {
    let author = report.posts[entry.post].post.author ?? "(no name)"
    print(entry.priority, entry.severity.rawValue, author, entry.reasons.first ?? "")
}
