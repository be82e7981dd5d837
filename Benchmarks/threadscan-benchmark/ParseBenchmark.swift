import Foundation
import ThreadScan

/// Measures how fast saved pages are taken apart: a long generated forum thread as copied text,
/// the same thread as HTML, and a long news article.
enum ParseBenchmark {
    /// One measured input.
    struct Measurement {
        var name: String
        var bytes: Int
        var posts: Int
        var seconds: Double

        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    }

    /// Runs every input `rounds` times and keeps the fastest round of each.
    static func run(rounds: Int = 5) throws -> [Measurement] {
        let parser = try PageParser(lexicons: .defaults)
        let inputs: [(String, [UInt8])] = [
            ("forum thread, copied text (20,000 posts)", Array(copiedThread(posts: 20_000).utf8)),
            ("forum thread, saved HTML (20,000 posts)", Array(htmlThread(posts: 20_000).utf8)),
            ("news article, one 50 MB line", Array(repeating: UInt8(ascii: "w"), count: 50_000_000)),
        ]
        return inputs.map { name, bytes in
            var best = Double.infinity
            var posts = 0
            for _ in 0..<rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let thread = parser.parse(bytes, source: name)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, elapsed)
                posts = thread.posts.count
            }
            return Measurement(name: name, bytes: bytes.count, posts: posts, seconds: best)
        }
    }

    private static let sentences = [
        "The allotment committee finally agreed to fix the water trough by the north gate.",
        "I tried the copper tape around the raised beds and the slugs simply climbed over it.",
        "Has anyone found a supplier who delivers woodchip in smaller loads than a full lorry?",
        "Honestly that is the worst advice I have read on this board, and I have read a lot.",
        "We planted the garlic in October and it is already showing green shoots this week.",
    ]

    /// An Invision thread as copied text: author lines, headers, quotes, reactions.
    static func copiedThread(posts: Int) -> String {
        var text = "Jump to content\n\nAllotment notes for the new season\n\nRecommended Posts\n\n"
        for index in 0..<posts {
            text += "gardener\(index % 97)\n\nPosted \(index % 28 + 1) minutes ago\n\n"
            if index > 0, index % 3 == 0 {
                text += "\(index % 50 + 1) minutes ago, gardener\((index - 1) % 97) said:\n\n"
                text += sentences[(index - 1) % sentences.count] + " (\(index - 1))\n\n"
            }
            text += sentences[index % sentences.count] + " (\(index))\n\n"
            text += sentences[(index + 2) % sentences.count] + "\n\n"
            if index % 2 == 0 { text += "  \u{2022} Like \(index % 5 + 1)\n" }
        }
        return text + "Create an account or sign in to comment\n\nSign In Now\n"
    }

    /// The same thread saved as HTML.
    static func htmlThread(posts: Int) -> String {
        var html = "<!DOCTYPE html><html><head><title>Allotment notes</title><style>p{margin:0}</style></head><body>"
        html +=
            "<a href=\"#c\">Jump to content</a><h1>Allotment notes for the new season</h1><h2>Recommended Posts</h2>"
        for index in 0..<posts {
            html +=
                "<article><aside><h3>gardener\(index % 97)</h3></aside><div>Posted <time>\(index % 28 + 1) minutes ago</time></div>"
            html += "<div class=\"content\"><p>\(sentences[index % sentences.count]) (\(index))</p>"
            html += "<p>\(sentences[(index + 2) % sentences.count])</p></div>"
            if index % 2 == 0 { html += "<ul><li>Like \(index % 5 + 1)</li></ul>" }
            html += "</article>"
        }
        return html + "<p>Create an account or sign in to comment</p></body></html>"
    }
}
