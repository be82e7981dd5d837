import Foundation
import ThreadScan

/// Measures how fast post text is scored on one core: a generated corpus that mixes common
/// words with lexicon terms (one word in `density`), capitals, leetspeak, elongation and punctuation.
/// Time is the scoring thread's CPU time, so that other work on a shared machine does not count.
enum ScoreBenchmark {
    /// One measured corpus.
    struct Measurement {
        var name: String
        var bytes: Int
        var posts: Int
        /// The analyzer's tokens (words and punctuation) in the corpus.
        var tokens: Int
        var flagged: Int
        /// CPU seconds of the fastest round.
        var seconds: Double

        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        var tokensPerSecond: Double { Double(tokens) / seconds }
    }

    /// Scores a corpus of `megabytes` for each lexicon density, `rounds` times, keeping the fastest round.
    static func run(megabytes: Int = 32, densities: [Int] = [100, 50, 25], rounds: Int = 3) throws -> [Measurement] {
        let analyzer = try Analyzer(lexicons: .defaults)
        let terms =
            analyzer.lexicon.incivility.map { $0.term.words.joined(separator: " ") }
            + analyzer.lexicon.modifiers.map { $0.term.words.joined(separator: " ") }
        return densities.map { density in
            let posts = corpus(megabytes: megabytes, density: density, terms: terms)
            let bytes = posts.reduce(0) { $0 + $1.utf8.count }
            let tokens = posts.reduce(0) { $0 + analyzer.tokenCount(of: $1) }
            var best = Double.infinity
            var flagged = 0
            for _ in 0..<rounds {
                flagged = 0
                let start = threadCPUSeconds()
                for post in posts where analyzer.analyze(post).incivility.severity != .none {
                    flagged += 1
                }
                best = min(best, threadCPUSeconds() - start)
            }
            let measurement = Measurement(
                name: "posts, 1 word in \(density) from the lexicons", bytes: bytes, posts: posts.count, tokens: tokens,
                flagged: flagged, seconds: best
            )
            print(
                String(
                    format: "score  %-44@ %9d tokens  %7.3f CPU s  %9.0f tokens/s per core",
                    "tokens, 1 word in \(density) from the lexicons" as NSString, tokens, best,
                    measurement.tokensPerSecond))
            return measurement
        }
    }

    /// The CPU time of the calling thread, in seconds.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static let common = """
        the of and to a in is it you that he was for on are with as I his they be at one have this from or had by \
        not word but what some we can out other were all there when up use your how said an each she which do their \
        time if will way about many then them write would like so these her long make thing see him two has look more \
        day could go come did number sound no most people my over know water than call first who may down side been \
        now find any new work part take get place made live where after back little only round man year came show \
        every good me give our under name very through just form sentence great think say help low line differ turn \
        cause much mean before move right boy old too same tell does set three want air well also play small end put \
        government president policy treaty agreement country Atlantis Lemuria Europe NATO military economy report \
        source really pretty sure agree wrong yeah exactly honestly probably maybe isn't don't can't won't they're
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Posts of 20 to 170 words, the same on every run.
    static func corpus(megabytes: Int, density: Int, terms: [String]) -> [String] {
        var random = SplitMix(state: 2024)
        var posts: [String] = []
        var total = 0
        while total < megabytes * 1_000_000 {
            var post = ""
            for index in 0..<20 + random.next(150) {
                var word =
                    random.next(density) == 0 && !terms.isEmpty
                    ? terms[random.next(terms.count)] : common[random.next(common.count)]
                switch random.next(60) {
                case 0: word = word.uppercased()
                case 1: word = String(word.map { $0 == "o" ? "0" : $0 == "i" ? "1" : $0 })
                case 2: word += String(repeating: String(word.last ?? "o"), count: 3)
                default: break
                }
                if index > 0 { post += " " }
                post += word
                switch random.next(12) {
                case 0: post += "."
                case 1: post += ","
                case 2: post += random.next(3) == 0 ? "!!" : "?"
                default: break
                }
            }
            total += post.utf8.count
            posts.append(post)
        }
        return posts
    }
}

/// A small seeded generator, so that every run scores the same corpus.
struct SplitMix {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
