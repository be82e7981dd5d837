import Analysis
import FuzzSupport
import Lexicon

/// The analysis lexicon files a moderator edits (`incivility.tsv`, `stance.tsv`, `modifiers.tsv`,
/// topics, tests…), every one but the platforms'.
private let candidates = FuzzBundle.paths { !$0.hasPrefix("platforms/") }

/// Loads the built-in lexicons with one file replaced by the input (`path` on the first line,
/// the file's text after it): every loader builds or throws, the lint runs, and a lexicon that builds scores a text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconFiles(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let (bundle, _) = FuzzBundle.replacing(FuzzInput(data, count: count), among: candidates) else { return 0 }
    _ = AnalysisLexicon.lint(bundle)
    _ = try? ReplyTreeVocabulary(bundle: bundle)
    _ = try? AmplifierLexicon(bundle: bundle)
    guard let analyzer = try? Analyzer(lexicons: bundle) else { return 0 }
    _ = analyzer.analyze("You are SOOO wrong, you absolute 1d10t!! Not bad though, @sam.")
    return 0
}
