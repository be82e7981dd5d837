import Foundation
import ThreadScan

print("threadscan-benchmark \(ThreadScanVersion.current) (release build, one core)")
for measurement in try ParseBenchmark.run() {
    let line = String(
        format: "parse  %-44@ %7.1f MB  %6d posts  %7.3f s  %7.1f MB/s",
        measurement.name as NSString, Double(measurement.bytes) / 1e6, measurement.posts, measurement.seconds,
        measurement.megabytesPerSecond
    )
    print(line)
}
for measurement in try ScanBenchmark.run() {
    let name = measurement.name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(
        String(
            format: "scan   %@ %6d posts  %7.3f s  %9.0f posts/s", name as NSString, measurement.posts, measurement.seconds,
            measurement.postsPerSecond)
    )
}

// Scoring: a generated corpus of post-like text scored on one core, and its throughput.
//
// The corpus mixes common words with lexicon terms (1 word in `density`), capitals, leetspeak,
// elongation and punctuation. Run in release mode:
// `swift run -c release threadscan-benchmark [megabytes] [density]`.

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

let common = """
    the of and to a in is it you that he was for on are with as I his they be at one have this from or had by \
    not word but what some we can out other were all there when up use your how said an each she which do their \
    time if will way about many then them write would like so these her long make thing see him two has look more \
    day could go come did number sound no most people my over know water than call first who may down side been \
    now find any new work part take get place made live where after back little only round man year came show \
    every good me give our under name very through just form sentence great think say help low line differ turn \
    cause much mean before move right boy old too same tell does set three want air well also play small end put \
    government president policy treaty agreement country Russia Iran Moscow Europe NATO military economy report \
    source really pretty sure agree wrong yeah exactly honestly probably maybe isn't don't can't won't they're
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

let analyzer: Analyzer
do {
    analyzer = try Analyzer(lexicons: .defaults)
} catch {
    print("error: \(error)")
    exit(1)
}
let lexiconWords = analyzer.lexicon.incivility.map { $0.term.words.joined(separator: " ") }
    + analyzer.lexicon.modifiers.map { $0.term.words.joined(separator: " ") }

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 32
let density = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 50
var random = SplitMix(state: 2024)
var posts: [String] = []
var total = 0
while total < megabytes << 20 {
    var post = ""
    let words = 20 + random.next(150)
    for index in 0..<words {
        var word = random.next(density) == 0 && !lexiconWords.isEmpty ? lexiconWords[random.next(lexiconWords.count)] : common[random.next(common.count)]
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

print("corpus: \(posts.count) posts, \(String(format: "%.1f", Double(total) / 1_048_576)) MB, 1 word in \(density) from the lexicons")
var best = Double.infinity
var flagged = 0
for _ in 0..<3 {
    flagged = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for post in posts where analyzer.analyze(post).incivility.severity != .none {
        flagged += 1
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let rate = Double(total) / 1_048_576 / best
print("scored in \(String(format: "%.3f", best)) s on one core (best of 3): \(String(format: "%.1f", rate)) MB/s per core")
print("\(flagged) of \(posts.count) posts above none")
