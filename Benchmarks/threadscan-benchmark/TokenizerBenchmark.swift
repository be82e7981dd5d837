import Foundation
import PageParsing

/// Measures the HTML tokenizer alone: every token pulled, with the content-state switches a tree
/// builder makes after `<script>`, `<style>`, `<title>` and `<textarea>`.
enum TokenizerBenchmark {
    /// One measured input.
    struct Measurement {
        var name: String
        var bytes: Int
        var tokens: Int
        var seconds: Double

        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    }

    /// Runs every input `rounds` times and keeps the fastest round of each (in thread CPU time).
    static func run(rounds: Int = 5) -> [Measurement] {
        let inputs: [(String, [UInt8])] = [
            ("forum thread, saved HTML (20,000 posts)", Array(ParseBenchmark.htmlThread(posts: 20_000).utf8)),
            ("forum thread, attribute-heavy markup (10,000 posts)", Array(richThread(posts: 10_000).utf8)),
        ]
        return inputs.map { name, bytes in
            var best = Double.infinity
            var tokens = 0
            for _ in 0..<rounds {
                let start = threadTime()
                tokens = tokenize(bytes)
                best = min(best, threadTime() - start)
            }
            return Measurement(name: name, bytes: bytes.count, tokens: tokens, seconds: best)
        }
    }

    /// The CPU time this thread has used, in seconds: on a machine shared with other work it
    /// measures the tokenizer, not the scheduler.
    static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The content state a tree builder switches to after each of these start tags.
    static let contentStates: [([UInt8], HTMLTokenizerContentState)] = [
        (Array("script".utf8), .scriptData), (Array("style".utf8), .rawtext), (Array("title".utf8), .rcdata),
        (Array("textarea".utf8), .rcdata),
    ]

    /// Pulls every token of `bytes`; returns how many there were.
    static func tokenize(_ bytes: [UInt8]) -> Int {
        var tokenizer = HTMLTokenizer(bytes)
        var count = 0
        while true {
            let token = tokenizer.next()
            count += 1
            switch token {
            case .endOfFile: return count
            case .startTag(let tag):
                if tag.name.count >= 5, let state = contentStates.first(where: { $0.0 == tag.name })?.1 {
                    tokenizer.switchTo(state)
                }
            default: break
            }
        }
    }

    /// A thread in the markup of a modern forum engine: classes and data attributes on every
    /// element, links with `&amp;` queries, entities in text, icons, an inline script per post,
    /// CRLF line ends.
    static func richThread(posts: Int) -> String {
        var html = "<!DOCTYPE html>\r\n<html lang=\"en-GB\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
        html += "<title>Allotment notes &ndash; Community</title><style>.post{margin:0}</style></head>\r\n<body>"
        for index in 0..<posts {
            html += "<article class=\"message message--post js-post\" data-author=\"gardener\(index % 97)\" "
            html +=
                "data-content=\"post-\(index)\" id=\"js-post-\(index)\" itemscope itemtype=\"https://schema.org/Comment\">\r\n"
            html +=
                "<div class=\"message-cell message-cell--user\"><a href=\"/members/gardener.\(index % 97)/?tab=posts&amp;page=2\" "
            html +=
                "class=\"avatar avatar--m\" data-user-id=\"\(index % 97)\"><img src=\"/data/avatars/m/\(index % 97).jpg?1700000000\" "
            html += "alt=\"gardener\(index % 97)\" width=\"96\" height=\"96\" loading=\"lazy\"></a></div>\r\n"
            html +=
                "<div class=\"message-content js-messageContent\"><time class=\"u-dt\" datetime=\"2024-03-0\(index % 9 + 1)T10:00:00+0000\" "
            html += "title=\"Mar \(index % 28 + 1), 2024 at 10:00 AM\">\(index % 28 + 1) minutes ago</time>\r\n"
            html += "<div class=\"bbWrapper\">I tried the copper tape &mdash; the slugs simply climbed over it &amp; "
            html += "ate the lettuce. Don&#039;t bother&hellip; <b>really</b>.<br>\r\nHas anyone found a supplier who "
            html += "delivers woodchip in smaller loads?</div>\r\n"
            html +=
                "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></svg>"
            html += "<!-- post \(index) --><script>window.reactions = window.reactions || []; "
            html += "if (a < b && c > d) { window.reactions.push(\(index)); }</script></div></article>\r\n"
        }
        return html + "</body></html>\r\n"
    }
}
